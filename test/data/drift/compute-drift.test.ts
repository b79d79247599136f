import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { DriftConfig } from "../../../src/config/schema.js";
import { computeDrift } from "../../../src/data/drift/compute-drift.js";
import { openDuckDB } from "../../../src/data/duckdb.js";
import { openDataset } from "../../../src/data/open-dataset.js";
import type { Sql } from "../../../src/data/sql.js";
import type { ColumnDrift, DriftReport } from "../../../src/report/types.js";
import { type ReferenceQuery, referenceDrift, writeDriftFixtures } from "./drift-reference.js";
import { expectClose } from "./stats/expect-close.js";

type Fixture = "small" | "equal" | "large" | "asymp" | "mixed";

let dir: string;
let sql: Sql;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "slipway-drift-"));
  writeDriftFixtures(dir);
  sql = await openDuckDB();
  // Parquet copies of the CSV fixtures, written by DuckDB (no pyarrow here for Python to read them).
  for (const fixture of ["small", "large"] as Fixture[]) {
    for (const side of ["ref", "cur"]) {
      const csv = join(dir, `${fixture}_${side}.csv`);
      await sql.run(
        `COPY (SELECT * FROM read_csv('${csv}')) TO '${csv.replace(/\.csv$/, ".parquet")}' (FORMAT parquet)`,
      );
    }
  }
});

afterAll(() => {
  sql?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function drift(
  fixture: Fixture,
  config?: Partial<DriftConfig>,
  extension = "csv",
): Promise<DriftReport> {
  const open = (side: string) =>
    openDataset(sql, join(dir, `${fixture}_${side}.${extension}`), { cwd: dir, typed: true });
  const reference = await open("ref");
  const current = await open("cur");
  return computeDrift(sql, {
    // Parquet is staged as a view, CSV copied into a table: both routes are exercised.
    reference: {
      relation: reference.view,
      columns: reference.columns,
      rows: reference.rows,
      materialize: extension === "csv",
    },
    current: {
      relation: current.view,
      columns: current.columns,
      rows: current.rows,
      materialize: extension === "csv",
    },
    config,
    referenceLabel: `${fixture}_ref.${extension}`,
  });
}

const byColumn = (report: DriftReport) => Object.fromEntries(report.columns.map((c) => [c.column, c]));
const testsOf = (report: DriftReport) =>
  Object.fromEntries(report.columns.map((c) => [c.column, [c.test, c.kind]]));

/** Checks every column's statistic and p-value against scipy on the same CSV files. */
function expectScipyAgreement(fixture: Fixture, columns: ColumnDrift[]): void {
  const queries: ReferenceQuery[] = columns.map((c) => ({
    reference: join(dir, `${fixture}_ref.csv`),
    current: join(dir, `${fixture}_cur.csv`),
    column: c.column,
    test: c.test,
    kind: c.kind!,
  }));
  const expected = referenceDrift(queries);
  columns.forEach((column, i) => {
    const reference = expected[i]!;
    const label = `${fixture}.${column.column} (${column.test})`;
    if (reference.infinite)
      expect({ label, statistic: column.statistic }).toEqual({ label, statistic: Number.MAX_VALUE });
    else expectClose(column.statistic, reference.statistic, `${label} statistic`);
    if (reference.p_value !== null) expectClose(column.p_value!, reference.p_value, `${label} p-value`);
    else expect(column.p_value).toBeUndefined();
  });
}

describe("computeDrift", () => {
  it("small reference: KS, chi-square and z as Evidently picks them, agreeing with scipy", async () => {
    const report = await drift("small");
    expect(testsOf(report)).toEqual({
      num_same: ["ks", "numeric"],
      num_shift: ["ks", "numeric"],
      num_ties: ["ks", "numeric"],
      int_few: ["chi2", "categorical"],
      float_few: ["chi2", "numeric"],
      binary: ["z", "categorical"],
      flag: ["z", "categorical"],
      city: ["chi2", "categorical"],
      color: ["chi2", "categorical"],
      with_nulls: ["ks", "numeric"],
    });
    expectScipyAgreement("small", report.columns);
    expect(report.not_compared).toEqual([
      { column: "day", reason: "datetime", detail: expect.stringContaining("DATE") },
      { column: "only_ref", reason: "only_in_reference", detail: "missing from the current data" },
      { column: "only_cur", reason: "only_in_current", detail: "missing from the reference data" },
    ]);
    const columns = byColumn(report);
    // The shifted columns drift, the unshifted ones do not; a category new in the current data is +∞.
    expect(columns.num_shift!.drifted).toBe(true);
    expect(columns.num_same!.drifted).toBe(false);
    expect(columns.binary!.drifted).toBe(true);
    expect(columns.city!.note).toMatch(/1 value appears only in the current data/);
    const drifted = report.columns.filter((c) => c.drifted).length;
    expect(report.share).toBe(drifted / report.columns.length);
    expect(report.drifted).toBe(report.share >= 0.5);
  });

  it("equal sample sizes take scipy's exact 'outside the square' path", async () => {
    const report = await drift("equal");
    expect(testsOf(report)).toEqual({ x: ["ks", "numeric"] });
    expectScipyAgreement("equal", report.columns);
  });

  it("a small reference against a current of more than 10 000 rows takes the asymptotic KS p-value", async () => {
    const report = await drift("asymp");
    expect(testsOf(report)).toEqual({ x: ["ks", "numeric"] });
    expectScipyAgreement("asymp", report.columns);
  });

  it("large reference: normalised Wasserstein and Jensen–Shannon as Evidently picks them, agreeing with scipy", async () => {
    const report = await drift("large");
    expect(testsOf(report)).toEqual({
      num_same: ["wasserstein", "numeric"],
      num_shift: ["wasserstein", "numeric"],
      int_wide: ["wasserstein", "numeric"],
      int_few: ["jensenshannon", "categorical"],
      num_few: ["jensenshannon", "numeric"],
      cat: ["jensenshannon", "categorical"],
      cat_new: ["jensenshannon", "categorical"],
      binary: ["jensenshannon", "categorical"],
      tiny_scale: ["wasserstein", "numeric"],
    });
    expectScipyAgreement("large", report.columns);
    expect(byColumn(report).num_shift!.drifted).toBe(true);
    expect(byColumn(report).num_same!.drifted).toBe(false);
  });

  it("per-column tests and thresholds: PSI, Jensen–Shannon and l-infinity on histograms and categories", async () => {
    const report = await drift("large", {
      columns: {
        num_shift: { method: "psi", threshold: 0.2 },
        int_wide: { method: "psi" },
        cat: { method: "psi" },
        num_same: { method: "jensenshannon" },
        tiny_scale: { method: "linf" },
        num_few: { method: "linf" },
        int_few: { method: "linf", threshold: 0.01 },
        cat_new: { method: "chi2" },
        binary: { method: "z" },
      },
    });
    const columns = byColumn(report);
    expect(testsOf(report)).toMatchObject({
      num_shift: ["psi", "numeric"],
      int_wide: ["psi", "numeric"],
      cat: ["psi", "categorical"],
      num_same: ["jensenshannon", "numeric"],
      tiny_scale: ["linf", "numeric"],
      int_few: ["linf", "categorical"],
      cat_new: ["chi2", "categorical"],
      binary: ["z", "categorical"],
    });
    expect(columns.num_shift!.threshold).toBe(0.2);
    expect(columns.int_wide!.threshold).toBe(0.1);
    expect(columns.int_few!.threshold).toBe(0.01);
    expectScipyAgreement("large", report.columns);
  });

  it("one method for every column, falling back to the automatic choice where it does not apply", async () => {
    const report = await drift("large", { method: "ks", threshold: 0.01, share: 0.2 });
    const columns = byColumn(report);
    expect(columns.num_shift).toMatchObject({ test: "ks", threshold: 0.01 });
    expect(columns.int_wide).toMatchObject({ test: "ks" });
    expect(columns.cat).toMatchObject({ test: "jensenshannon", threshold: 0.01 });
    expect(columns.cat!.note).toMatch(/ks applies to numeric columns and this column is categorical/);
    expect(report.threshold).toBe(0.2);
    expectScipyAgreement("large", report.columns);
  });

  it("Parquet written from the CSV gives the same tests and the same numbers as scipy on that CSV", async () => {
    for (const fixture of ["small", "large"] as Fixture[]) {
      const fromParquet = await drift(fixture, undefined, "parquet");
      const fromCsv = await drift(fixture);
      expect(testsOf(fromParquet)).toEqual(testsOf(fromCsv));
      expect(fromParquet.not_compared).toEqual(fromCsv.not_compared);
      expectScipyAgreement(fixture, fromParquet.columns);
    }
  });

  it("ignored columns and settings for columns in neither dataset are reported, not compared", async () => {
    const report = await drift("equal", { ignore: ["x"], columns: { ghost: { method: "psi" } } });
    expect(report.columns).toEqual([]);
    expect(report.drifted).toBe(false);
    expect(report.share).toBe(0);
    expect(report.not_compared).toEqual([
      { column: "x", reason: "ignored", detail: "listed in drift.ignore" },
      { column: "ghost", reason: "not_found", detail: expect.stringContaining("in neither dataset") },
    ]);
  });

  it("an empty column and a column typed differently on each side: reported, or compared as categories", async () => {
    writeFileSync(join(dir, "mixed_ref.csv"), "blank,code\n,1\n,2\n,2\n,3\n");
    writeFileSync(join(dir, "mixed_cur.csv"), "blank,code\n,2\n,x\n,3\n,3\n");
    const report = await drift("mixed");
    expect(report.not_compared).toEqual([
      { column: "blank", reason: "empty", detail: "no values in the reference data" },
    ]);
    expect(testsOf(report)).toEqual({ code: ["chi2", "categorical"] });
    expect(byColumn(report).code!.note).toMatch(/1 value appears only in the current data/);
  });

  it("a per-column method that does not fit the column is a configuration error naming its key", async () => {
    await expect(drift("large", { columns: { cat: { method: "wasserstein" } } })).rejects.toMatchObject({
      code: "CONFIG",
      message: expect.stringMatching(/drift\.columns\.cat\.method: wasserstein applies to numeric columns/),
    });
  });
});
