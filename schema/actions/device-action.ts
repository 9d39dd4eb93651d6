import { builder } from "../builder.js";
// Registers the Job type that the `job` relation below returns.
import "../jobs/job.js";
import { actionKinds, isFinal } from "../../core/actions/kinds.js";
import { requireViewer } from "../../core/auth/viewer.js";
import { scopeWhere } from "../../core/tenancy.js";

/**
 * A device action as a Relay node: what was asked, by whom, and where it stands. Its rows carry
 * the device's tenant columns, so `scopeWhere` keeps every lookup inside the viewer's tenant.
 */

export const DeviceActionKindRef = builder.enumType("DeviceActionKind", {
  description: "What a device action asks the Comet server (and through it the device) to do.",
  values: {
    RUN_BACKUP: { description: "Back up one protected item to one storage vault now." },
    RESTORE: { description: "Restore from a snapshot (the restore wizard)." },
    UPDATE_SOFTWARE: { description: "Update the Comet client to the server's version." },
    UNINSTALL_SOFTWARE: { description: "Uninstall the Comet client, optionally removing its configuration." },
    REVOKE_DEVICE: { description: "Remove the device from its account (its job history is kept)." },
    APPLY_RETENTION: { description: "Apply the retention rules to a storage vault now." },
    REINDEX_VAULT: { description: "Rebuild a storage vault's index." },
    CANCEL_JOB: { description: "Ask the device to cancel a running job." },
    ABANDON_JOB: { description: "Mark a stuck running job abandoned without contacting the device." },
  } as const,
});

export const DeviceActionStatusRef = builder.enumType("DeviceActionStatus", {
  description:
    "Where a device action stands: QUEUED -> DISPATCHED -> RUNNING -> SUCCEEDED / FAILED / EXPIRED / CANCELLED.",
  values: {
    QUEUED: { description: "Waiting for the device to connect (until `expiresAt`)." },
    DISPATCHED: { description: "Accepted by the Comet server; waiting for the job it starts." },
    RUNNING: { description: "The job the action started is running (see `job`)." },
    SUCCEEDED: { description: "Done: carried out, or its job ended successfully (possibly with warnings)." },
    FAILED: { description: "The Comet server refused it, or its job ended unsuccessfully; see `errorMessage`." },
    EXPIRED: { description: "The device did not connect before `expiresAt`; nothing was sent." },
    CANCELLED: { description: "Cancelled while still queued; nothing was sent." },
  } as const,
});

export const DeviceActionRef = builder.prismaNode("DeviceAction", {
  id: { field: "id" },
  description: "One action on a device, from request to outcome.",
  findUnique: (id, ctx) => ({ id, ...scopeWhere(requireViewer(ctx)) }),
  fields: (t) => ({
    kind: t.expose("kind", { type: DeviceActionKindRef, description: "What the action does." }),
    kindLabel: t.string({
      description: "The kind in words, e.g. `Run backup`.",
      resolve: (a) => actionKinds[a.kind].label,
    }),
    status: t.expose("status", { type: DeviceActionStatusRef, description: "Where the action stands." }),
    summary: t.exposeString("summary", {
      description: "One line for people, e.g. `Back up Documents to Cloud vault`.",
    }),
    isFinal: t.boolean({
      description: "Whether the action reached an end state (SUCCEEDED, FAILED, EXPIRED or CANCELLED).",
      resolve: (a) => isFinal(a.status),
    }),
    errorMessage: t.exposeString("errorMessage", {
      nullable: true,
      description: "Why it failed, expired or was cancelled; null otherwise.",
    }),
    device: t.relation("device", { description: "The device the action is for." }),
    job: t.relation("job", {
      nullable: true,
      description: "The Comet job the action started, once the job is known (backup, restore, retention...).",
    }),
    requestedBy: t.string({
      description: "Who asked: `user:<id>` or `apiKey:<id>`.",
      resolve: (a) => `${a.requestedByKind === "API_KEY" ? "apiKey" : "user"}:${a.requestedById ?? ""}`,
    }),
    expiresAt: t.expose("expiresAt", {
      type: "DateTime",
      nullable: true,
      description: "For queued actions: when it expires if the device has not connected.",
    }),
    attempts: t.exposeInt("attempts", { description: "How many times sending it was attempted." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was asked for." }),
    dispatchedAt: t.expose("dispatchedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the Comet server accepted it.",
    }),
    startedAt: t.expose("startedAt", {
      type: "DateTime",
      nullable: true,
      description: "When its job started.",
    }),
    finishedAt: t.expose("finishedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it reached an end state.",
    }),
  }),
});
