import {
  CometServerError,
  ConflictError,
  DeviceOfflineError,
  type FieldIssue,
  ForbiddenError,
  IdempotencyConflictError,
  InvalidInputError,
  NotFoundError,
} from "../core/errors.js";
import { builder } from "./builder.js";

/** GraphQL types of the typed errors in errors.ts, all implementing `UserError`. */

export const UserErrorRef = builder.interfaceRef<Error>("UserError").implement({
  description: "An expected failure returned as data: nothing was changed. Query `message` for a readable reason.",
  fields: (t) => ({
    message: t.exposeString("message", { description: "What went wrong, in words a person can act on." }),
  }),
});

const FieldErrorRef = builder.objectRef<FieldIssue>("FieldError").implement({
  description: "One input field that failed validation.",
  fields: (t) => ({
    path: t.exposeStringList("path", { description: 'Where the field is, e.g. `["input", "name"]`.' }),
    message: t.exposeString("message", { description: "What is wrong with it." }),
  }),
});

builder.objectType(InvalidInputError, {
  name: "InvalidInputError",
  description: "The input failed validation; `fieldErrors` says which fields and why. Nothing was changed.",
  interfaces: [UserErrorRef],
  fields: (t) => ({
    fieldErrors: t.field({
      type: [FieldErrorRef],
      description: "Each invalid field with its message.",
      resolve: (e) => e.fieldErrors,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "The object does not exist or is not visible to you. Nothing was changed.",
  interfaces: [UserErrorRef],
  fields: (t) => ({
    objectType: t.exposeString("objectType", { description: "The GraphQL type that was looked up, e.g. `Customer`." }),
  }),
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "The change conflicts with the current state (duplicate, concurrent edit, already used).",
  interfaces: [UserErrorRef],
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description:
    "A rule about this particular change refuses it (e.g. your provider does not let customers run this action); " +
    "a role or capability the field needs is a top-level FORBIDDEN error instead. Nothing was changed.",
  interfaces: [UserErrorRef],
});

builder.objectType(CometServerError, {
  name: "CometServerError",
  description: "The Comet server refused the request or could not be reached. Nothing was saved.",
  interfaces: [UserErrorRef],
});

builder.objectType(DeviceOfflineError, {
  name: "DeviceOfflineError",
  description:
    "The action needs the device's live connection and the device is offline. Ask again with `queue` to run it " +
    "when the device connects. Nothing was sent to the Comet server.",
  interfaces: [UserErrorRef],
  fields: (t) => ({
    lastSeenAt: t.expose("lastSeenAt", {
      type: "DateTime",
      nullable: true,
      description: "When the device was last connected, if ever.",
    }),
  }),
});

builder.objectType(IdempotencyConflictError, {
  name: "IdempotencyConflictError",
  description:
    "The idempotency key was already used with a different input or mutation. Nothing was done; use a new key.",
  interfaces: [UserErrorRef],
});
