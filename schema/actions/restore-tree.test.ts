import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../core/errors.js";
import { childPath, decodeTreeToken, encodeTreeToken, listingOf } from "./restore-tree.js";

describe("restore tree paths", () => {
  it("roots relative top-level names at / and keeps absolute ones and drives as they are", () => {
    expect(childPath("", "Documents")).toBe("/Documents");
    expect(childPath("", "/Users")).toBe("/Users");
    expect(childPath("", "C:\\")).toBe("C:\\");
  });

  it("joins with the separator of the parent path", () => {
    expect(childPath("/Documents", "a.txt")).toBe("/Documents/a.txt");
    expect(childPath("/", "etc")).toBe("/etc");
    expect(childPath("C:\\", "Users")).toBe("C:\\Users");
    expect(childPath("C:\\Users", "jo")).toBe("C:\\Users\\jo");
    expect(childPath("C:", "Users")).toBe("C:\\Users");
  });

  it("carries Comet's subtree and the path through the token, and refuses anything else on the named field", () => {
    const token = encodeTreeToken("opaque==", "/Documents");
    expect(decodeTreeToken(token, "treeId")).toEqual({ subtree: "opaque==", path: "/Documents" });
    for (const bad of ["", "not-a-token", Buffer.from('{"s":1}').toString("base64url")]) {
      const error = (() => {
        try {
          decodeTreeToken(bad, "treeId");
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).fieldErrors[0]!.path).toEqual(["treeId"]);
    }
  });

  it("lists directories first, then by name, with a token only for directories", () => {
    const obj = (name: string, type: string, subtree = "") => ({ name, type, subtree, mtime: 0, size: 1 });
    const listing = listingOf("/x", [obj("b.txt", "file"), obj("Zed", "dir", "t1"), obj("a.txt", "file")], (o) =>
      o.subtree ? `tok:${o.subtree}` : null,
    );
    expect(listing.entries.map((e) => [e.path, e.isDirectory, e.subtree])).toEqual([
      ["/x/Zed", true, "tok:t1"],
      ["/x/a.txt", false, null],
      ["/x/b.txt", false, null],
    ]);
  });
});
