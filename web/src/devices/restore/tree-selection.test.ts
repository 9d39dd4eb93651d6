import { describe, expect, it } from "vitest";
import { coveringFolder, isInside, toggleSelection } from "./tree-selection.js";

describe("snapshot tree selection", () => {
  it("knows what lies inside a folder, with either separator, and not a sibling sharing a prefix", () => {
    expect(isInside("/home", "/home/a.txt")).toBe(true);
    expect(isInside("/home", "/home/docs/b.txt")).toBe(true);
    expect(isInside("/home", "/homework")).toBe(false);
    expect(isInside("/home", "/home")).toBe(false);
    expect(isInside("C:", "C:\\Users")).toBe(true);
    expect(isInside("C:\\Users", "C:\\Users\\ann")).toBe(true);
    expect(isInside("C:\\", "C:\\Users")).toBe(true);
  });

  it("sends a selected folder instead of the paths inside it", () => {
    let selected = toggleSelection([], "/home/a.txt", true);
    selected = toggleSelection(selected, "/etc/hosts", true);
    selected = toggleSelection(selected, "/home", true);
    expect(selected).toEqual(["/etc/hosts", "/home"]);
    expect(coveringFolder(selected, "/home/docs/b.txt")).toBe("/home");
    // Checking something the folder covers changes nothing; unchecking the folder frees its content.
    expect(toggleSelection(selected, "/home/b.txt", true)).toEqual(selected);
    expect(toggleSelection(selected, "/home", false)).toEqual(["/etc/hosts"]);
  });
});
