/**
 * `npm run server:register -- --profile=acme --url=https://backup.example.com/ --username=websocket
 *    [--name="Acme backup"] [--msp=<slug>] [--org=<organizationId>=<mspSlug> ...] [--create-msps] [--no-verify]`
 * `--create-msps` creates the named MSPs when they do not exist yet (a fresh installation has none
 * until the API issue adds tenant management).
 * The admin password comes from COMET_ADMIN_PASSWORD (never a flag: flags end up in shell history).
 * Workers pick the server up within STREAM_LEASE_RETRY_SECONDS.
 */
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { CometError } from "../comet/client/index.js";
import { loadConfig } from "../config.js";
import { RegisterServerError, registerCometServer } from "../core/servers/register.js";
import { buildDb } from "../prisma/db.js";
import { loadSecretBox } from "../secret-box.js";

const { values } = parseArgs({
  options: {
    profile: { type: "string" },
    name: { type: "string" },
    url: { type: "string" },
    username: { type: "string" },
    msp: { type: "string" },
    org: { type: "string", multiple: true, default: [] },
    "create-msps": { type: "boolean", default: false },
    "no-verify": { type: "boolean", default: false },
  },
});

const config = loadConfig();
const password = config.COMET_ADMIN_PASSWORD;
const db = await buildDb({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
const tenantLinks = (values.org ?? []).map((o) => {
  const at = o.lastIndexOf("=");
  return { organizationId: o.slice(0, Math.max(0, at)), mspSlug: o.slice(at + 1) };
});
try {
  if (values["create-msps"]) {
    for (const slug of new Set([values.msp, ...tenantLinks.map((l) => l.mspSlug)].filter((s) => s !== undefined))) {
      await db.prisma.msp.upsert({ where: { slug }, create: { slug, name: slug }, update: {} });
    }
  }
  const server = await registerCometServer(
    db.prisma,
    loadSecretBox(config),
    {
      profileName: values.profile ?? "",
      name: values.name,
      baseUrl: values.url ?? "",
      adminUsername: values.username ?? "",
      adminPassword: password ?? "",
      mspSlug: values.msp,
      tenantLinks,
    },
    { verify: !values["no-verify"] },
  );
  console.log(
    `registered ${server.profileName} (${server.baseUrl})${server.serverVersion ? `, Comet ${server.serverVersion}` : ""}`,
  );
} catch (err) {
  if (err instanceof ZodError) {
    for (const i of err.issues) console.error(`${i.path.join(".") || "input"}: ${i.message}`);
    if (!password) console.error("adminPassword: set COMET_ADMIN_PASSWORD");
  } else if (err instanceof CometError || err instanceof RegisterServerError) {
    console.error(`not registered: ${err.message}`);
  } else throw err;
  process.exitCode = 2;
} finally {
  await db.close();
}
