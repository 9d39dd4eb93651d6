import { encodeGlobalID } from "@pothos/plugin-relay";
import { z } from "zod";
import { audit } from "../../core/audit.js";
import { requireViewer } from "../../core/auth/viewer.js";
import { InvalidInputError, NotFoundError } from "../../core/errors.js";
import { localId, requireLocalId } from "../../core/global-id.js";
import { scopeWhere } from "../../core/tenancy.js";
import { builder, type ViewerContext } from "../builder.js";
import { incidentId } from "./incidents.js";

/**
 * Snoozing silences a device's incident (one protected item, or the whole device) until a time;
 * `incidents` leaves it out meanwhile. A snooze is a row scoped like the device it belongs to, so
 * it follows the device when its account moves to another customer (tenancy.ts).
 */

const maxHours = 720;

builder.prismaNode("IncidentSnooze", {
  id: { field: "id" },
  nullable: true,
  description: "An incident silenced until a time: one protected item of a device, or the whole device.",
  findUnique: (id, ctx) => ({ id, ...scopeWhere(requireViewer(ctx)) }),
  fields: (t) => ({
    deviceId: t.id({ description: "Global ID of the device.", resolve: (s) => encodeGlobalID("Device", s.deviceId) }),
    protectedItemId: t.id({
      nullable: true,
      description: "Global ID of the protected item; null when the whole device is snoozed.",
      resolve: (s) => (s.protectedItemId ? encodeGlobalID("ProtectedItem", s.protectedItemId) : null),
    }),
    incidentId: t.id({
      nullable: true,
      description: "ID of the incident it silences (`Incident.id`); null for a device-wide snooze.",
      resolve: (s) => (s.protectedItemId ? incidentId(s.deviceId, s.protectedItemId) : null),
    }),
    snoozedUntil: t.expose("snoozedUntil", { type: "DateTime", description: "When the incident shows again." }),
    isActive: t.boolean({
      description: "Whether the snooze still silences its incident.",
      resolve: (s) => s.snoozedUntil.getTime() > Date.now(),
    }),
    reason: t.exposeString("reason", { description: "Why it was snoozed; empty when not given." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was snoozed." }),
  }),
});

builder.queryField("incidentSnoozes", (t) =>
  t.withAuth({ capability: "READ" }).prismaConnection(
    {
      type: "IncidentSnooze",
      cursor: "id",
      description:
        "Snoozes of the viewer's tenant, those ending soonest first: the active ones by default, to list what " +
        "`incidents` is hiding and end a snooze early.",
      extensions: { forwardPagination: true },
      args: {
        isActive: t.arg.boolean({
          defaultValue: true,
          description: "Only snoozes still silencing their incident (default), or only ended ones (false).",
        }),
        deviceId: t.arg.id({ description: "Only snoozes of this device (its global ID)." }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.incidentSnooze.count({ where: snoozesWhere(ctx, args) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.incidentSnooze.findMany({
          ...query,
          where: snoozesWhere(ctx, args),
          orderBy: [{ snoozedUntil: args.isActive === false ? "desc" : "asc" }, { id: "asc" }],
        }),
    },
    { description: "A page of incident snoozes." },
    { description: "A snooze in a page of incident snoozes." },
  ),
);

function snoozesWhere(ctx: ViewerContext, args: { isActive?: boolean | null; deviceId?: string | number | null }) {
  const now = new Date();
  return {
    ...scopeWhere(ctx.viewer),
    snoozedUntil: args.isActive === false ? { lte: now } : { gt: now },
    // A wrong or foreign device ID lists nothing, like any other narrowing argument.
    ...(args.deviceId == null ? {} : { deviceId: { in: [localId(args.deviceId, "Device") ?? []].flat() } }),
  };
}

const SnoozeIncidentInput = builder.inputType("SnoozeIncidentInput", {
  description: "What to silence and until when: give exactly one of `until` and `hours`.",
  fields: (t) => ({
    deviceId: t.id({ required: true, description: "Global ID of the device." }),
    protectedItemId: t.id({ description: "Global ID of one protected item of the device; omit for the whole device." }),
    until: t.field({
      type: "DateTime",
      description: `When the incident shows again: in the future, at most ${maxHours} hours ahead.`,
    }),
    hours: t.int({
      description: `How many hours to silence it (1-${maxHours}).`,
      validate: z.number().int().min(1, "must be at least 1").max(maxHours, `must be at most ${maxHours}`),
    }),
    reason: t.string({
      description: "Why (at most 500 characters), shown to colleagues.",
      validate: z.string().trim().max(500, "must be at most 500 characters"),
    }),
  }),
});

builder.mutationField("snoozeIncident", (t) =>
  t.withAuth({ capability: "OPERATE" }).prismaField({
    type: "IncidentSnooze",
    errors: { types: [InvalidInputError, NotFoundError] },
    description:
      "Silences a device's incident (one protected item, or the whole device) until a time. Snoozing the same " +
      "target again moves its end instead of adding a second snooze.",
    args: {
      input: t.arg({ type: SnoozeIncidentInput, required: true, description: "What to snooze and until when." }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const { viewer } = ctx;
      const now = Date.now();
      const deviceId = requireLocalId(input.deviceId, "Device", ["input", "deviceId"]);
      const itemId =
        input.protectedItemId == null
          ? null
          : requireLocalId(input.protectedItemId, "ProtectedItem", ["input", "protectedItemId"]);
      if ((input.until == null) === (input.hours == null)) {
        throw InvalidInputError.field(["input", "hours"], "give exactly one of hours and until");
      }
      const until = input.until ?? new Date(now + (input.hours ?? 0) * 3_600_000);
      if (until.getTime() <= now || until.getTime() > now + maxHours * 3_600_000) {
        throw InvalidInputError.field(["input", "until"], `must be in the future, at most ${maxHours} hours ahead`);
      }
      const device = await ctx.prisma.device.findFirst({
        where: { id: deviceId, ...scopeWhere(viewer) },
        select: { id: true, accountId: true, mspId: true, customerId: true, friendlyName: true },
      });
      if (!device) throw new NotFoundError("Device");
      if (itemId) {
        // The item must be the device's account's: a snooze never reaches across accounts.
        const item = await ctx.prisma.protectedItem.findFirst({
          where: { id: itemId, accountId: device.accountId, ...scopeWhere(viewer) },
          select: { id: true },
        });
        if (!item) throw new NotFoundError("ProtectedItem");
      }
      const reason = input.reason?.trim() ?? "";
      const active = await ctx.prisma.incidentSnooze.findFirst({
        where: { deviceId: device.id, protectedItemId: itemId, snoozedUntil: { gt: new Date(now) } },
        select: { id: true },
      });
      const data = { snoozedUntil: until, reason };
      const snooze = active
        ? await ctx.prisma.incidentSnooze.update({ where: { id: active.id }, data, select: { id: true } })
        : await ctx.prisma.incidentSnooze.create({
            data: {
              ...data,
              mspId: device.mspId,
              customerId: device.customerId,
              deviceId: device.id,
              protectedItemId: itemId,
              createdById: viewer.kind === "apiKey" ? null : viewer.userId,
            },
            select: { id: true },
          });
      await audit(ctx, {
        action: "incident.snooze",
        targetType: "IncidentSnooze",
        targetId: snooze.id,
        mspId: device.mspId,
        customerId: device.customerId,
        details: { deviceId: device.id, protectedItemId: itemId, until: until.toISOString(), reason },
      });
      return ctx.prisma.incidentSnooze.findUniqueOrThrow({ ...query, where: { id: snooze.id } });
    },
  }),
);

const UnsnoozeIncidentInput = builder.inputType("UnsnoozeIncidentInput", {
  description: "The snooze to end.",
  fields: (t) => ({
    snoozeId: t.id({ required: true, description: "Global ID of the snooze (`IncidentSnooze.id`)." }),
  }),
});

builder.mutationField("unsnoozeIncident", (t) =>
  t.withAuth({ capability: "OPERATE" }).prismaField({
    type: "IncidentSnooze",
    errors: { types: [InvalidInputError, NotFoundError] },
    description:
      "Ends a snooze now, so its incident shows again while it lasts. Ending an ended snooze changes nothing.",
    args: { input: t.arg({ type: UnsnoozeIncidentInput, required: true, description: "The snooze to end." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { viewer } = ctx;
      const id = localId(input.snoozeId, "IncidentSnooze");
      const snooze = id && (await ctx.prisma.incidentSnooze.findFirst({ where: { id, ...scopeWhere(viewer) } }));
      if (!snooze) throw new NotFoundError("IncidentSnooze");
      const now = new Date();
      if (snooze.snoozedUntil > now) {
        await ctx.prisma.incidentSnooze.update({ where: { id: snooze.id }, data: { snoozedUntil: now } });
        await audit(ctx, {
          action: "incident.unsnooze",
          targetType: "IncidentSnooze",
          targetId: snooze.id,
          mspId: snooze.mspId,
          customerId: snooze.customerId,
          details: { deviceId: snooze.deviceId, protectedItemId: snooze.protectedItemId },
        });
      }
      return ctx.prisma.incidentSnooze.findUniqueOrThrow({ ...query, where: { id: snooze.id } });
    },
  }),
);
