import { type Logger, pino } from "pino";

export type { Logger };

/**
 * One structured logger per process. `role` names the process (start, api, worker, test);
 * children add `part` (api, worker, schedule, ingest:<server>) — distinct keys, because pino
 * appends child bindings and would otherwise print `part` twice.
 */
export function buildLogger(level: string, role: string): Logger {
  return pino({ level, base: { role } });
}
