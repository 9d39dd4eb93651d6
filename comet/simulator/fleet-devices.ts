/**
 * One device of the demo fleet: hostname, platform (Windows/Linux/macOS mix, servers vs desktops vs
 * laptops) and the protected items such a machine typically has. Sizes are bytes; VM counts feed
 * TotalVmCount so Hyper-V / VMware / Proxmox items look like real hypervisors.
 */
import { ENGINE } from "../client/constants.js";
import { LINUX, MACOS, SERVER_ROLES, TIMEZONES, WINDOWS_DESKTOP, WINDOWS_SERVER } from "./fleet-names.js";
import type { Rng } from "./random.js";
import type { DeviceConfig } from "./wire-types.js";

export type DeviceKind = "server" | "desktop" | "laptop";

export interface DeviceItem {
  engine: string;
  description: string;
  size: number;
  vms?: number;
}

const GB = 1024 ** 3;

export function makeDevice(
  rng: Rng,
  slug: string,
  index: number,
  name?: string,
): { kind: DeviceKind; config: DeviceConfig; items: DeviceItem[] } {
  const family = rng.weighted([
    ["winserver", 35],
    ["windesktop", 30],
    ["linux", 20],
    ["mac", 15],
  ] as const);
  const prefix = slug.toUpperCase().slice(0, 6);
  const items: DeviceItem[] = [];
  const files = (description: string, min: number, max: number) =>
    items.push({ engine: ENGINE.FILE, description, size: rng.int(min, max) * GB });
  let kind: DeviceKind;
  let host: string;
  let os: { distribution: string; version: string; build: string };
  let goos: string;
  let arch = "amd64";
  if (family === "winserver") {
    kind = "server";
    const role = rng.pick(SERVER_ROLES);
    host = `${prefix}-${role}${String(index + 1).padStart(2, "0")}`;
    os = rng.pick(WINDOWS_SERVER);
    goos = "windows";
    files("Company shares", 20, 800);
    if (rng.chance(0.6))
      items.push({ engine: ENGINE.SYSTEMSTATE, description: "System State", size: rng.int(8, 30) * GB });
    if (rng.chance(0.5))
      items.push({ engine: ENGINE.WINDISK, description: "Disk Image (C:)", size: rng.int(60, 500) * GB });
    if (role === "SQL" || rng.chance(0.2)) {
      items.push({ engine: ENGINE.MSSQL, description: "SQL Server databases", size: rng.int(5, 400) * GB });
    }
    if (role === "HV" || rng.chance(0.15)) {
      const vms = rng.int(2, 12);
      items.push({ engine: ENGINE.HYPERV, description: "Hyper-V guests", size: vms * rng.int(40, 300) * GB, vms });
    } else if (rng.chance(0.1)) {
      const vms = rng.int(3, 20);
      items.push({ engine: ENGINE.VMWARE, description: "vSphere cluster", size: vms * rng.int(40, 300) * GB, vms });
    }
  } else if (family === "windesktop") {
    kind = rng.chance(0.5) ? "laptop" : "desktop";
    host = `DESKTOP-${rng.hex(7).toUpperCase()}`;
    os = rng.pick(WINDOWS_DESKTOP);
    goos = "windows";
    files("Documents and Desktop", 2, 120);
    if (rng.chance(0.3))
      items.push({ engine: ENGINE.WINDISK, description: "Disk Image", size: rng.int(100, 900) * GB });
  } else if (family === "linux") {
    kind = "server";
    const isPve = rng.chance(0.2);
    host = isPve
      ? `pve-${String(index + 1).padStart(2, "0")}`
      : `${slug}-${rng.pick(["web", "db", "app", "git"])}0${index + 1}`;
    os = isPve ? { distribution: "debian", version: "12", build: "" } : rng.pick(LINUX);
    goos = "linux";
    files("/etc and /home", 1, 60);
    if (isPve) {
      const vms = rng.int(2, 15);
      items.push({ engine: ENGINE.PROXMOX, description: "Proxmox VE guests", size: vms * rng.int(20, 200) * GB, vms });
    } else if (rng.chance(0.3)) {
      items.push({ engine: ENGINE.MYSQL, description: "MySQL databases", size: rng.int(1, 80) * GB });
    }
  } else {
    kind = "laptop";
    host = `${rng.pick(["Jane", "Sam", "Alex", "Chris", "Pat", "Lee"])}s-MacBook-Pro`;
    os = rng.pick(MACOS);
    goos = "darwin";
    arch = "arm64";
    files("Home folder", 10, 400);
  }
  const config: DeviceConfig = {
    FriendlyName: name ?? host,
    PlatformVersion: { version: os.version, distribution: os.distribution, build: os.build, os: goos, arch },
    Sources: {},
    DeviceTimezone: rng.pick(TIMEZONES),
  };
  return { kind, config, items };
}
