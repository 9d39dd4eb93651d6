import { ENGINE } from "./constants.js";

/**
 * Dashboard categories of protected items. Comet engine ids are an open set (new engines arrive
 * with server releases), so anything unknown lands in OTHER rather than disappearing.
 */
export const ENGINE_CATEGORIES = {
  FILES_AND_FOLDERS: "Files and Folders",
  DISK_IMAGE: "Disk Image",
  HYPER_V: "Hyper-V",
  VMWARE: "VMware",
  PROXMOX: "Proxmox",
  SQL_SERVER: "SQL Server",
  MICROSOFT_365: "Microsoft 365",
  SYSTEM_STATE: "System State",
  MYSQL: "MySQL",
  MONGODB: "MongoDB",
  EXCHANGE: "Exchange",
  APPLICATION_AWARE_WRITER: "Application-Aware Writer",
  PROGRAM_OUTPUT: "Program Output",
  WINDOWS_SYSTEM_BACKUP: "Windows System Backup",
  OTHER: "Other",
} as const;

export type EngineCategory = keyof typeof ENGINE_CATEGORIES;

const byEngine: Record<string, EngineCategory> = {
  [ENGINE.FILE]: "FILES_AND_FOLDERS",
  [ENGINE.WINDISK]: "DISK_IMAGE",
  [ENGINE.HYPERV]: "HYPER_V",
  [ENGINE.VMWARE]: "VMWARE",
  [ENGINE.PROXMOX]: "PROXMOX",
  [ENGINE.MSSQL]: "SQL_SERVER",
  [ENGINE.MSOFFICE]: "MICROSOFT_365",
  [ENGINE.SYSTEMSTATE]: "SYSTEM_STATE",
  [ENGINE.MYSQL]: "MYSQL",
  [ENGINE.MONGODB]: "MONGODB",
  [ENGINE.EXCHANGEEDB]: "EXCHANGE",
  [ENGINE.VSSWRITER]: "APPLICATION_AWARE_WRITER",
  [ENGINE.STDOUT]: "PROGRAM_OUTPUT",
  [ENGINE.WINDOWSSYSTEM]: "WINDOWS_SYSTEM_BACKUP",
};

export function engineCategory(engine: string): EngineCategory {
  return byEngine[engine] ?? "OTHER";
}

export function engineCategoryLabel(category: EngineCategory): string {
  return ENGINE_CATEGORIES[category];
}
