/**
 * Failing-row samples are first fetched from the first failing rows in file order (a query that
 * stops early); a check whose failures come only after them falls back to the full scan. Both must
 * give each check its first 20 failing rows, with the file's row numbers.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDuckDB } from "../../../src/data/duckdb.js";
import type { Sql } from "../../../src/data/sql.js";
import { validateDataset } from "../../../src/data/validate-dataset.js";

let sql: Sql;
let dir: string;
beforeAll(async () => {
  sql = await openDuckDB();
  dir = mkdtempSync(join(tmpdir(), "slipway-samples-"));
  writeFileSync(
    join(dir, "schema.yaml"),
    "fields: [{ name: a, type: integer, constraints: { minimum: 0 } }, { name: b, type: integer, constraints: { maximum: 5 } }]\n",
  );
});
afterAll(() => sql.close());

async function samples(lines: string[]) {
  writeFileSync(join(dir, "data.csv"), `a,b\n${lines.join("\n")}\n`);
  const report = await validateDataset(sql, {
    path: "data.csv",
    schema: "schema.yaml",
    cwd: dir,
    now: new Date(0),
  });
  const of = (id: string) => report.checks.find((check) => check.id === id)!;
  return { a: of("a.minimum"), b: of("b.maximum") };
}

describe("failing-row samples", () => {
  it("takes them from the first failing rows when every check fails early", async () => {
    const lines = Array.from(
      { length: 500 },
      (_, i) => `${i % 3 === 0 ? -(i + 1) : i},${i % 4 === 1 ? 9 : 1}`,
    );
    const { a, b } = await samples(lines);
    expect(a.unexpected_count).toBe(167);
    expect(a.samples.map((s) => s.row)).toEqual(Array.from({ length: 20 }, (_, i) => 3 * i + 1));
    expect(b.samples.map((s) => s.row)).toEqual(Array.from({ length: 20 }, (_, i) => 4 * i + 2));
  });

  it("scans on when a check fails only after the other check's first failures", async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${-1 - i},1`);
    lines.push("5,6");
    const { a, b } = await samples(lines);
    expect(a.samples.map((s) => s.row)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(b.unexpected_count).toBe(1);
    expect(b.samples).toEqual([{ row: 301, value: "6" }]);
  });
});
