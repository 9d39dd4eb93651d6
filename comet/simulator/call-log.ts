/**
 * A bounded record of the admin API calls the simulator received, for tests that assert what the hub
 * sent ("no Comet call was made", "the restore asked for these paths"). Secrets are redacted before a
 * call is stored, so a log dump can never leak a password. Not a Comet feature: reachable only through
 * the control surface (`sim.control.calls()`, `POST /__sim/calls`).
 */

export interface RecordedCall {
  /** Sequence number, increasing across clears. */
  seq: number;
  /** Route without the `/api/v1/` prefix, e.g. "admin/dispatcher/run-restore-custom". */
  path: string;
  /** Every form field as sent (JSON-valued fields stay JSON text), secrets replaced by "<redacted>". */
  params: Record<string, string>;
  /** Simulated time of receipt (epoch ms). */
  at: number;
  /** The envelope Status the call ended with (200 on success); undefined while it is still being handled. */
  status?: number;
}

const SECRET_FIELDS = new Set(["Password", "SessionKey", "TOTP", "TargetPassword", "NewPassword", "OldPassword"]);
export const REDACTED = "<redacted>";

export class CallLog {
  private readonly ring: RecordedCall[] = [];
  private seq = 0;

  constructor(private readonly capacity = 1000) {}

  record(path: string, form: URLSearchParams, at: number): RecordedCall {
    const params: Record<string, string> = {};
    for (const [k, v] of form) params[k] = SECRET_FIELDS.has(k) ? REDACTED : v;
    const call: RecordedCall = { seq: ++this.seq, path, params, at };
    this.ring.push(call);
    if (this.ring.length > this.capacity) this.ring.splice(0, this.ring.length - this.capacity);
    return call;
  }

  /** Oldest first. `pathPrefix` may be given with or without the "/api/v1/" prefix. */
  list(pathPrefix?: string): RecordedCall[] {
    const prefix = (pathPrefix ?? "").replace(/^\/?(api\/v1\/)?/, "");
    return this.ring.filter((c) => c.path.startsWith(prefix)).map((c) => structuredClone(c));
  }

  clear(): void {
    this.ring.length = 0;
  }
}
