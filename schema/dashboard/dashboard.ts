import {
  type CategoryCount,
  type DeviceFigures,
  deviceFigures,
  itemsByCategory,
  type JobWindowFigures,
  jobWindowFigures,
  type SeriesPoint,
  series30d,
} from "../../core/dashboard/figures.js";
import { type Slice, sliceOf } from "../../core/dashboard/slice.js";
import { last24hStart } from "../../core/jobs/filters.js";
import type { PrismaClient } from "../../prisma/db.js";
import type { JobOutcome } from "../../prisma/generated/prisma/enums.js";
import { builder } from "../builder.js";
import { EngineCategoryRef } from "../items/engine.js";
import {
  JobOutcomeRef,
  type JobStatusBucket,
  JobStatusRef,
  jobStatusOf,
  outcomeLabels,
  statusLabels,
} from "../jobs/status.js";

/**
 * The fleet at a glance for the viewer's tenant (or one customer of it). Each part is computed
 * only when selected, with one SQL aggregate per part; parts that share figures (device totals)
 * share one query. All parts use the same `asOf` instant and 24-hour window.
 */

class DashboardData {
  private memo = new Map<string, Promise<unknown>>();
  constructor(
    readonly prisma: PrismaClient,
    readonly slice: Slice,
    readonly asOf: Date,
    readonly since: Date,
  ) {}

  get todayStart(): Date {
    return new Date(Math.floor(this.asOf.getTime() / 86_400_000) * 86_400_000);
  }

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) this.memo.set(key, load());
    return this.memo.get(key) as Promise<T>;
  }

  devices = () => this.once<DeviceFigures>("devices", () => deviceFigures(this.prisma, this.slice, this.todayStart));
  items = () => this.once<CategoryCount[]>("items", () => itemsByCategory(this.prisma, this.slice));
  window = () => this.once<JobWindowFigures>("window", () => jobWindowFigures(this.prisma, this.slice, this.since));
  series = () =>
    this.once<SeriesPoint[]>("series", () =>
      series30d(
        this.prisma,
        this.slice,
        this.todayStart,
        this.devices().then((d) => ({
          devicesRegistered: d.total,
          devicesOnline: d.onlineToday,
          storageBytes: d.storageBytes,
        })),
      ),
    );
}

const DeviceCountsRef = builder.objectRef<DeviceFigures>("DashboardDevices").implement({
  description: "Devices registered to the tenant's accounts (devices removed from Comet are not counted).",
  fields: (t) => ({
    total: t.exposeInt("total", { description: "All devices." }),
    online: t.exposeInt("online", { description: "Devices holding a live connection to their Comet server now." }),
    offline: t.int({ description: "Devices without a live connection now.", resolve: (d) => d.total - d.online }),
  }),
});

const CategoryCountRef = builder.objectRef<CategoryCount>("ProtectedItemCategoryCount").implement({
  description: "How many protected items use engines of one category.",
  fields: (t) => ({
    category: t.field({ type: EngineCategoryRef, description: "The engine category.", resolve: (c) => c.category }),
    label: t.exposeString("label", { description: 'Display name of the category, e.g. "Disk Image".' }),
    count: t.exposeInt("count", { description: "Protected items in the category." }),
  }),
});

interface StatusCount {
  status: JobStatusBucket;
  count: number;
}

const JobStatusCountRef = builder.objectRef<StatusCount>("JobStatusCount").implement({
  description: "Jobs of the last 24 hours in one normalised status.",
  fields: (t) => ({
    status: t.field({ type: JobStatusRef, description: "The normalised status.", resolve: (s) => s.status }),
    label: t.string({ description: "Display name of the status.", resolve: (s) => statusLabels[s.status] }),
    count: t.exposeInt("count", { description: "Jobs in this status (0 included)." }),
  }),
});

/**
 * The device chips: one per outcome a person tells apart at a glance. Rare outcomes join the chip
 * they mean (quota exceeded, abandoned and unknown are errors; pending and revived are running).
 */
const deviceChips: { outcome: JobOutcome; outcomes: JobOutcome[] }[] = [
  { outcome: "ERROR", outcomes: ["ERROR", "QUOTA_EXCEEDED", "ABANDONED", "UNKNOWN"] },
  { outcome: "MISSED", outcomes: ["MISSED"] },
  { outcome: "WARNING", outcomes: ["WARNING"] },
  { outcome: "TIMEOUT", outcomes: ["TIMEOUT"] },
  { outcome: "CANCELLED", outcomes: ["CANCELLED"] },
  { outcome: "RUNNING", outcomes: ["RUNNING", "PENDING", "REVIVED"] },
  { outcome: "SKIPPED", outcomes: ["SKIPPED"] },
  { outcome: "SUCCESS", outcomes: ["SUCCESS"] },
];

interface DeviceStatusCount {
  outcome: JobOutcome | null;
  outcomes: JobOutcome[];
  count: number;
}

const DeviceStatusCountRef = builder.objectRef<DeviceStatusCount>("DeviceStatusCount").implement({
  description:
    "Devices whose most recent job of the last 24 hours ended (or runs) with one outcome, or that ran no job " +
    "(`outcome: null`): the dashboard's device chips.",
  fields: (t) => ({
    outcome: t.field({
      type: JobOutcomeRef,
      nullable: true,
      description: "The chip's outcome; null for devices without a job in the last 24 hours.",
      resolve: (c) => c.outcome,
    }),
    outcomes: t.field({
      type: [JobOutcomeRef],
      description:
        "Every outcome counted in this chip (e.g. ERROR also counts quota exceeded, abandoned and unknown; " +
        "RUNNING also pending and revived). Empty for the no-job chip.",
      resolve: (c) => c.outcomes,
    }),
    status: t.field({
      type: JobStatusRef,
      nullable: true,
      description: "The normalised status of the chip's outcome; null for devices without a job.",
      resolve: (c) => (c.outcome ? jobStatusOf(c.outcome) : null),
    }),
    label: t.string({
      description: "Display name of the chip.",
      resolve: (c) => (c.outcome ? outcomeLabels[c.outcome] : "No job in 24 h"),
    }),
    count: t.exposeInt("count", { description: "Devices in this chip (0 included)." }),
  }),
});

const SeriesPointRef = builder.objectRef<SeriesPoint>("DashboardDay").implement({
  description: "One day of the 30-day series.",
  fields: (t) => ({
    day: t.field({ type: "DateTime", description: "The day (its UTC midnight).", resolve: (p) => p.day }),
    devicesRegistered: t.exposeInt("devicesRegistered", { description: "Devices registered that day." }),
    devicesOnline: t.exposeInt("devicesOnline", { description: "Devices online at some point that day." }),
    storageBytes: t.field({
      type: "BigInt",
      description: "Bytes used in storage vaults that day.",
      resolve: (p) => p.storageBytes,
    }),
  }),
});

const statusOrder: JobStatusBucket[] = ["SUCCESS", "ERROR", "WARNING", "MISSED", "RUNNING"];

const DashboardRef = builder.objectRef<DashboardData>("Dashboard").implement({
  description:
    "The fleet at a glance for the viewer's tenant, or one customer of it. The 24-hour parts count jobs started in " +
    "the 24 hours before `asOf` plus jobs still running that started earlier.",
  fields: (t) => ({
    asOf: t.field({ type: "DateTime", description: "The instant the figures describe.", resolve: (d) => d.asOf }),
    devices: t.field({
      type: DeviceCountsRef,
      description: "Devices online and offline.",
      resolve: (d) => d.devices(),
    }),
    protectedItemsByCategory: t.field({
      type: [CategoryCountRef],
      description: "Protected items per engine category, largest first; categories without items are left out.",
      resolve: (d) => d.items(),
    }),
    storageBytes: t.field({
      type: "BigInt",
      description: "Bytes used in all storage vaults.",
      resolve: async (d) => (await d.devices()).storageBytes,
    }),
    jobStatus24h: t.field({
      type: [JobStatusCountRef],
      description:
        "Jobs of the last 24 hours per normalised status, running included; always the five statuses, in the order " +
        "SUCCESS, ERROR, WARNING, MISSED, RUNNING.",
      resolve: async (d) => {
        const { jobs } = await d.window();
        const counts = new Map<JobStatusBucket, number>();
        for (const [outcome, n] of jobs) counts.set(jobStatusOf(outcome), (counts.get(jobStatusOf(outcome)) ?? 0) + n);
        return statusOrder.map((status) => ({ status, count: counts.get(status) ?? 0 }));
      },
    }),
    deviceStatus24h: t.field({
      type: [DeviceStatusCountRef],
      description:
        "Devices by the outcome of their most recent job of the last 24 hours (a running job counts as running), " +
        "then the devices without one; every chip is listed, 0 included, and the counts add up to `devices.total`.",
      resolve: async (d) => {
        const [{ latestPerDevice }, devices] = await Promise.all([d.window(), d.devices()]);
        const chips = deviceChips.map((chip) => ({
          ...chip,
          count: chip.outcomes.reduce((sum, o) => sum + (latestPerDevice.get(o) ?? 0), 0),
        }));
        const withJob = chips.reduce((sum, c) => sum + c.count, 0);
        return [...chips, { outcome: null, outcomes: [], count: Math.max(0, devices.total - withJob) }];
      },
    }),
    series30d: t.field({
      type: [SeriesPointRef],
      description:
        "The last 30 days (UTC), oldest first, from the nightly rollups; today is live. A day the rollup did not " +
        "run repeats the day before; days before the first rollup are 0.",
      resolve: (d) => d.series(),
    }),
  }),
});

builder.queryField("dashboard", (t) =>
  t.withAuth({ capability: "READ" }).field({
    type: DashboardRef,
    description:
      "Dashboard figures for the viewer's tenant: the whole platform for the operator (or one MSP with `mspId`), the " +
      "MSP for its staff, the customer for its members. `customerId` narrows to one customer; an ID outside your " +
      "scope gives zeros.",
    args: {
      customerId: t.arg.id({ description: "Only this customer (its global ID)." }),
      mspId: t.arg.id({ description: "Only this MSP (its global ID); meaningful for the platform operator." }),
    },
    resolve: (_root, args, ctx) => {
      const slice = sliceOf(ctx.viewer, {
        mspId: args.mspId == null ? null : String(args.mspId),
        customerId: args.customerId == null ? null : String(args.customerId),
      });
      const since = last24hStart(ctx);
      return new DashboardData(ctx.prisma, slice, new Date(since.getTime() + 86_400_000), since);
    },
  }),
);
