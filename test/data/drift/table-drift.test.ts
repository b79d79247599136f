/**
 * Drift of a PostgreSQL table, computed from summaries made inside the database, against drift of
 * the same data as a CSV file (DuckDB): equal (within 1e-9) for every drift test wherever the
 * summary is the exact value counts, and measured — with a note in the report — where a
 * many-valued column is summarised by quantiles.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import pg from "pg";
import type { DriftTestName } from "../../../src/config/schema.js";
import { openPostgres, type PostgresSql } from "../../../src/data/dialect/open-postgres.js";
import { resolveDriftTargets, runDriftTargets } from "../../../src/data/drift/drift-targets.js";
import { measureTableDrift } from "../../../src/data/drift/table-drift.js";
import { openDuckDB } from "../../../src/data/duckdb.js";
import { measureDrift } from "../../../src/data/measure-drift.js";
import type { Sql } from "../../../src/data/sql.js";
import { validateDatasets } from "../../../src/data/validate-datasets.js";
import type { ColumnDrift, DriftReport } from "../../../src/report/types.js";
import {
  loadTable,
  postgresRequired,
  postgresUnreachable,
  postgresUrl,
} from "../../helpers/test-postgres.js";

const problem = await postgresUnreachable();
const schemaName = `slipway_drift_${process.pid}`;
const COLUMNS = [
  { name: "x", type: "double precision" }, // many distinct values
  { name: "n", type: "bigint" }, // 0…40
  { name: "few", type: "integer" }, // 0…3: categorical by Evidently's rule
  { name: "plan", type: "text" }, // four categories
  { name: "flag", type: "text" }, // two categories
  { name: "vip", type: "boolean" },
];
const METHODS: DriftTestName[] = ["auto", "ks", "wasserstein", "chi2", "z", "psi", "jensenshannon", "linf"];

/** A seeded generator (mulberry32), so the data is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows of the fixture; `shift` moves every distribution a little (the current data). */
function rows(count: number, seed: number, shift: number, decimals = 3): string[][] {
  const next = random(seed);
  const plans = ["free", "pro", "team", "enterprise"];
  return Array.from({ length: count }, () => {
    const normal = Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next());
    const blank = next() < 0.03;
    return [
      blank ? "" : (normal + shift).toFixed(decimals),
      String(Math.floor(next() * 41 * (1 - shift / 4))),
      String(Math.floor(next() * (shift > 0 ? 3 : 4))),
      plans[Math.floor(next() ** (1 + shift) * 4)]!,
      next() < 0.5 + shift / 5 ? "web" : "shop",
      next() < 0.3 ? "true" : "false",
    ];
  });
}

const comparable = (column: ColumnDrift) => ({
  column: column.column,
  test: column.test,
  drifted: column.drifted,
});

function expectSameDrift(table: DriftReport, file: DriftReport): void {
  expect(table.columns.map(comparable)).toEqual(file.columns.map(comparable));
  for (const [i, column] of table.columns.entries()) {
    const exact = file.columns[i]!;
    const where = `${column.column} (${column.test})`;
    expect({
      where,
      d: Math.abs(column.statistic - exact.statistic) <= 1e-9 * Math.max(1, Math.abs(exact.statistic)),
    }).toEqual({ where, d: true });
    expect({ where, d: Math.abs((column.p_value ?? 0) - (exact.p_value ?? 0)) <= 1e-9 }).toEqual({
      where,
      d: true,
    });
    expect(column.note ?? "").not.toMatch(/approximate/);
  }
  expect(table.share).toBeCloseTo(file.share, 12);
  expect(table.drifted).toBe(file.drifted);
  expect(table.not_compared).toEqual(file.not_compared);
}

if (problem && !postgresRequired) {
  console.log(`Skipping table drift: no PostgreSQL at ${postgresUrl} (${problem}). Run .ci/setup-postgres.`);
  describe.skip("table drift (no PostgreSQL server reachable)", () => {
    it("needs a server", () => {});
  });
} else {
  let duck: Sql;
  let client: pg.Client;
  let remote: PostgresSql;
  let dir: string;
  const env = { SLIPWAY_TEST_PG: postgresUrl };
  const source = (table: string) => ({ "url-env": "SLIPWAY_TEST_PG", table: `${schemaName}.${table}` });

  const writeCsv = (name: string, data: string[][]) =>
    writeFileSync(join(dir, name), [COLUMNS.map((c) => c.name), ...data].map((r) => r.join(",")).join("\n"));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "slipway-table-drift-"));
    duck = await openDuckDB();
    client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schemaName} CASCADE; CREATE SCHEMA ${schemaName}`);
    remote = await openPostgres("SLIPWAY_TEST_PG", env, "test");
  }, 60_000);
  afterAll(async () => {
    duck?.close();
    await remote?.end();
    await client?.query(`DROP SCHEMA IF EXISTS ${schemaName} CASCADE`);
    await client?.end();
  });

  describe("drift of a PostgreSQL table", () => {
    it("equals the CSV's drift for every test, small and large references, file or table reference", async () => {
      // 800 reference rows: Evidently's p-value tests; 3000: its distances. Both exercise every method.
      for (const referenceRows of [800, 3000]) {
        const reference = rows(referenceRows, 1, 0);
        const current = rows(1200, 2, 0.4);
        writeCsv(`reference-${referenceRows}.csv`, reference);
        writeCsv(`current-${referenceRows}.csv`, current);
        await loadTable(client, `${schemaName}.current_${referenceRows}`, COLUMNS, current);
        await loadTable(client, `${schemaName}.reference_${referenceRows}`, COLUMNS, reference);
        const seen = new Set<string>();
        for (const method of METHODS) {
          const config = { method };
          const file = await measureDrift(duck, {
            reference: `reference-${referenceRows}.csv`,
            current: `current-${referenceRows}.csv`,
            cwd: dir,
            config: { method, share: 0.5, columns: {}, ignore: [] },
          });
          const fromFileReference = await measureTableDrift(duck, remote, {
            name: "orders",
            current: source(`current_${referenceRows}`),
            reference: `reference-${referenceRows}.csv`,
            cwd: dir,
            config,
          });
          const fromTableReference = await measureTableDrift(duck, remote, {
            name: "orders",
            current: source(`current_${referenceRows}`),
            reference: `postgres:${schemaName}.reference_${referenceRows}`,
            cwd: dir,
            config,
          });
          expectSameDrift(fromFileReference, file);
          expectSameDrift(fromTableReference, file);
          expect(fromFileReference.current).toBe(`postgres:${schemaName}.current_${referenceRows}`);
          for (const column of file.columns) seen.add(column.test);
        }
        if (referenceRows === 3000) {
          expect([...seen].sort()).toEqual([
            "chi2",
            "jensenshannon",
            "ks",
            "linf",
            "psi",
            "wasserstein",
            "z",
          ]);
        }
      }
    }, 180_000);

    it("summarises a many-valued column by quantiles, says so, and stays close to the exact drift", async () => {
      // 30,000 values with up to 6 decimals: more distinct values than the value-count limit.
      const reference = rows(30_000, 3, 0, 6);
      const current = rows(30_000, 4, 0.15, 6);
      writeCsv("reference-large.csv", reference);
      writeCsv("current-large.csv", current);
      await loadTable(client, `${schemaName}.current_large`, COLUMNS, current);
      await loadTable(client, `${schemaName}.reference_large`, COLUMNS, reference);
      const differences: Record<string, number> = {};
      for (const method of ["wasserstein", "ks", "psi", "jensenshannon", "linf"] as const) {
        const file = await measureDrift(duck, {
          reference: "reference-large.csv",
          current: "current-large.csv",
          cwd: dir,
          config: { method, share: 0.5, columns: {}, ignore: [] },
        });
        for (const reference of ["reference-large.csv", `postgres:${schemaName}.reference_large`]) {
          const table = await measureTableDrift(duck, remote, {
            name: "orders",
            current: source("current_large"),
            reference,
            cwd: dir,
            config: { method },
          });
          const x = table.columns.find((c) => c.column === "x")!;
          const exact = file.columns.find((c) => c.column === "x")!;
          expect(x.test).toBe(method);
          expect(x.note).toMatch(
            /current: \d+ values \(\d+ distinct\) summarised in the database by 10001 quantiles; the statistic is approximate/,
          );
          const difference = Math.abs(x.statistic - exact.statistic);
          const key = `${method}${reference.startsWith("postgres:") ? " (both tables)" : ""}`;
          differences[key] = difference;
          // KS: |ΔF| ≤ 1e-4 per side; the others move by about as much relative to their size.
          expect({ key, difference, close: difference <= 0.002 + 0.02 * exact.statistic }).toMatchObject({
            close: true,
          });
          expect(x.drifted).toBe(exact.drifted);
          // The other columns have few values: still exact.
          for (const other of table.columns.filter((c) => c.column !== "x")) {
            const match = file.columns.find((c) => c.column === other.column)!;
            expect(Math.abs(other.statistic - match.statistic)).toBeLessThanOrEqual(
              1e-9 * Math.max(1, match.statistic),
            );
          }
        }
      }
      console.log(
        `table drift, quantile summary vs exact |Δ statistic| for x: ${JSON.stringify(differences)}`,
      );
    }, 180_000);

    it("is what `slipway drift --dataset` measures for a table dataset of the config", async () => {
      mkdirSync(join(dir, ".github"), { recursive: true });
      writeFileSync(
        join(dir, ".github", "slipway.yml"),
        `version: 1
data:
  - name: orders
    source: { postgres: { url-env: SLIPWAY_TEST_PG, table: ${schemaName}.current_800 } }
    reference: reference-800.csv
    drift: { method: psi }
`,
      );
      const { targets } = resolveDriftTargets({ dataset: "orders", cwd: dir });
      const [run] = await runDriftTargets(duck, targets, env);
      const direct = await measureTableDrift(duck, remote, {
        name: "orders",
        current: source("current_800"),
        reference: "reference-800.csv",
        cwd: dir,
        config: { method: "psi" },
      });
      // Equal up to the order DuckDB's threads sum in (the last bits of a standard deviation).
      expectSameDrift(run!.report, direct);
      expect(run!.report.current).toBe(`postgres:${schemaName}.current_800`);
      expect(run!.report.columns.map((c) => c.test)).toEqual(["psi", "psi", "psi", "psi", "psi", "psi"]);
    }, 60_000);

    it("is what `slipway validate-data` reports as a table dataset's drift", async () => {
      const [report] = (
        await validateDatasets(
          duck,
          [
            {
              name: "orders",
              source: { postgres: source("current_800") },
              reference: "reference-800.csv",
              drift: { method: "auto", share: 0.5, columns: {}, ignore: [] },
              "fail-on": "error",
            },
          ],
          { cwd: dir, now: new Date("2026-11-28T12:00:00Z"), env },
        )
      ).reports;
      const direct = await measureTableDrift(duck, remote, {
        name: "orders",
        current: source("current_800"),
        reference: "reference-800.csv",
        cwd: dir,
      });
      expectSameDrift(report!.drift!, direct);
      expect(report!.drift!.columns.length).toBeGreaterThan(0);
    }, 60_000);

    it("pools the rarest categories of a many-valued text column, and says so", async () => {
      const reference = rows(2000, 5, 0);
      const current = rows(2000, 6, 0.3);
      writeCsv("reference-pool.csv", reference);
      await loadTable(client, `${schemaName}.current_pool`, COLUMNS, current);
      const table = await measureTableDrift(duck, remote, {
        name: "orders",
        current: source("current_pool"),
        reference: "reference-pool.csv",
        cwd: dir,
        config: { method: "jensenshannon" },
        maxDistinct: 3,
      });
      const plan = table.columns.find((c) => c.column === "plan")!;
      expect(plan.note).toMatch(
        /current: 4 distinct values; the 2 most frequent compared, the rest pooled as one/,
      );
      expect(plan.statistic).toBeGreaterThan(0);
    }, 60_000);
  });
}
