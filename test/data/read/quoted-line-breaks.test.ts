/**
 * A quoted cell that spans lines, in a file larger than one read buffer: DuckDB's parallel reader
 * refuses it, and validation must still read every row, keep the cell whole, and number a later
 * ragged row as Frictionless does (by records, header = row 1).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDuckDB } from "../../../src/data/duckdb.js";
import type { Sql } from "../../../src/data/sql.js";
import { validateDataset } from "../../../src/data/validate-dataset.js";

const dir = mkdtempSync(join(tmpdir(), "slipway-quoted-breaks-"));
let sql: Sql;
beforeAll(async () => {
  sql = await openDuckDB();
});
afterAll(() => sql.close());

describe("a quoted cell spanning lines", () => {
  it("is read whole, and a later short row keeps its record number", async () => {
    const rows = Array.from({ length: 3_000_000 }, (_, i) => {
      if (i === 1_500_000) return `${i},"two\nlines"`;
      if (i === 2_500_000) return `${i}`;
      return `${i},text`;
    });
    writeFileSync(join(dir, "data.csv"), `id,text\n${rows.join("\n")}\n`); // ~29 MB
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
});
