/**
 * The pre-scan reads a file in 4 MiB chunks into one reused buffer: blank lines, multi-byte UTF-8
 * characters and NUL bytes must be found exactly where they are, also across a chunk's edge. The
 * expected lines come from splitting the whole file in memory.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { scanTextFile } from "../../../src/data/read/scan-text-file.js";
import { InputError } from "../../../src/errors.js";

const CHUNK = 4 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "slipway-scan-chunks-"));

/** A CSV whose row at byte `at` is padded so that `insert` starts exactly at that offset. */
function fileWith(name: string, inserts: { at: number; text: string }[], lineEnd = "\n"): string {
  const parts = [`id,name${lineEnd}`];
  let length = Buffer.byteLength(parts[0]!); // the file is ASCII up to each insert
  let i = 0;
  for (const insert of [...inserts].sort((a, b) => a.at - b.at)) {
    while (length + 40 < insert.at) {
      const row = `${++i},row ${i}${lineEnd}`;
      parts.push(row);
      length += row.length;
    }
    const gap = insert.at - length - lineEnd.length;
    const pad = `${"x".repeat(Math.max(0, gap))}${lineEnd}`;
    parts.push(pad, insert.text);
    length += pad.length + Buffer.byteLength(insert.text);
  }
  parts.push(`${++i},last${lineEnd}`);
  const path = join(dir, name);
  writeFileSync(path, parts.join(""));
  return path;
}

function blankLinesOf(text: string): number[] {
  return text
    .split("\n")
    .slice(0, -1)
    .map((line, i) => (line.replace(/\r$/, "") === "" ? i + 1 : 0))
    .filter((line) => line > 0);
}

describe("scanTextFile across chunk edges", () => {
  it.each([
    ["\\n, blank line ending on the edge", "\n", CHUNK - 1],
    ["\\n, blank line on the edge", "\n", CHUNK],
    ["\\n, blank line after the edge", "\n", CHUNK + 1],
    ["\\r\\n, blank line across the edge", "\r\n", CHUNK - 1],
    ["\\r\\n, blank line on the edge", "\r\n", CHUNK],
  ])("finds blank lines (%s)", async (_, lineEnd, at) => {
    const path = fileWith(
      `blank-${at}-${lineEnd.length}.csv`,
      [{ at, text: `${lineEnd}7,after${lineEnd}` }],
      lineEnd,
    );
    const expected = blankLinesOf(readFileSync(path, "utf8"));
    expect(expected.length).toBe(1);
    const scan = await scanTextFile(path, "f.csv", null);
    expect(scan.blankLines).toEqual(expected);
    expect(scan.encodingError).toBeNull();
    expect(scan.head.startsWith("id,name")).toBe(true);
  });

  it("keeps a multi-byte character split by the edge valid, and the head intact", async () => {
    for (const shift of [1, 2, 3]) {
      const path = fileWith(`utf8-${shift}.csv`, [{ at: CHUNK - shift, text: "8,€uro 😀\n" }]);
      const scan = await scanTextFile(path, "f.csv", null);
      expect(scan.encodingError).toBeNull();
      expect(scan.blankLines).toEqual([]);
      expect(scan.head.split("\n")[0]).toBe("id,name");
    }
  });

  it("names the line of a NUL byte after the edge and of bad UTF-8 after the edge", async () => {
    const nul = fileWith("nul.csv", [{ at: CHUNK + 10, text: "9,a\u0000b\n" }]);
    const bytes = readFileSync(nul, "latin1");
    const nulLine = bytes.slice(0, bytes.indexOf("\u0000")).split("\n").length;
    await expect(scanTextFile(nul, "nul.csv", null)).rejects.toThrow(InputError);
    await expect(scanTextFile(nul, "nul.csv", null)).rejects.toMatchObject({ where: { line: nulLine } });

    const badPath = join(dir, "bad.csv");
    const good = readFileSync(fileWith("bad-base.csv", [{ at: CHUNK + 5, text: "10,BAD\n" }]));
    const at = good.indexOf("BAD");
    good[at] = 0xe9; // Latin-1 é: not UTF-8
    writeFileSync(badPath, good);
    const badLine = good.subarray(0, at).toString("latin1").split("\n").length;
    const scan = await scanTextFile(badPath, "bad.csv", null);
    expect(scan.encodingError).toEqual({ line: badLine });
  });
});
