import type { LiveSubscribe } from "../lib/live.js";

/**
 * A live source for component tests, in place of the tab's socket: each subscription's `onData`
 * is kept under its operation's name, and `play` delivers an item to it as the API would.
 */
export function scriptedLive() {
  const streams = new Map<string, (data: unknown) => void>();
  const live: LiveSubscribe = (document, _variables, onData) => {
    const definition = document.definitions[0] as { name?: { value: string } } | undefined;
    streams.set(definition?.name?.value ?? "", onData as (data: unknown) => void);
    return () => {};
  };
  const play = (operationName: string, data: unknown) => {
    const onData = streams.get(operationName);
    if (!onData) throw new Error(`no live subscription ${operationName}`);
    onData(data);
  };
  return { live, play, subscribed: () => [...streams.keys()] };
}

/** No socket in jsdom: a source whose streams never deliver (the component then polls or waits). */
export const quietLive: LiveSubscribe = () => () => {};
