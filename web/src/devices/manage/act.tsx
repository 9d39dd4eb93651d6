import type { OperationResult } from "@urql/core";
import type { DeviceActionKind, DeviceActionStatus } from "../../gql/graphql.js";
import { formatDateTime } from "../../lib/format.js";
import type { Notify } from "../../lib/toast.js";
import { defaultQueueHours, startedTitle } from "./action-status.js";

/**
 * One click on an action button, from request to toast. Every click gets its own idempotency key
 * (a double-click or a retried request cannot act twice); an offline device answers with a toast
 * that offers to queue the same action instead (a new click, so a new key).
 */

/** What every action mutation returns (operations.ts selects the same shape for each). */
export type ActionResult =
  | {
      __typename: "DeviceAction";
      kind: DeviceActionKind;
      status: DeviceActionStatus;
      summary: string;
      expiresAt: string | null;
      errorMessage: string | null;
    }
  | { __typename: "InvalidInputError"; message: string; fieldErrors: { path: string[]; message: string }[] }
  | { __typename: Exclude<string, "DeviceAction" | "InvalidInputError">; message: string };

export interface QueueInput {
  expiresInHours: number;
}

/** What the tabs need to send an action for the shown device. */
export interface PanelDevice {
  id: string;
  /** The name toasts and confirmations use: the friendly name, or the Comet device ID without one. */
  name: string;
  isOnline: boolean;
  /** Offline devices queue (for the chosen hours); online ones act now. */
  queue: QueueInput | null;
  /** Called after every answer from the API: the panel refetches the device and its actions. */
  refresh: () => void;
}

export interface ActRequest<Data> {
  /** Where the outcome's toast goes: the calling component's `useNotify()`. */
  notify: Notify;
  /** Shown in toasts: the device's name. */
  deviceName: string;
  /** Title of an error toast, e.g. "Backup not started". */
  failedTitle: string;
  /** Queue when the device is offline (hours); null to ask for a live device. */
  queue: QueueInput | null;
  /** Whether the action may be queued (revoke, cancel and abandon may not). */
  queueable: boolean;
  send(extra: { idempotencyKey: string; queue: QueueInput | null }): Promise<OperationResult<Data>>;
  /** Picks the mutation's result out of `data`. */
  pick(data: Data): ActionResult | null | undefined;
  /** After any answer from the API (success or typed error): refresh what the panel shows. */
  onSettled?(): void;
}

/** The parts of a request every action on the panel's device shares (a queueable action). */
export function actionOn(target: PanelDevice, notify: Notify) {
  return {
    notify,
    deviceName: target.name,
    queue: target.queue,
    queueable: true,
    onSettled: target.refresh,
  };
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** Sends one action and reports the outcome as a toast; resolves to the action's status, or null. */
export async function act<Data>(request: ActRequest<Data>): Promise<DeviceActionStatus | null> {
  const result = await request.send({ idempotencyKey: newIdempotencyKey(), queue: request.queue });
  const payload = result.data ? request.pick(result.data) : null;
  if (!payload) {
    request.notify(
      "error",
      request.failedTitle,
      result.error?.networkError ? "Partner Hub cannot be reached." : (result.error?.message ?? "Unexpected answer."),
    );
    return null;
  }
  request.onSettled?.();
  if (isAction(payload)) {
    announce(request.notify, payload, request.deviceName, request.failedTitle);
    return payload.status;
  }
  if (payload.__typename === "DeviceOfflineError" && request.queueable && !request.queue) {
    offerQueue(request, payload.message);
    return null;
  }
  request.notify("error", request.failedTitle, describeError(payload));
  return null;
}

function isAction(payload: ActionResult): payload is Extract<ActionResult, { __typename: "DeviceAction" }> {
  return payload.__typename === "DeviceAction";
}

function describeError(payload: ActionResult): string {
  if (payload.__typename === "InvalidInputError" && "fieldErrors" in payload && payload.fieldErrors.length > 0) {
    return payload.fieldErrors.map((f) => `${f.path.at(-1)}: ${f.message}`).join("; ");
  }
  return "message" in payload ? payload.message : "";
}

function announce(
  notify: Notify,
  action: Extract<ActionResult, { __typename: "DeviceAction" }>,
  device: string,
  failedTitle: string,
) {
  if (action.status === "QUEUED") {
    const until = action.expiresAt ? ` (expires ${formatDateTime(action.expiresAt)})` : "";
    notify("success", `Queued until ${device} connects`, `${action.summary}${until}`);
  } else if (action.status === "FAILED") {
    notify("error", failedTitle, action.errorMessage ?? action.summary);
  } else {
    notify("success", startedTitle[action.kind](device), action.summary);
  }
}

/** The device went offline since the panel showed it: offer the same action, queued. */
function offerQueue<Data>(request: ActRequest<Data>, message: string) {
  request.notify("error", `${request.deviceName} is offline`, message, {
    label: "Queue until online (24 h)",
    onClick: () => void act({ ...request, queue: { expiresInHours: defaultQueueHours } }),
  });
}
