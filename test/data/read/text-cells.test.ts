/**
 * read_csv is given a small read buffer (two of the longest lines Slipway reads) instead of DuckDB's
 * 16 × max_line_size. The longest line accepted must still read when it straddles two buffers, and a
 * quoted cell spanning lines — which stops DuckDB's parallel null-padding reader, whatever the buffer
 * size — must still read serially, as the staged reading retries it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDuckDB } from "../../../src/data/duckdb.js";
import { DEFAULT_DIALECT } from "../../../src/data/read/dialect.js";
import { MAX_LINE_BYTES } from "../../../src/data/read/scan-text-file.js";
import { textCells } from "../../../src/data/read/text-cells.js";
import type { Sql } from "../../../src/data/sql.js";

const dir = mkdtempSync(join(tmpdir(), "slipway-text-cells-"));
let sql: Sql;
beforeAll(async () => {
  sql = await openDuckDB();
});
afterAll(() => sql.close());

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const COLUMNS = ["c1", "c2", "__extra1"];

describe("textCells' read buffer", () => {
  it("is smaller than DuckDB's default, and still reads the longest line accepted across a buffer's edge", async () => {
    const source = textCells(write("tiny.csv", "id,v\n1,x\n"), DEFAULT_DIALECT, COLUMNS, 1);
    const buffer = Number(/buffer_size=(\d+)/.exec(source)?.[1]);
    expect(buffer).toBeLessThan(16 * MAX_LINE_BYTES);
    const long = "y".repeat(MAX_LINE_BYTES - 16);
    // About 23 MB: the long line starts near 10 MB and ends past the first buffer's edge.
    const rows = Array.from({ length: 2_000_000 }, (_, i) => (i === 1_300_000 ? `${i},${long}` : `${i},x`));
    const path = write("long-line.csv", `id,v\n${rows.join("\n")}\n`);
    const [row] = await sql.all(
      `SELECT count(*) AS n, max(length(c2)) AS longest, count(__extra1) AS extra FROM ${textCells(path, DEFAULT_DIALECT, COLUMNS, 1)}`,
    );
    expect(row).toEqual({ n: 2_000_000, longest: long.length, extra: 0 });
  });

  it("reads a quoted cell spanning lines: in parallel, or refused with the hint the staged reading retries serially on", async () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => (i === 200_000 ? `${i},"two\nlines"` : `${i},x`));
    const path = write("quoted.csv", `id,v\n${rows.join("\n")}\n`);
    const query = (serial: boolean) =>
      sql.all(
        `SELECT count(*) AS n, count(*) FILTER (WHERE c2 = 'two\nlines') AS quoted, count(__extra1) AS extra FROM ${textCells(path, DEFAULT_DIALECT, COLUMNS, 1, serial)}`,
      );
    const expected = { n: 300_000, quoted: 1, extra: 0 };
    expect((await query(true))[0]).toEqual(expected);
    const parallel = await query(false).then(
      ([row]) => row,
      (error: Error) => error.message,
    );
    if (typeof parallel === "string") expect(parallel).toMatch(/parallel=false/);
    else expect(parallel).toEqual(expected);
  });
});
