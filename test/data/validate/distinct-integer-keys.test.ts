/**
 * An integer key's distinct values are counted in a bitmap over its range (bitstring_agg) when the
 * range is at most a few bits a row, else with count(DISTINCT). Either way `unique` and `primaryKey`
 * must find exactly the duplicates there are: here against a count made in JavaScript, on keys
 * dense and sparse, negative, beyond 2^53, missing, in CSV and in Parquet.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDuckDB } from "../../../src/data/duckdb.js";
import type { Sql } from "../../../src/data/sql.js";
import { validateDataset } from "../../../src/data/validate-dataset.js";
import type { DataReport } from "../../../src/report/types.js";

const NOW = new Date("2026-12-03T12:00:00Z");
const dir = mkdtempSync(join(tmpdir(), "slipway-distinct-keys-"));
let sql: Sql;
/** Every statement the validation ran. */
const statements: string[] = [];

beforeAll(async () => {
  const engine = await openDuckDB();
  sql = {
    all: (text) => {
      statements.push(text);
      return engine.all(text);
    },
    run: (text) => {
      statements.push(text);
      return engine.run(text);
    },
    close: () => engine.close(),
  };
});
afterAll(() => sql.close());

const SCHEMA = `
fields:
  - { name: id, type: integer, constraints: { unique: true } }
  - { name: key, type: integer }
primaryKey: key
`;

/** Rows in groups of a repeated non-missing key (the unexpected count of `unique`, as GX counts). */
function duplicatedRows(keys: readonly (bigint | null)[]): number {
  const seen = new Map<string, number>();
  for (const key of keys) if (key !== null) seen.set(String(key), (seen.get(String(key)) ?? 0) + 1);
  return [...seen.values()].filter((n) => n > 1).reduce((sum, n) => sum + n, 0);
}

async function validate(name: string, ids: readonly (bigint | null)[], parquet = false): Promise<DataReport> {
  const csv = join(dir, `${name}.csv`);
  const lines = ids.map((id, i) => `${id ?? ""},${i + 1}`);
  writeFileSync(csv, `id,key\n${lines.join("\n")}\n`);
  const schema = join(dir, `${name}.yaml`);
  writeFileSync(schema, SCHEMA);
  let path = csv;
  if (parquet) {
    path = join(dir, `${name}.parquet`);
    await sql.run(
      `COPY (SELECT CAST(id AS BIGINT) AS id, CAST(key AS BIGINT) AS key FROM read_csv('${csv}', all_varchar=true)) TO '${path}' (FORMAT parquet)`,
    );
  }
  statements.length = 0;
  return validateDataset(sql, { path, schema, cwd: dir, now: NOW });
}

function unexpected(report: DataReport, id: string): number {
  const check = report.checks.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check.success ? 0 : check.unexpected_count;
}

const range = (from: bigint, count: number) => Array.from({ length: count }, (_, i) => from + BigInt(i));

const CASES: [string, "bitmap" | "distinct", (bigint | null)[]][] = [
  ["dense, unique", "bitmap", range(1n, 5000)],
  ["dense, one repeat", "bitmap", [...range(1n, 5000), 2500n]],
  ["dense, missing keys", "bitmap", [null, ...range(10n, 3000), null, 3009n]],
  ["negative", "bitmap", range(-2000n, 4000)],
  ["beyond 2^53, repeated", "bitmap", [...range(9007199254740990n, 100), 9007199254741000n]],
  ["sparse, unique", "distinct", range(0n, 2000).map((i) => i * 1_000_003n)],
  ["sparse, one repeat", "distinct", [...range(0n, 2000).map((i) => i * 1_000_003n), 1_000_003n]],
  ["all missing", "bitmap", [null, null, null]],
];

describe("distinct integer keys", () => {
  it.each(CASES)("%s: unique finds exactly the repeated keys, counted in a %s", async (name, way, ids) => {
    for (const parquet of [false, true]) {
      const report = await validate(`${name.replace(/\W+/g, "-")}-${parquet}`, ids, parquet);
      expect(unexpected(report, "id.unique")).toBe(duplicatedRows(ids));
      const counted = statements.filter((text) => /bitstring_agg|count\(DISTINCT/.test(text)).join("\n");
      if (ids.some((id) => id !== null))
        expect(counted).toMatch(way === "bitmap" ? /bitstring_agg/ : /count\(DISTINCT t0\)/);
      // The primary key (1..n, never repeated) is counted in a bitmap too, and passes.
      expect(unexpected(report, "primaryKey")).toBe(0);
    }
  });
});
