/**
 * The same schema and data give the same check results from a CSV file (DuckDB) and from a
 * PostgreSQL table (the checks compiled for PostgreSQL and run inside it), row numbers aside, for
 * every check type: once with every column stored as text (so the casts are PostgreSQL's), once
 * with native column types.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import pg from "pg";
import { openPostgres, type PostgresSql } from "../../../src/data/dialect/open-postgres.js";
import { openDuckDB } from "../../../src/data/duckdb.js";
import type { Sql } from "../../../src/data/sql.js";
import { validateDataset } from "../../../src/data/validate-dataset.js";
import { validateTable } from "../../../src/data/validate-table.js";
import type { CheckName, CheckResult, DataReport } from "../../../src/report/types.js";
import {
  loadTable,
  postgresRequired,
  postgresUnreachable,
  postgresUrl,
} from "../../helpers/test-postgres.js";

const NOW = new Date("2026-11-28T12:00:00Z");
const problem = await postgresUnreachable();
const schemaName = `slipway_pushdown_${process.pid}`;

const HEADER = ["id", "age", "email", "plan", "score", "joined", "seen", "starts", "vip"] as const;
const ROWS: string[][] = [
  ["1", "34", "a@example.com", "pro", "0.5", "2024-01-02", "2026-11-28 10:00:00", "08:30:00", "true"],
  ["2", "-3", "b@example.com", "free", "0.7", "2024-02-03", "2026-11-27T09:00:00Z", "09:00", "false"],
  ["3", "150", "not-an-email", "gold", "1.5", "2024-02-30", "2026-11-20 00:00:00", "25:00", "yes"],
  ["4", "", "c@example.com", "pro", "0.2", "2024-13-01", "not a time", "10:15:00", "true"],
  ["5", "abc", "d@example.com", "free", "", "2024-04-05", "2026-11-01 12:00:00", "", "false"],
  ["6", "1.5", "averyveryverylongname@example.com", "pro", "x", "2023-12-31", "", "11:00:00", ""],
  ["", "40", "e@example.com", "free", "0.9", "2024-05-06", "2026-11-28 11:00:00", "12:00:00", "true"],
  ["7", "41", "e@example.com", "free", "0.95", "2024-05-06", "2026-11-28 11:00:00", "12:00:00", "true"],
  ["7", "41", "e@example.com", "free", "0.95", "2024-05-06", "2026-11-28 11:00:00", "12:00:00", "true"],
  ["8", "0", "f@x.io", "enterprise", "0", "2025-01-01", "2026-11-28 11:30:00", "13:00:00", "false"],
  ["9", "120", "g@example.org", "pro", "1", "2024-07-08", "2026-11-28 11:45:00+01:00", "14:00:00", "true"],
];

const SCHEMA = `
fields:
  - { name: id, type: integer, constraints: { required: true, unique: true } }
  - { name: age, type: integer, constraints: { required: true, minimum: 0, maximum: 120, mostly: 0.5 } }
  - { name: email, type: string, constraints: { pattern: "[^@]+@[^@]+\\\\.[a-z]+", minLength: 7, maxLength: 20 } }
  - { name: plan, type: string, constraints: { enum: [free, pro] } }
  - name: score
    type: number
    constraints:
      exclusiveMinimum: 0
      exclusiveMaximum: 1
      maxNullFraction: 0.05
      mean: { max: 0.7 }
      stddev: { max: 0.1 }
      quantiles: [{ quantile: 0.5, min: 0.4, max: 0.9 }, { quantile: 0.9, max: 0.9 }]
  - { name: joined, type: date, constraints: { minimum: "2024-01-01" } }
  - { name: seen, type: datetime, constraints: { freshness: 10m } }
  - { name: starts, type: time, constraints: { maximum: "12:30:00" } }
  - { name: vip, type: boolean, constraints: { required: true } }
primaryKey: id
uniqueRows: true
rows: { min: 20 }
`;

const EVERY_CHECK: CheckName[] = [
  "type",
  "required",
  "unique",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "enum",
  "primaryKey",
  "rows",
  "duplicate_rows",
  "null_fraction",
  "freshness",
  "mean",
  "stddev",
  "quantile",
];

/** A check's result without what legitimately differs: row numbers, and float noise. */
function comparable(check: CheckResult) {
  const observed =
    typeof check.observed === "number" ? Number(check.observed.toPrecision(10)) : check.observed;
  return {
    id: check.id,
    check: check.check,
    unexpected_count: check.unexpected_count,
    unexpected_percent: Number(check.unexpected_percent.toFixed(9)),
    success: check.success,
    observed:
      typeof observed === "string"
        ? new Date(observed.replace(" ", "T").replace(/\+00$/, "Z")).toISOString()
        : observed,
    samples: check.samples.map((s) => s.value).sort(),
  };
}

if (problem && !postgresRequired) {
  console.log(
    `Skipping the pushed-down checks: no PostgreSQL at ${postgresUrl} (${problem}). Run .ci/setup-postgres.`,
  );
  describe.skip("pushed-down checks (no PostgreSQL server reachable)", () => {
    it("needs a server", () => {});
  });
} else {
  let duck: Sql;
  let client: pg.Client;
  let pgSql: PostgresSql;
  let dir: string;
  const env = { SLIPWAY_TEST_PG: postgresUrl };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "slipway-pushdown-"));
    duck = await openDuckDB();
    client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schemaName} CASCADE; CREATE SCHEMA ${schemaName}`);
    pgSql = await openPostgres("SLIPWAY_TEST_PG", env, "test");
    writeFileSync(join(dir, "schema.yaml"), SCHEMA);
  });
  afterAll(async () => {
    duck?.close();
    await pgSql?.end();
    await client?.query(`DROP SCHEMA IF EXISTS ${schemaName} CASCADE`);
    await client?.end();
  });

  const fromCsv = (name: string, rows: string[][]): Promise<DataReport> => {
    writeFileSync(join(dir, `${name}.csv`), [HEADER, ...rows].map((row) => row.join(",")).join("\n"));
    return validateDataset(duck, { path: `${name}.csv`, schema: "schema.yaml", cwd: dir, now: NOW });
  };
  const fromTable = (table: string): Promise<DataReport> =>
    validateTable(pgSql, {
      name: table,
      source: { "url-env": "SLIPWAY_TEST_PG", table: `${schemaName}.${table}` },
      schema: "schema.yaml",
      cwd: dir,
      now: NOW,
    });

  describe("pushed-down checks", () => {
    it("give the CSV's results for a table of text columns (PostgreSQL casts), every check type", async () => {
      await loadTable(
        client,
        `${schemaName}.orders_text`,
        HEADER.map((name) => ({ name, type: "text" })),
        ROWS,
      );
      const file = await fromCsv("orders", ROWS);
      const table = await fromTable("orders_text");

      expect(new Set(table.checks.map((c) => c.check))).toEqual(new Set(EVERY_CHECK));
      expect(table.checks.map(comparable)).toEqual(file.checks.map(comparable));
      // The fixture fails every kind of check at least once, so equality compares failures too.
      for (const kind of EVERY_CHECK) {
        expect({ kind, failed: table.checks.some((c) => c.check === kind && !c.success) }).toEqual({
          kind,
          failed: true,
        });
      }
      expect(table).toMatchObject({
        rows: 11,
        format: "postgres",
        path: `postgres:${schemaName}.orders_text`,
        valid: false,
      });
      expect(
        table.errors
          .filter((e) => e.kind === "type-error")
          .map((e) => e.column)
          .sort(),
      ).toEqual(
        file.errors
          .filter((e) => e.kind === "type-error")
          .map((e) => e.column)
          .sort(),
      );
    });

    it("give the CSV's results for natively typed columns (no casts needed)", async () => {
      // Values a typed column cannot hold are left out (blank) on both sides.
      const types = [
        "bigint",
        "integer",
        "varchar(64)",
        "text",
        "double precision",
        "date",
        "timestamptz",
        "time",
        "boolean",
      ];
      const clean = ROWS.map((row) =>
        row.map((cell, i) =>
          ["abc", "1.5", "x", "2024-02-30", "2024-13-01", "not a time", "25:00", "yes"].includes(cell) &&
          !(i === 4 && cell === "1.5")
            ? ""
            : cell,
        ),
      );
      await loadTable(
        client,
        `${schemaName}.orders_typed`,
        HEADER.map((name, i) => ({ name, type: types[i]! })),
        clean,
      );
      const file = await fromCsv("orders-clean", clean);
      const table = await fromTable("orders_typed");
      const counts = (report: DataReport) =>
        report.checks.map((c) => ({ ...comparable(c), samples: c.samples.length }));
      // The CSV's text needs a type check per column (all pass); the typed table needs none.
      expect(file.checks.filter((c) => c.check === "type").every((c) => c.success)).toBe(true);
      expect(table.checks.some((c) => c.check === "type")).toBe(false);
      expect(counts(table)).toEqual(
        counts({ ...file, checks: file.checks.filter((c) => c.check !== "type") }),
      );
    });
  });
}
