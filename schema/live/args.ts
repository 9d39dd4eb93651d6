import type { builder } from "../builder.js";

/** Arguments shared by every live subscription: the resume cursor, the MSP (operator only) and the filters. */
export function liveArgs(t: Parameters<Parameters<typeof builder.subscriptionField>[1]>[0]) {
  return {
    after: t.arg.string({
      description:
        "Resume after this event's `cursor`: first replays what you missed, in order, then continues live with no " +
        "gap and no duplicate. Omit to receive live events only.",
    }),
    mspId: t.arg.id({
      description: "Global ID of the MSP to watch. Required for the platform operator; others always watch their own.",
    }),
    customerId: t.arg.id({ description: "Only events of this customer (its global ID)." }),
    accountId: t.arg.id({ description: "Only events of this Comet account (its global ID)." }),
    deviceId: t.arg.id({ description: "Only events of this device (its global ID)." }),
  };
}
