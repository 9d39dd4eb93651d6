/**
 * The event bus between the model and the WebSocket streams. Each event is serialised once (not once
 * per connection) into a StreamableEvent frame and queued; queued frames are flushed to every live
 * stream on the next macrotask so bursts go out in batches.
 *
 * Wire shape (comet-api.md §4.3, official): {Actor, OwnerOrganizationID, ResourceID?, Type,
 * Timestamp, TypeString, Data}. Timestamp unit is undocumented: seconds by default (as [EZB] assumes),
 * milliseconds when the ms quirk is on (unverified either way). Quirks reproduced here: no replay
 * (events with no live stream are gone), duplicated frames, shuffled (out-of-order) frames.
 */
import { sevtName } from "../client/constants.js";
import type { Rng } from "./random.js";

export interface SimEvent {
  type: number;
  actor: string;
  orgId: string;
  resourceId?: string;
  data?: unknown;
}

export type FrameSink = (frames: string[]) => void;

/** How long a partially filled shuffle window may hold frames back (real ms). */
const SHUFFLE_MAX_HOLD_MS = 1000;

export class EventBus {
  timestampUnit: "s" | "ms" = "s";
  /** Events produced, whether or not a stream was there to receive them. */
  produced = 0;
  private readonly sinks = new Set<FrameSink>();
  private pending: string[] = [];
  private flushScheduled = false;
  private duplicateLeft = 0;
  private shuffleLeft = 0;
  private shuffleBuffer: string[] = [];
  private shuffleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly rng: Rng,
    private readonly nowMs: () => number,
  ) {}

  addSink(sink: FrameSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  emit(ev: SimEvent): void {
    this.produced++;
    // No replay: with nobody listening the event is simply lost, like on a real Comet Server.
    if (this.sinks.size === 0) return;
    const now = this.nowMs();
    // Hand-assembled frame: one stringify of the payload instead of building a spread object per event.
    const frame =
      `{"Actor":${JSON.stringify(ev.actor)},"OwnerOrganizationID":${JSON.stringify(ev.orgId)}` +
      (ev.resourceId ? `,"ResourceID":${JSON.stringify(ev.resourceId)}` : "") +
      `,"Type":${ev.type},"Timestamp":${this.timestampUnit === "ms" ? now : Math.floor(now / 1000)}` +
      `,"TypeString":"${sevtName.get(ev.type) ?? ""}"` +
      (ev.data !== undefined ? `,"Data":${JSON.stringify(ev.data)}}` : "}");
    this.route(frame);
    if (this.duplicateLeft > 0) {
      this.duplicateLeft--;
      this.route(frame);
    }
  }

  /** A raw text frame (e.g. malformed JSON) for every stream, bypassing the quirks. */
  sendRaw(text: string): void {
    this.push(text);
  }

  duplicateNext(n: number): void {
    this.duplicateLeft = Math.max(0, Math.floor(n));
  }

  shuffleNext(n: number): void {
    this.releaseShuffled();
    this.shuffleLeft = Math.max(0, Math.floor(n));
  }

  close(): void {
    clearTimeout(this.shuffleTimer);
    this.sinks.clear();
  }

  private route(frame: string): void {
    if (this.shuffleLeft <= 0) {
      this.push(frame);
      return;
    }
    this.shuffleBuffer.push(frame);
    this.shuffleLeft--;
    if (this.shuffleLeft === 0) this.releaseShuffled();
    else if (!this.shuffleTimer) this.shuffleTimer = setTimeout(() => this.releaseShuffled(), SHUFFLE_MAX_HOLD_MS);
  }

  private releaseShuffled(): void {
    clearTimeout(this.shuffleTimer);
    this.shuffleTimer = undefined;
    const held = this.shuffleBuffer;
    this.shuffleBuffer = [];
    this.shuffleLeft = 0;
    if (held.length === 0) return;
    const shuffled = this.rng.shuffle([...held]);
    // A shuffle that happens to keep the order would make "out of order" tests flaky: reverse instead.
    if (held.length > 1 && shuffled.every((f, i) => f === held[i])) shuffled.reverse();
    for (const f of shuffled) this.push(f);
  }

  private push(frame: string): void {
    this.pending.push(frame);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    const frames = this.pending;
    this.pending = [];
    for (const sink of this.sinks) sink(frames);
  }
}
