import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../log.js";

const webRoot = path.resolve(import.meta.dirname, "../web");

/** Newest modification time (ms) of the client's sources: `web/src`, `index.html`, the Vite config. */
async function newestSource(root: string): Promise<number> {
  const files = [
    ...(await readdir(path.join(root, "src"), { recursive: true })).map((f) => path.join(root, "src", f)),
    path.join(root, "index.html"),
    path.join(root, "vite.config.ts"),
  ];
  let newest = 0;
  for (const file of files) {
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && info.mtimeMs > newest) newest = info.mtimeMs;
  }
  return newest;
}

/**
 * `npm start` serves the built client: build it (Vite, ~1-3 s) when `web/dist/index.html` is
 * missing or older than any source, so a fresh clone or an edited page needs no extra step.
 * A failed build is logged, not fatal: the API still runs and `/` says how to build.
 */
export async function ensureWebBuilt(logger: Logger, root = webRoot): Promise<void> {
  const built = await stat(path.join(root, "dist", "index.html")).catch(() => null);
  const newest = await newestSource(root);
  if (built && built.mtimeMs >= newest) return;
  const startedAt = performance.now();
  logger.info(built ? "web client sources changed: building" : "web client not built: building");
  try {
    // Loaded only here: the production API process never needs Vite.
    const { build } = await import("vite");
    await build({ configFile: path.join(root, "vite.config.ts"), logLevel: "warn" });
    logger.info({ seconds: +((performance.now() - startedAt) / 1000).toFixed(2) }, "web client built");
  } catch (err) {
    logger.error({ err }, "building the web client failed; run `npm run web:build` to see why");
  }
}
