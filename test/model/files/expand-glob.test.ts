import { afterAll, describe, expect, test } from "@jest/globals";
import { expandGlob, globToRegExp, hasGlob } from "../../../src/model/files/expand-glob.js";
import { workingTreeFiles } from "../../../src/model/files/model-files.js";
import { removeTempDirs, tempDir } from "../helpers/temp-dir.js";

afterAll(removeTempDirs);

describe("globToRegExp", () => {
  test.each([
    ["reports/*.xml", "reports/junit.xml", true],
    ["reports/*.xml", "reports/sub/junit.xml", false],
    ["reports/*.xml", "reports/junit.xml.bak", false],
    ["reports/junit-?.xml", "reports/junit-1.xml", true],
    ["reports/junit-?.xml", "reports/junit-12.xml", false],
    ["**/junit.xml", "junit.xml", true],
    ["**/junit.xml", "a/b/c/junit.xml", true],
    ["results/**", "results/a/b.xml", true],
    ["./reports/*.xml", "reports/a.xml", true],
    ["metrics(1).json", "metrics(1).json", true],
    ["m.json", "mXjson", false],
  ])("%s matches %s: %s", (pattern, path, matches) => {
    expect(globToRegExp(pattern).test(path)).toBe(matches);
  });

  test.each([
    ["reports/*.xml", true],
    ["reports/junit.xml", false],
    ["a?b", true],
  ])("hasGlob(%s) is %s", (pattern, expected) => {
    expect(hasGlob(pattern)).toBe(expected);
  });
});

describe("expandGlob", () => {
  test("lists the matching files under the root, sorted, and skips .git", () => {
    const root = tempDir({
      "reports/b.xml": "",
      "reports/a.xml": "",
      "reports/notes.txt": "",
      "reports/deep/c.xml": "",
      ".git/reports/x.xml": "",
    });
    expect(expandGlob(root, "reports/*.xml")).toEqual(["reports/a.xml", "reports/b.xml"]);
    expect(expandGlob(root, "reports/**/*.xml")).toEqual([
      "reports/a.xml",
      "reports/b.xml",
      "reports/deep/c.xml",
    ]);
    expect(expandGlob(root, "**/*.xml")).toEqual(["reports/a.xml", "reports/b.xml", "reports/deep/c.xml"]);
    expect(expandGlob(root, "missing/*.xml")).toEqual([]);
  });

  test("workingTreeFiles reads files, says null for absent ones, and expands globs", async () => {
    const root = tempDir({ "m/a.json": "{}", "m/b.json": "[]" });
    const files = workingTreeFiles(root);
    expect((await files.read("m/a.json"))?.toString()).toBe("{}");
    expect(await files.read("m/none.json")).toBeNull();
    expect(await files.expand("m/*.json")).toEqual(["m/a.json", "m/b.json"]);
    expect(await files.expand("m/a.json")).toEqual(["m/a.json"]);
    await expect(files.read("m")).rejects.toThrow(/^m: cannot be read \(EISDIR\)/);
  });
});
