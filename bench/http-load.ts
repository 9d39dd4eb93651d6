import { type ChildProcess, spawn } from "node:child_process";
import { Agent, request } from "node:http";

/** Shared by bench/api.ts and bench/fanout.ts: the server child, percentiles, keep-alive HTTP load. */

export const print = (name: string, value: number | string, unit = "") =>
  console.log(`${name}: ${value}${unit ? ` ${unit}` : ""}`);

export const percentile = (sorted: ArrayLike<number>, p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export interface ServerChild {
  url: string;
  pid: number;
  pubsub?: string;
  child: ChildProcess;
  /** Waits for the next IPC message of this type. */
  next<T>(type: string): Promise<T>;
  send(message: unknown): void;
  rss(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts bench/server.ts as its own Node process (tsx as an import hook: no wrapper process). */
export async function startServerChild(mode: "hello" | "api", env: Record<string, string> = {}): Promise<ServerChild> {
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops.
  const prof = process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_CPU_PROF] : [];
  const child = spawn(process.execPath, [...prof, "--import", "tsx", "bench/server.ts", mode], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, ...env },
  });
  type Waiter = { resolve: (m: unknown) => void; reject: (err: Error) => void };
  const waiters = new Map<string, Waiter[]>();
  const rejectAll = (err: Error) => {
    for (const list of waiters.values()) for (const w of list.splice(0)) w.reject(err);
  };
  child.on("message", (m: { type: string; message?: string }) => {
    if (m.type === "error") {
      // A failure inside the child fails whoever waits on it (e.g. a publish run).
      rejectAll(new Error(`server child: ${m.message}`));
      return;
    }
    waiters.get(m.type)?.shift()?.resolve(m);
  });
  child.once("exit", (code) => rejectAll(new Error(`server child (${mode}) exited with ${code}`)));
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const list = waiters.get(type) ?? [];
      list.push({ resolve: resolve as (m: unknown) => void, reject });
      waiters.set(type, list);
    });
  const ready = await next<{ url: string; pid: number; pubsub?: string }>("ready");
  return {
    ...ready,
    child,
    next,
    send: (m) => child.send(m as never),
    async rss() {
      const r = next<{ rss: number }>("rss");
      child.send({ type: "rss" });
      return (await r).rss;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.send({ type: "stop" });
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  firstError?: string;
}

/**
 * POSTs one GraphQL body with `concurrency` requests in flight over keep-alive sockets: a warm-up
 * of `warmup` requests, then for `seconds` (at most `maxRequests`). A response counts as an error
 * when its status is not 200 or it carries `errors`.
 */
export async function loadTest(o: {
  url: string;
  body: unknown;
  authorization?: string;
  concurrency: number;
  warmup: number;
  seconds: number;
  maxRequests?: number;
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: o.concurrency });
  const target = new URL("graphql", o.url);
  const payload = Buffer.from(JSON.stringify(o.body));
  let firstError: string | undefined;
  const once = () =>
    new Promise<boolean>((resolve, reject) => {
      const req = request(
        target,
        {
          method: "POST",
          agent,
          headers: {
            "content-type": "application/json",
            accept: "application/graphql-response+json, application/json",
            "content-length": payload.length,
            ...(o.authorization ? { authorization: o.authorization } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            const ok = res.statusCode === 200 && !text.includes('"errors"');
            if (!ok && !firstError) firstError = `HTTP ${res.statusCode}: ${text.slice(0, 500)}`;
            resolve(ok);
          });
        },
      );
      req.on("error", reject);
      req.end(payload);
    });

  const run = async (count: number, until: number, record: number[] | null) => {
    let issued = 0;
    let errors = 0;
    const worker = async () => {
      while (issued < count && performance.now() < until) {
        issued++;
        const t = performance.now();
        const ok = await once();
        if (record) record.push(performance.now() - t);
        if (!ok) errors++;
      }
    };
    await Promise.all(Array.from({ length: o.concurrency }, worker));
    return errors;
  };

  await run(o.warmup, Number.POSITIVE_INFINITY, null);
  const latencies: number[] = [];
  const started = performance.now();
  const errors = await run(o.maxRequests ?? Number.POSITIVE_INFINITY, started + o.seconds * 1000, latencies);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    ...(firstError ? { firstError } : {}),
  };
}
