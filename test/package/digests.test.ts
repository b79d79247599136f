import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { contentDigest } from "../../src/package/digests.js";

describe("contentDigest", () => {
  it("is sha256sum's digest for one file", () => {
    const dir = mkdtempSync(join(tmpdir(), "slipway-digest-"));
    const bytes = Buffer.from([0, 1, 2, 255, 10, 13]);
    writeFileSync(join(dir, "model.joblib"), bytes);
    const expected = execFileSync("sha256sum", [join(dir, "model.joblib")], { encoding: "utf8" }).split(
      " ",
    )[0];
    expect(contentDigest([{ name: "model.joblib", content: bytes }])).toBe(`sha256:${expected}`);
  });

  it("does not depend on the order of several files, but on their names and contents", () => {
    const a = { name: "a.joblib", content: "A" };
    const b = { name: "b.json", content: "B" };
    expect(contentDigest([a, b])).toBe(contentDigest([b, a]));
    expect(contentDigest([a, b])).not.toBe(contentDigest([a, { ...b, content: "C" }]));
    expect(contentDigest([a, b])).not.toBe(contentDigest([a, { ...b, name: "c.json" }]));
  });

  it("is null for no files", () => {
    expect(contentDigest([])).toBeNull();
  });
});
