import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

/** Vite names everything under `assets/` by content hash: a changed file gets a new name. */
const immutable = "public, max-age=31536000, immutable";

/** Shown at `/` (and client routes) while `web/dist` has not been built. */
const notBuiltPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Partner Hub: web client not built</title>
  </head>
  <body style="font: 16px/1.5 system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem">
    <h1>Partner Hub</h1>
    <p>The web client is not built yet. Run <code>npm run web:build</code> (or <code>npm start</code>, which builds it)
      and reload.</p>
    <p>The API works meanwhile: <a href="/graphql">GraphiQL</a> at /graphql, health at <a href="/healthz">/healthz</a>.</p>
  </body>
</html>
`;

/**
 * Serves the built web client (`web/dist`). Paths without an extension fall back to
 * `index.html`, so the single-page app's client-side routes survive a reload. `index.html` is
 * revalidated on every load (it names the current hashed bundles); hashed assets are cached
 * for a year. While the directory has no `index.html`, such paths get a page saying how to build it.
 */
export function serveStatic(root: string) {
  const base = path.resolve(root);
  const assets = path.join(base, "assets") + path.sep;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      pathname = "/%"; // undecodable: not a file, not a client route
    }
    let file = path.resolve(base, `.${pathname.endsWith("/") ? `${pathname}index.html` : pathname}`);
    // path.resolve normalises `..`; anything outside the root is simply not found.
    if (file !== base && !file.startsWith(`${base}${path.sep}`)) file = "";
    let info = file ? await stat(file).catch(() => null) : null;
    const isClientRoute = !info?.isFile() && !path.extname(pathname);
    if (isClientRoute) {
      file = path.join(base, "index.html");
      info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        res.writeHead(503, { "content-type": contentTypes[".html"], "cache-control": "no-store" });
        res.end(req.method === "HEAD" ? undefined : notBuiltPage);
        return;
      }
    }
    if (!info?.isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    res.writeHead(200, {
      "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream",
      "content-length": info.size,
      "cache-control": file.startsWith(assets) ? immutable : "no-cache",
      "x-content-type-options": "nosniff",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  };
}
