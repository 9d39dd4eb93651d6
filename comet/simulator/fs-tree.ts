/**
 * Deterministic, believable directory listings for request-stored-objects (inside a snapshot) and
 * request-filesystem-objects (on the live device). A listing depends only on its seed string, so the
 * same TreeID / Path always shows the same children. `subtree` tokens are opaque to clients; ours
 * are base64url of the directory path.
 */
import { createHash } from "node:crypto";
import { Rng } from "./random.js";
import type { StoredObject } from "./wire-types.js";

const DIRS = "Documents Projects Finance Photos Archive Shared Invoices Contracts Scans Reports 2024 2025 HR Clients";
const FILES = "budget report invoice notes contract scan proposal minutes backup export summary design plan";
const EXT = ["docx", "xlsx", "pdf", "txt", "jpg", "png", "pptx", "csv", "zip", "msg"];

function seeded(seed: string): Rng {
  return new Rng(createHash("sha256").update(seed).digest().readUInt32LE(0));
}

export const encodeTree = (path: string) => Buffer.from(path, "utf8").toString("base64url");
export const decodeTree = (tree: string) => Buffer.from(tree, "base64url").toString("utf8");

export function listDirectory(seed: string, path: string, depth: number, nowSec: number): StoredObject[] {
  const rng = seeded(`${seed}|${path}`);
  const out: StoredObject[] = [];
  const sep = path.includes("\\") ? "\\" : "/";
  const join = (name: string) => (path.endsWith(sep) ? `${path}${name}` : `${path}${sep}${name}`);
  if (depth < 4) {
    const names = rng.shuffle(DIRS.split(" ")).slice(0, rng.int(1, 5));
    for (const name of names) {
      const files = rng.int(3, 4000);
      out.push({
        name,
        mtime: nowSec - rng.int(3600, 400 * 86400),
        type: "dir",
        subtree: encodeTree(join(name)),
        size: 0,
        r: true,
        f: files,
        b: files * rng.int(20, 4000) * 1024,
        d: rng.int(0, 60),
      });
    }
  }
  const words = FILES.split(" ");
  for (let i = rng.int(2, 12); i > 0; i--) {
    out.push({
      name: `${rng.pick(words)}-${rng.int(1, 999)}.${rng.pick(EXT)}`,
      mtime: nowSec - rng.int(60, 400 * 86400),
      type: "file",
      subtree: "",
      size: rng.int(1, 50000) * 1024,
    });
  }
  return out;
}

/** Top-level paths of a live device, by platform. */
export function deviceRoots(platform: string, nowSec: number): StoredObject[] {
  const roots = platform === "windows" ? ["C:\\", "D:\\"] : platform === "darwin" ? ["/Users", "/Volumes"] : ["/"];
  return roots.map((name) => ({ name, mtime: nowSec, type: "dir", subtree: encodeTree(name), size: 0 }));
}
