import { demoLogins, demoPassword } from "./tenants.js";

/** What a person needs after `npm start`: where to go, how to sign in, one request to copy. */
export function printBanner(o: {
  url: string;
  host: string;
  seconds: number;
  devices: number;
  linked: number;
  demo: boolean;
}): void {
  // A wildcard bind address is not something a browser can open.
  const base = o.host === "0.0.0.0" || o.host === "::" ? o.url.replace(/\/\/[^/]+:/, "//127.0.0.1:") : o.url;
  const lines = [
    "",
    `  Partner Hub is up in ${o.seconds.toFixed(1)} s — ${o.devices} devices mirrored${o.linked ? `, ${o.linked} accounts assigned to demo customers` : ""}`,
    "",
    `  Web        ${base}`,
    `  GraphiQL   ${base}graphql`,
    `  Health     ${base}healthz`,
  ];
  if (o.demo) {
    const admin = demoLogins.find((l) => l.role === "MSP_ADMIN")!;
    const width = Math.max(...demoLogins.map((l) => l.email.length));
    lines.push("", `  Demo logins (password for all: ${demoPassword})`);
    for (const l of demoLogins) {
      lines.push(
        `    ${l.email.padEnd(width)}  ${l.role.toLowerCase().replace(/_/g, " ")}${l.tenant ? ` · ${l.tenant}` : ""}`,
      );
    }
    const login = `mutation { login(email: \\"${admin.email}\\", password: \\"${demoPassword}\\") { token } }`;
    lines.push(
      "",
      "  GraphiQL: run the `login` mutation (it sets the session cookie), then any query.",
      "",
      "  Or from a shell: sign in, then send the token as a bearer",
      `    TOKEN=$(curl -s ${base}graphql -H 'content-type: application/json' \\`,
      `      -d '{"query":"${login}"}' | sed -E 's/.*"token":"([^"]+)".*/\\1/')`,
      `    curl -s ${base}graphql -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`,
      `      -d '{"query":"{ devices(first: 5) { totalCount edges { node { friendlyName accountUsername customerName isOnline } } } }"}'`,
    );
  }
  lines.push("", "  Ctrl-C stops everything.", "");
  process.stdout.write(`${lines.join("\n")}\n`);
}
