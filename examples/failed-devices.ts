import { createClient, PartnerHubError } from "./client.js";
import { graphql } from "./gql/index.js";

/**
 * Devices whose latest job of the last 24 hours failed, as CSV on stdout: one row per device,
 * every page of `devices(status24h: [ERROR])` followed through `endCursor`.
 *
 *   PARTNER_HUB_API_KEY=phk_... npx tsx examples/failed-devices.ts > failed.csv
 *
 * This is a client script, not part of the platform, so it reads `process.env` itself
 * (`config.ts` is the platform's configuration only):
 * - PARTNER_HUB_API_KEY (required): a key with the READ capability; a customer-scoped key lists
 *   only that customer's devices.
 * - PARTNER_HUB_URL (default http://127.0.0.1:4000/graphql).
 * - PARTNER_HUB_PAGE_SIZE (default 100, the most a page may hold).
 */

const FailedDevicesQuery = graphql(`
  query FailedDevices($first: Int!, $after: String) {
    devices(first: $first, after: $after, status24h: [ERROR]) {
      edges {
        node {
          id
          friendlyName
          accountUsername
          customerName
          latestJob24h {
            status
            outcomeLabel
            classification
            startedAt
            endedAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const csvHeader = [
  "device_id",
  "device",
  "account",
  "customer",
  "status",
  "outcome",
  "classification",
  "started_at",
  "ended_at",
];

/**
 * RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled). Device
 * names come from the machines themselves: one starting with `=`, `+`, `-`, `@` or a tab would be
 * a formula in a spreadsheet, so it gets a leading `'` (OWASP's CSV-injection advice).
 */
function csvField(value: string | null | undefined): string {
  let v = value ?? "";
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

const csvLine = (fields: (string | null | undefined)[]) => `${fields.map(csvField).join(",")}\n`;

async function main() {
  const apiKey = process.env.PARTNER_HUB_API_KEY;
  if (!apiKey) {
    process.stderr.write("Set PARTNER_HUB_API_KEY to an API key (phk_...) with the READ capability.\n");
    process.exit(2);
  }
  const client = createClient({
    url: process.env.PARTNER_HUB_URL ?? "http://127.0.0.1:4000/graphql",
    apiKey,
    onWait: (seconds, code) => process.stderr.write(`${code}: waiting ${seconds} s\n`),
  });
  const pageSize = Number(process.env.PARTNER_HUB_PAGE_SIZE ?? 100);

  // Written only once every page is in: a failure half-way leaves no partial file behind `>`.
  let csv = csvLine(csvHeader);
  for await (const device of client.paginate(FailedDevicesQuery, {}, (data) => data.devices, { pageSize })) {
    const job = device.latestJob24h;
    csv += csvLine([
      device.id,
      device.friendlyName,
      device.accountUsername,
      device.customerName,
      job?.status,
      job?.outcomeLabel,
      job?.classification,
      job?.startedAt,
      job?.endedAt,
    ]);
  }
  process.stdout.write(csv);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof PartnerHubError ? err.message : String(err)}\n`);
  process.exit(1);
});
