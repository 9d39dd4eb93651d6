import { encodeGlobalID } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import { capabilitiesOf } from "../../core/auth/capabilities.js";
import { sliceOf } from "../../core/dashboard/slice.js";
import { windowJobsSql } from "../../core/dashboard/window.js";
import { last24hStart } from "../../core/jobs/filters.js";
import { Prisma } from "../../prisma/generated/prisma/client.js";
import type { JobClassification, JobOutcome } from "../../prisma/generated/prisma/enums.js";
import { builder } from "../builder.js";
import {
  JobClassificationRef,
  JobOutcomeRef,
  type JobStatusBucket,
  JobStatusRef,
  jobStatusOf,
  outcomeLabels,
  outcomesOf,
} from "../jobs/status.js";

/**
 * Incidents: per device and protected item, the latest job of the last 24 hours (the dashboard's
 * window) when it failed, was missed or warned, unless an active snooze silences it (one for that
 * item, or a device-wide one). Computed in one SQL statement per page: the window read, "latest
 * per (device, item)", the snooze anti-join, the total, and the names of the page's rows.
 */

export const incidentStatuses: JobStatusBucket[] = ["ERROR", "MISSED", "WARNING"];
const incidentOutcomes = incidentStatuses.flatMap(outcomesOf);

export interface IncidentRow {
  jobId: string;
  deviceId: string;
  protectedItemId: string | null;
  outcome: JobOutcome;
  classification: JobClassification;
  startedAt: Date;
  endedAt: Date | null;
  deviceName: string;
  accountId: string;
  accountUsername: string;
  customerId: string | null;
  customerName: string | null;
  protectedItemName: string | null;
  canSnooze: boolean;
}

/** The stable identity of an incident: its device and protected item, whatever job is the latest. */
export function incidentId(deviceId: string, protectedItemId: string | null): string {
  return encodeGlobalID("Incident", `${deviceId}:${protectedItemId ?? ""}`);
}

const IncidentJobRef = builder.objectRef<IncidentRow>("IncidentJob").implement({
  description: "The job that makes an incident: the latest of its device and item in the last 24 hours.",
  fields: (t) => ({
    id: t.id({ description: "Global ID of the job.", resolve: (r) => encodeGlobalID("Job", r.jobId) }),
    status: t.field({ type: JobStatusRef, description: "Normalised status.", resolve: (r) => jobStatusOf(r.outcome) }),
    outcome: t.field({ type: JobOutcomeRef, description: "The job's Comet status family.", resolve: (r) => r.outcome }),
    outcomeLabel: t.string({ description: "Display name of the outcome.", resolve: (r) => outcomeLabels[r.outcome] }),
    classification: t.field({
      type: JobClassificationRef,
      description: "What kind of job it is.",
      resolve: (r) => r.classification,
    }),
    startedAt: t.field({ type: "DateTime", description: "When the job started.", resolve: (r) => r.startedAt }),
    endedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the job ended.",
      resolve: (r) => r.endedAt,
    }),
  }),
});

export const IncidentRef = builder.objectRef<IncidentRow>("Incident").implement({
  description:
    "A device (and protected item) whose latest job of the last 24 hours failed, was missed or warned, and that " +
    "nobody snoozed.",
  fields: (t) => ({
    id: t.id({
      description: "Stable ID of the incident (its device and item): the same while later jobs keep failing.",
      resolve: (r) => incidentId(r.deviceId, r.protectedItemId),
    }),
    status: t.field({
      type: JobStatusRef,
      description: "ERROR, MISSED or WARNING: the normalised status of the job.",
      resolve: (r) => jobStatusOf(r.outcome),
    }),
    deviceId: t.id({ description: "Global ID of the device.", resolve: (r) => encodeGlobalID("Device", r.deviceId) }),
    deviceName: t.exposeString("deviceName", { description: "Name of the device." }),
    accountId: t.id({
      description: "Global ID of the Comet account the device belongs to.",
      resolve: (r) => encodeGlobalID("CometAccount", r.accountId),
    }),
    accountUsername: t.exposeString("accountUsername", { description: "Username of the device's Comet account." }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the device's customer; null while its account is unassigned.",
      resolve: (r) => (r.customerId ? encodeGlobalID("Customer", r.customerId) : null),
    }),
    customerName: t.exposeString("customerName", {
      nullable: true,
      description: "Name of the device's customer; null while its account is unassigned.",
    }),
    protectedItemId: t.id({
      nullable: true,
      description: "Global ID of the protected item the job ran; null for jobs of no item (e.g. retention).",
      resolve: (r) => (r.protectedItemId ? encodeGlobalID("ProtectedItem", r.protectedItemId) : null),
    }),
    protectedItemName: t.exposeString("protectedItemName", {
      nullable: true,
      description: "Name of the protected item; null for jobs of no item.",
    }),
    job: t.field({ type: IncidentJobRef, description: "The job behind the incident.", resolve: (r) => r }),
    canSnooze: t.exposeBoolean("canSnooze", {
      description: "Whether you may snooze it (`snoozeIncident` needs the OPERATE capability).",
    }),
  }),
});

interface Cursor {
  startedAt: string;
  jobId: string;
}

function encodeCursor(r: IncidentRow): string {
  return Buffer.from(JSON.stringify({ startedAt: r.startedAt.toISOString(), jobId: r.jobId })).toString("base64url");
}

function decodeCursor(after: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(after, "base64url").toString()) as Cursor;
    if (typeof c.jobId === "string" && !Number.isNaN(new Date(c.startedAt).getTime())) return c;
  } catch {
    // fall through to the typed error below
  }
  throw new GraphQLError("after is not an incidents cursor", {
    extensions: { code: "BAD_USER_INPUT", argumentName: "after" },
  });
}

interface IncidentPage {
  rows: IncidentRow[];
  totalCount: number;
  hasNextPage: boolean;
}

type RawIncident = Omit<IncidentRow, "canSnooze"> & { total: number };

builder.queryField("incidents", (t) =>
  t.withAuth({ capability: "READ" }).connection(
    {
      type: IncidentRef,
      description:
        "Open incidents of the viewer's tenant, newest job first: per device and protected item, the latest job of " +
        "the last 24 hours when it failed, was missed or warned, minus snoozed ones.",
      extensions: { forwardPagination: true },
      args: { customerId: t.arg.id({ description: "Only incidents of this customer (its global ID)." }) },
      resolve: async (_root, args, ctx) => {
        const { viewer } = ctx;
        const slice = sliceOf(viewer, { customerId: args.customerId == null ? null : String(args.customerId) });
        const first = args.first ?? 0;
        const after = args.after ? decodeCursor(args.after) : null;
        const since = last24hStart(ctx);
        const now = new Date(since.getTime() + 86_400_000).toISOString();
        const keyset = after
          ? Prisma.sql`(i."startedAt", i.id) < (${after.startedAt}::timestamptz, ${after.jobId})`
          : Prisma.sql`TRUE`;
        const rows = await ctx.prisma.$queryRaw<RawIncident[]>`
          WITH w AS (${windowJobsSql(slice, since)}),
          latest AS (
            SELECT DISTINCT ON (w."deviceId", w."protectedItemId") w.*
            FROM w WHERE w."deviceId" IS NOT NULL
            ORDER BY w."deviceId", w."protectedItemId", w."startedAt" DESC, w.id DESC
          ),
          inc AS MATERIALIZED (
            SELECT l.* FROM latest l
            JOIN "Device" d ON d.id = l."deviceId" AND d."revokedAt" IS NULL
            WHERE l.outcome::text IN (${Prisma.join(incidentOutcomes)})
              AND NOT EXISTS (
                SELECT 1 FROM "IncidentSnooze" s
                WHERE s."deviceId" = l."deviceId" AND s."snoozedUntil" > ${now}::timestamptz
                  AND (s."protectedItemId" IS NULL OR s."protectedItemId" = l."protectedItemId"))
          )
          SELECT (SELECT count(*) FROM inc)::int AS total, page.* FROM (SELECT 1) one
          LEFT JOIN LATERAL (
            SELECT i.id AS "jobId", i."deviceId", i."protectedItemId", i.outcome::text AS outcome,
              i.classification::text AS classification, i."startedAt", i."endedAt",
              d."friendlyName" AS "deviceName", d."accountId", a.username AS "accountUsername", d."customerId",
              c.name AS "customerName", p.description AS "protectedItemName"
            -- Names only for the page's rows: limit first, then join.
            FROM (
              SELECT * FROM inc i WHERE ${keyset} ORDER BY i."startedAt" DESC, i.id DESC LIMIT ${first + 1}
            ) i
            JOIN "Device" d ON d.id = i."deviceId"
            JOIN "CometAccount" a ON a.id = d."accountId"
            LEFT JOIN "Customer" c ON c.id = d."customerId"
            LEFT JOIN "ProtectedItem" p ON p.id = i."protectedItemId"
            ORDER BY i."startedAt" DESC, i.id DESC
          ) page ON TRUE`;
        const canSnooze = capabilitiesOf(viewer).includes("OPERATE");
        const found = rows.filter((r) => r.jobId !== null).map(({ total: _t, ...r }) => ({ ...r, canSnooze }));
        const page: IncidentPage = {
          rows: found.slice(0, first),
          totalCount: rows[0]?.total ?? 0,
          hasNextPage: found.length > first,
        };
        return {
          totalCount: page.totalCount,
          edges: page.rows.map((node) => ({ cursor: encodeCursor(node), node })),
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: after !== null,
            startCursor: page.rows[0] ? encodeCursor(page.rows[0]) : null,
            endCursor: page.rows.at(-1) ? encodeCursor(page.rows.at(-1)!) : null,
          },
        };
      },
    },
    {
      name: "IncidentConnection",
      description: "A page of incidents.",
      fields: (c) => ({
        totalCount: c.int({
          description: "Open incidents in the whole list (every page) with the same filters.",
          resolve: (conn) => (conn as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    { name: "IncidentEdge", description: "An incident in a page of incidents." },
  ),
);
