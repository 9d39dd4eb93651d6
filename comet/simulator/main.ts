/**
 * Standalone simulator: `npm run simulator -- --port 8060 --seed 1 --speed 60 [--no-auto-run]
 * [--accounts 40] [--failure-mode http4xx] [--history-hours 24]`. Prints the URL and the admin login,
 * and a one-line fleet summary every 10 s.
 */
import { parseArgs } from "node:util";
import { type FleetSpec, startSimulator } from "./index.js";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8060" },
    host: { type: "string", default: "127.0.0.1" },
    seed: { type: "string", default: "1" },
    speed: { type: "string", default: "1" },
    accounts: { type: "string" },
    "history-hours": { type: "string" },
    "failure-mode": { type: "string", default: "http200" },
    "no-auto-run": { type: "boolean", default: false },
    username: { type: "string", default: "admin" },
    password: { type: "string", default: "admin" },
  },
});

/** --accounts N spreads N accounts over four customers of the top-level organisation. */
function fleetFor(accounts: number): FleetSpec {
  const slugs = ["acme", "globex", "initech", "umbrella"];
  return {
    organizations: [
      {
        id: "",
        name: "Top level",
        customers: slugs.map((slug, i) => ({
          slug,
          accounts: Math.floor((accounts + slugs.length - 1 - i) / slugs.length),
        })),
      },
    ],
  };
}

const sim = await startSimulator({
  port: Number(values.port),
  host: values.host,
  seed: Number(values.seed),
  speed: Number(values.speed),
  autoRun: !values["no-auto-run"],
  failureMode: values["failure-mode"] === "http4xx" ? "http4xx" : "http200",
  admin: { username: values.username!, password: values.password! },
  ...(values.accounts ? { fleet: fleetFor(Number(values.accounts)) } : {}),
  ...(values["history-hours"] ? { historyHours: Number(values["history-hours"]) } : {}),
});

console.log(`Comet Server simulator at ${sim.url}`);
console.log(`  admin login: ${values.username} / ${values.password}`);
console.log(`  event stream: ${sim.url.replace(/^http/, "ws")}api/v1/events/stream`);
console.log(`  control: POST ${sim.url}__sim/<name> (e.g. burst-jobs with body [1000])`);
const timer = setInterval(() => console.log(JSON.stringify(sim.snapshot())), 10_000);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    clearInterval(timer);
    void sim.stop().then(() => process.exit(0));
  });
}
