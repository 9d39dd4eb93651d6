import { ENGINE } from "../../comet/client/constants.js";
import { ENGINE_CATEGORIES, type EngineCategory, engineCategory } from "../../comet/client/engine-category.js";
import { builder } from "../builder.js";

/**
 * Protected Item engines in GraphQL terms: the SDK label of each engine (shared/comet-api.md
 * §6.3) and the dashboard category enum (comet/client/engine-category.ts).
 */

const engineLabels: Record<string, string> = {
  [ENGINE.FILE]: "Files and Folders",
  [ENGINE.STDOUT]: "Program Output",
  [ENGINE.MYSQL]: "MySQL",
  [ENGINE.SYSTEMSTATE]: "Windows Server System State",
  [ENGINE.MSSQL]: "Microsoft SQL Server",
  [ENGINE.WINDOWSSYSTEM]: "Windows System Backup",
  [ENGINE.EXCHANGEEDB]: "Microsoft Exchange Server",
  [ENGINE.VSSWRITER]: "Application-Aware Writer",
  [ENGINE.HYPERV]: "Microsoft Hyper-V",
  [ENGINE.WINDISK]: "Disk Image",
  [ENGINE.MONGODB]: "MongoDB",
  [ENGINE.MSOFFICE]: "Office 365",
  [ENGINE.VMWARE]: "VMware",
  [ENGINE.PROXMOX]: "Proxmox (PVE)",
};

/** Comet's label for an engine id; an engine this release does not know shows its raw id. */
export function engineLabel(engine: string): string {
  return engineLabels[engine] ?? engine;
}

const knownEngines: string[] = Object.values(ENGINE);

/** `where.engine` for the items of one category (OTHER: every engine no category claims). */
export function enginesOf(category: EngineCategory): { in: string[] } | { notIn: string[] } {
  if (category === "OTHER") return { notIn: knownEngines.filter((e) => engineCategory(e) !== "OTHER") };
  return { in: knownEngines.filter((e) => engineCategory(e) === category) };
}

export const EngineCategoryRef = builder.enumType("EngineCategory", {
  description: "Dashboard category of a protected item's engine; engines Partner Hub does not know are `OTHER`.",
  values: Object.fromEntries(
    Object.entries(ENGINE_CATEGORIES).map(([key, label]) => [key, { description: `${label}.` }]),
  ) as { [K in EngineCategory]: { description: string } },
});
