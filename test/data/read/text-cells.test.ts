/**
 * read_csv is given a small read buffer (two of the longest lines Slipway reads) only when no quoted
 * cell can span lines: DuckDB's parallel reader cannot pad short rows across a quoted line break that
 * falls between buffers. These tests hold both halves of that rule: the small buffer still reads the
 * longest line we accept, and a file with quote characters keeps DuckDB's own buffer.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDuckDB } from "../../../src/data/duckdb.js";
import { DEFAULT_DIALECT } from "../../../src/data/read/dialect.js";
import { MAX_LINE_BYTES, scanTextFile } from "../../../src/data/read/scan-text-file.js";
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
  it("asks for the small buffer for a file without quotes, and it still reads the longest line accepted", async () => {
    const long = "y".repeat(MAX_LINE_BYTES - 16);
    // About 23 MB: the long line starts near 10 MB and ends past the first small buffer's edge.
    const rows = Array.from({ length: 2_000_000 }, (_, i) => (i === 1_300_000 ? `${i},${long}` : `${i},x`));
    const path = write("unquoted.csv", `id,v\n${rows.join("\n")}\n`);
    const scan = await scanTextFile(path, path, null);
    expect(scan.quoteChars).toEqual([]);
    const source = textCells(scan, DEFAULT_DIALECT, COLUMNS, 1);
    expect(source).toMatch(/buffer_size=\d+/);
    const [row] = await sql.all(
      `SELECT count(*) AS n, max(length(c2)) AS longest, count(__extra1) AS extra FROM ${source}`,
    );
    expect(row).toEqual({ n: 2_000_000, longest: long.length, extra: 0 });
  });

  it("keeps DuckDB's own buffer when the dialect's quote occurs, so a quoted line break reads in parallel", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => (i === 500 ? `${i},"two\nlines"` : `${i},x`));
    const path = write("quoted.csv", `id,v\n${rows.join("\n")}\n`);
    const scan = await scanTextFile(path, path, null);
    expect(scan.quoteChars).toEqual(['"']);
    const source = textCells(scan, DEFAULT_DIALECT, COLUMNS, 1);
    expect(source).not.toMatch(/buffer_size/);
    const [row] = await sql.all(
      `SELECT count(*) AS n, count(*) FILTER (WHERE c2 = 'two\nlines') AS quoted FROM ${source}`,
    );
    expect(row).toEqual({ n: 1000, quoted: 1 });
  });

  it("notes a quote character only where the file holds it, and honours another stated quote", async () => {
    const path = write("single.csv", "id,v\n1,'a'\n");
    const scan = await scanTextFile(path, path, null);
    expect(scan.quoteChars).toEqual(["'"]);
    expect(textCells(scan, DEFAULT_DIALECT, COLUMNS, 1)).toMatch(/buffer_size/);
    expect(textCells(scan, { ...DEFAULT_DIALECT, quote: "'" }, COLUMNS, 1)).not.toMatch(/buffer_size/);
    // A quote we do not look for may be anywhere: DuckDB's own buffer.
    expect(textCells(scan, { ...DEFAULT_DIALECT, quote: "|" }, COLUMNS, 1)).not.toMatch(/buffer_size/);
    expect(textCells(scan, { ...DEFAULT_DIALECT, quote: "" }, COLUMNS, 1)).toMatch(/buffer_size/);
  });
});
