/**
 * Which browsers and names may reach the API: the Origin check for WebSocket upgrades and CORS,
 * and the Host allow-list against DNS rebinding. Both run before any GraphQL.
 */

const localHostnames = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Browsers send `Origin` on a WebSocket upgrade and let any page open one (no CORS), so a foreign
 * page could otherwise ride a visitor's cookie. Clients without an Origin (scripts) are allowed.
 * Allowed: same origin as the Host header; then ALLOWED_ORIGINS, or else any localhost origin.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  allowList: readonly string[] | undefined,
): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque "null" origin of sandboxed frames and file: pages
  }
  if (host !== undefined && url.host === host.toLowerCase()) return true;
  if (allowList) return allowList.some((allowed) => allowed.toLowerCase() === url.origin);
  return localHostnames.has(url.hostname);
}

/**
 * The Host allow-list (ALLOWED_HOSTS), against DNS rebinding: a page on a foreign name that
 * resolves to this server sends that name as Host and gets nothing. An entry without a port
 * matches the name on any port; `name:port` matches exactly. Unset: any Host.
 */
export function isAllowedHost(host: string | undefined, allowList: readonly string[] | undefined): boolean {
  if (!allowList) return true;
  if (!host) return false;
  const wanted = host.toLowerCase();
  const name = wanted.startsWith("[") ? wanted.slice(0, wanted.indexOf("]") + 1) : wanted.split(":")[0];
  return allowList.some((allowed) => allowed === wanted || allowed === name);
}
