/**
 * A quoted cell that spans lines, in a file larger than one read buffer: DuckDB's parallel reader
 * refuses it, and validation must still read every row, keep the cell whole, and number a later
 * ragged row as Frictionless does (by records, header = row 1). The typed reading (drift,
 * infer-schema) reads it in parallel, across buffers.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDuckDB } from "../../../src/data/duckdb.js";
import { openDataset } from "../../../src/data/open-dataset.js";
import { ident, type Sql } from "../../../src/data/sql.js";
import { validateDataset } from "../../../src/data/validate-dataset.js";

const dir = mkdtempSync(join(tmpdir(), "slipway-quoted-breaks-"));
let sql: Sql;
beforeAll(async () => {
  sql = await openDuckDB();
});
afterAll(() => sql.close());

/** ~29 MB: a quoted line break at row 1.5M, and a short row at 2.5M when `ragged`. */
function write(name: string, ragged: boolean): string {
  const rows = Array.from({ length: 3_000_000 }, (_, i) => {
    if (i === 1_500_000) return `${i},"two\nlines"`;
    if (ragged && i === 2_500_000) return `${i}`;
    return `${i},text`;
  });
  writeFileSync(join(dir, name), `id,text\n${rows.join("\n")}\n`);
  return name;
}

describe("a quoted cell spanning lines", () => {
  it("is read whole by validation, and a later short row keeps its record number", async () => {
    write("data.csv", true);
    writeFileSync(
      join(dir, "schema.yaml"),
      'fields:\n  - { name: id, type: integer, constraints: { unique: true } }\n  - { name: text, type: string, constraints: { enum: [text, "two\\nlines"] } }\n',
    );
    const report = await validateDataset(sql, {
      path: "data.csv",
      schema: "schema.yaml",
      cwd: dir,
      now: new Date("2026-12-03T00:00:00Z"),
    });
    expect(report.rows).toBe(3_000_000);
    expect(report.errors.map(({ kind, row, column }) => ({ kind, row, column }))).toEqual([
      { kind: "missing-cell", row: 2_500_002, column: "text" },
    ]);
    expect(report.checks.filter((check) => !check.success)).toEqual([]);
  });

  it("is read whole by the typed reading", async () => {
    const dataset = await openDataset(sql, write("typed.csv", false), { cwd: dir, typed: true });
    expect(dataset.rows).toBe(3_000_000);
    const [row] = await sql.all(
      `SELECT count(*) FILTER (WHERE text = 'two\nlines') AS whole, sum(id) AS ids FROM ${ident(dataset.view)}`,
    );
    expect(row).toEqual({ whole: 1, ids: (2_999_999 * 3_000_000) / 2 });
  });
});
