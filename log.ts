import { type Logger, pino } from "pino";

export type { Logger };

/** One structured logger for every process; children add `part` (api, worker, ingest:<server>). */
export function buildLogger(level: string, part: string): Logger {
  return pino({ level, base: { part } });
}
