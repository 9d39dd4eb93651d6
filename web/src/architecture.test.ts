import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * How the web client's modules may depend on each other, checked on the source itself (STYLE:
 * dependencies point one way). Test helpers live in test-kit/, which only tests import: the
 * production bundle never carries vitest or a scripted API. Tests provide the client, session,
 * live source and toast sink through context (test-kit/providers.tsx) instead of replacing our
 * modules (STYLE rule 11).
 */

const src = path.dirname(fileURLToPath(import.meta.url));
const modules = readdirSync(src, { recursive: true, encoding: "utf8" })
  .filter((f) => /\.tsx?$/.test(f) && !f.startsWith(`gql${path.sep}`))
  .map((f) => f.split(path.sep).join("/"));
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const isTestKit = (file: string) => file.startsWith("test-kit/");

/** Every module specifier a file imports (static, dynamic and side-effect imports). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(src, file), "utf8");
  const found = text.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)["']([^"']+)["']/g);
  return [...found].map((m) => m[1] ?? "");
}

/** The modules of web/src a file imports (relative specifiers resolved to their .ts/.tsx file). */
function localImportsOf(file: string): string[] {
  return importsOf(file)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => path.posix.join(path.posix.dirname(file), spec).replace(/\.js$/, ""))
    .flatMap((base) => [`${base}.ts`, `${base}.tsx`].filter((f) => existsSync(path.join(src, f))))
    .filter((f) => !f.startsWith("gql/"));
}

/** Every import cycle, each as the path that closes it. */
function importCycles(): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    const at = trail.indexOf(file);
    if (at >= 0) return void cycles.push([...trail.slice(at), file]);
    if (done.has(file)) return;
    for (const next of localImportsOf(file)) visit(next, [...trail, file]);
    done.add(file);
  };
  for (const file of modules) visit(file, []);
  return cycles;
}

describe("web module boundaries", () => {
  it("keeps test helpers and vitest out of production modules", () => {
    const offenders = modules
      .filter((f) => !isTest(f) && !isTestKit(f))
      .flatMap((f) =>
        importsOf(f)
          .filter((spec) => spec === "vitest" || spec.startsWith("vitest/") || spec.includes("test-kit/"))
          .map((spec) => `${f} imports ${spec}`),
      );
    expect(offenders).toEqual([]);
    // The check sees the modules at all: the test kit itself imports vitest.
    expect(importsOf("test-kit/scripted-api.ts")).toContain("vitest");
  });

  it("lets no test replace one of our own modules", () => {
    const mocking = modules.filter((f) => {
      const text = readFileSync(path.join(src, f), "utf8");
      return /vi\.(?:do)?mock\(\s*["'](?:\.|\/)/.test(text);
    });
    expect(mocking).toEqual([]);
  });

  it("declares no copy of a schema enum: codegen's types are the only ones", () => {
    const generated = readFileSync(path.join(src, "gql/graphql.ts"), "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "");
    const enums = new Map<string, string>();
    for (const m of generated.matchAll(/export type (\w+) =((?:\s*\|?\s*'\w+')+);/g)) {
      enums.set(
        [...(m[2] ?? "").matchAll(/'(\w+)'/g)]
          .map((v) => v[1])
          .sort()
          .join(" "),
        m[1] ?? "",
      );
    }
    expect(enums.get("ERROR MISSED RUNNING SUCCESS WARNING")).toBe("JobStatus");
    const copies = modules.flatMap((f) =>
      [...readFileSync(path.join(src, f), "utf8").matchAll(/type (\w+)\s*=((?:\s*\|?\s*"\w+")+)\s*;/g)]
        .map((m) => ({
          name: m[1],
          values: [...(m[2] ?? "").matchAll(/"(\w+)"/g)]
            .map((v) => v[1])
            .sort()
            .join(" "),
        }))
        .filter((t) => enums.has(t.values))
        .map((t) => `${f}: ${t.name} copies ${enums.get(t.values)}`),
    );
    expect(copies).toEqual([]);
  });

  it("has no import cycles (type-only imports included)", () => {
    expect(importCycles().map((c) => c.join(" -> "))).toEqual([]);
    // The walk follows imports at all: the app reaches the dashboard through its routes.
    expect(localImportsOf("routes.ts")).toContain("dashboard/DashboardPage.tsx");
  });

  it("lets an area import only its own CSS and lib's (shared styles live in lib/ or styles.css)", () => {
    const areaOf = (file: string) => (file.includes("/") ? file.split("/")[0] : "");
    const offenders = modules.flatMap((f) =>
      importsOf(f)
        .filter((spec) => spec.endsWith(".css"))
        .map((spec) => path.posix.join(path.posix.dirname(f), spec))
        .filter((css) => areaOf(css) !== areaOf(f) && areaOf(css) !== "lib")
        .map((css) => `${f} imports ${css}`),
    );
    expect(offenders).toEqual([]);
    expect(importsOf("main.tsx")).toContain("./styles.css");
  });
});
