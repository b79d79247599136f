import { afterAll, describe, expect, test } from "@jest/globals";
import { expandGlob, globMatcher, isGlob } from "../../src/config/globs.js";
import { workingTreeFiles } from "../../src/model/files/model-files.js";
import { removeTempDirs, tempDir } from "../model/helpers/temp-dir.js";

afterAll(removeTempDirs);

describe("globMatcher (picomatch syntax)", () => {
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
    ["data/part-[0-9].csv", "data/part-3.csv", true],
    ["data/part-[0-9].csv", "data/part-x.csv", false],
    ["{train,test}.csv", "test.csv", true],
    ["m.json", "mXjson", false],
  ])("%s matches %s: %s", (pattern, path, matches) => {
    expect(globMatcher(pattern)(path)).toBe(matches);
  });

  test.each([
    ["reports/*.xml", true],
    ["reports/junit.xml", false],
    ["a?b", true],
    ["data/part-[0-9].csv", true],
    ["{train,test}.csv", true],
    // A real file name with parentheses is a path, not a picomatch group.
    ["metrics(1).json", false],
  ])("isGlob(%s) is %s", (pattern, expected) => {
    expect(isGlob(pattern)).toBe(expected);
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
