import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDuckDB } from "../../src/data/duckdb.js";
import type { Sql } from "../../src/data/sql.js";
import { validateDataset } from "../../src/data/validate-dataset.js";
import { ConfigError } from "../../src/errors.js";
import type { CheckResult, DataReport } from "../../src/report/types.js";
import { runReferencePython } from "../helpers/reference-python.js";

const NOW = new Date("2026-11-28T12:00:00Z");
let sql: Sql;
let dir: string;

function write(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

async function validate(data: string, schema: string, extra: { path?: string } = {}): Promise<DataReport> {
  const dataPath = extra.path ?? write(`data-${Math.random().toString(36).slice(2)}.csv`, data);
  const schemaPath = write(`schema-${Math.random().toString(36).slice(2)}.yaml`, schema);
  return validateDataset(sql, { path: dataPath, schema: schemaPath, cwd: dir, now: NOW });
}

function check(report: DataReport, id: string): CheckResult {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id} in ${report.checks.map((c) => c.id).join(", ")}`);
  return found;
}

beforeAll(async () => {
  sql = await openDuckDB();
  dir = mkdtempSync(join(tmpdir(), "slipway-validate-"));
});
afterAll(() => sql.close());

describe("validateDataset: row constraints", () => {
  const data = [
    "id,age,email,plan,score,joined",
    "1,34,a@example.com,pro,0.5,2024-01-02",
    "2,-3,b@example.com,free,0.7,2024-02-03",
    "3,150,not-an-email,gold,1.5,2024-13-01",
    "4,,c@example.com,pro,0.2,2024-03-04",
    "5,abc,d@example.com,free,,2024-04-05",
  ].join("\n");
  const schema = `
fields:
  - { name: id, type: integer, constraints: { required: true, unique: true } }
  - { name: age, type: integer, constraints: { required: true, minimum: 0, maximum: 120 } }
  - { name: email, type: string, constraints: { pattern: "[^@]+@[^@]+\\\\.[a-z]+", maxLength: 15 } }
  - { name: plan, type: string, constraints: { enum: [free, pro] } }
  - { name: score, type: number, constraints: { exclusiveMaximum: 1 } }
  - { name: joined, type: date }
`;

  it("counts unexpected values with their 1-based rows, failures only where they fail", async () => {
    const report = await validate(data, schema);
    expect(report.rows).toBe(5);
    expect(report.valid).toBe(false);
    expect(check(report, "id.unique").success).toBe(true);
    expect(check(report, "id.required").success).toBe(true);

    const required = check(report, "age.required");
    expect([required.unexpected_count, required.unexpected_percent]).toEqual([1, 20]);
    expect(required.samples).toEqual([{ row: 4, value: null }]);

    const type = check(report, "age.type");
    expect(type.unexpected_count).toBe(1);
    expect(type.samples).toEqual([{ row: 5, value: "abc" }]);

    const minimum = check(report, "age.minimum");
    expect(minimum.unexpected_count).toBe(1);
    expect(minimum.unexpected_percent).toBeCloseTo((1 / 3) * 100, 10); // of the 3 values that are integers
    expect(minimum.samples).toEqual([{ row: 2, value: "-3" }]);
    expect(check(report, "age.maximum").samples).toEqual([{ row: 3, value: "150" }]);

    expect(check(report, "email.pattern").samples).toEqual([{ row: 3, value: "not-an-email" }]);
    expect(check(report, "email.maxLength").success).toBe(true);
    expect(check(report, "plan.enum").samples).toEqual([{ row: 3, value: "gold" }]);
    expect(check(report, "score.exclusiveMaximum").samples).toEqual([{ row: 3, value: "1.5" }]);
    expect(check(report, "joined.type").samples).toEqual([{ row: 3, value: "2024-13-01" }]);
  });

  it("reports type errors as structural errors with column and row", async () => {
    const report = await validate(data, schema);
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "type-error",
          column: "age",
          field: 2,
          row: 5,
          value: "abc",
          count: 1,
        }),
        expect.objectContaining({ kind: "type-error", column: "joined", field: 6, row: 3 }),
      ]),
    );
  });

  it("passes a check whose failures stay within `mostly`", async () => {
    const rows = ["x", ...Array.from({ length: 100 }, (_, i) => String(i < 3 ? -1 : i))].join("\n");
    const strict = await validate(rows, "fields: [{ name: x, type: integer, constraints: { minimum: 0 } }]");
    const tolerant = await validate(
      rows,
      "fields: [{ name: x, type: integer, constraints: { minimum: 0, mostly: 0.97 } }]",
    );
    const tooStrict = await validate(
      rows,
      "fields: [{ name: x, type: integer, constraints: { minimum: 0, mostly: 0.98 } }]",
    );
    expect(check(strict, "x.minimum").success).toBe(false);
    expect(check(tolerant, "x.minimum")).toMatchObject({ success: true, unexpected_count: 3, mostly: 0.97 });
    expect(check(tooStrict, "x.minimum").success).toBe(false);
  });

  it("keeps at most 20 samples, in row order", async () => {
    const rows = ["x", ...Array.from({ length: 50 }, (_, i) => String(-i - 1))].join("\n");
    const report = await validate(rows, "fields: [{ name: x, type: integer, constraints: { minimum: 0 } }]");
    const minimum = check(report, "x.minimum");
    expect(minimum.unexpected_count).toBe(50);
    expect(minimum.samples.map((s) => s.row)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("treats missingValues as nulls, and reads Frictionless booleans, years, times and datetimes", async () => {
    const report = await validate(
      "flag,year,at,t\nyes,2024,2024-01-02T10:00:00Z,10:30:00\nNA,24,2024-01-02 11:00,25:00\n0,1999,yesterday,08:00:00\n",
      `missingValues: ["", "NA"]
fields:
  - { name: flag, type: boolean, trueValues: ["yes"], falseValues: ["no", "0"], constraints: { required: true } }
  - { name: year, type: year }
  - { name: at, type: datetime }
  - { name: t, type: time }`,
    );
    expect(check(report, "flag.required").samples).toEqual([{ row: 2, value: null }]);
    expect(check(report, "flag.type").success).toBe(true);
    expect(check(report, "year.type").samples).toEqual([{ row: 2, value: "24" }]);
    expect(check(report, "at.type").samples).toEqual([{ row: 3, value: "yesterday" }]);
    expect(check(report, "t.type").samples).toEqual([{ row: 2, value: "25:00" }]);
  });
});

describe("validateDataset: table and aggregate checks", () => {
  it("finds duplicate keys, primary-key violations and duplicate rows (every member of a group counts)", async () => {
    const report = await validate(
      "a,b,c\n1,x,1\n2,y,2\n1,x,1\n3,,3\n2,z,9\n",
      `primaryKey: [a, b]
uniqueRows: true
fields:
  - { name: a, type: integer, constraints: { unique: true } }
  - { name: b }
  - { name: c, type: integer }`,
    );
    expect(check(report, "a.unique")).toMatchObject({ unexpected_count: 4, success: false });
    expect(check(report, "a.unique").samples.map((s) => s.row)).toEqual([1, 2, 3, 5]);
    expect(check(report, "primaryKey")).toMatchObject({ unexpected_count: 3 }); // (1,x) twice + a null b
    expect(check(report, "primaryKey").samples.map((s) => s.row)).toEqual([1, 3, 4]);
    expect(check(report, "duplicate_rows")).toMatchObject({ unexpected_count: 2 });
    expect(check(report, "duplicate_rows").samples).toEqual([
      { row: 1, value: "1, x, 1" },
      { row: 3, value: "1, x, 1", repeat_of: 1 },
    ]);
    // Frictionless reports the repeats, each naming the row it repeats.
    expect(
      check(report, "a.unique")
        .samples.filter((s) => s.repeat_of)
        .map((s) => [s.row, s.repeat_of]),
    ).toEqual([
      [3, 1],
      [5, 2],
    ]);
  });

  it("measures row count, null fraction, mean, stddev and quantiles as pandas does", async () => {
    const values = Array.from({ length: 200 }, (_, i) =>
      i % 17 === 0 ? "" : String(((i * 7919) % 101) / 3),
    );
    const path = write("stats.csv", ["id,v", ...values.map((v, i) => `${i},${v}`)].join("\n"));
    const expected = runReferencePython<{ mean: number; std: number; q: number[]; nulls: number }>(
      `import pandas as pd, json, sys
v = pd.read_csv(sys.argv[1])["v"]
print(json.dumps({"mean": v.mean(), "std": v.std(), "q": [v.quantile(0.1), v.quantile(0.5), v.quantile(0.9)], "nulls": float(v.isna().mean())}))`,
      [join(dir, path)],
    );
    const report = await validate(
      "",
      `rows: { min: 10, max: 100 }
fields:
  - name: id
  - name: v
    type: number
    constraints:
      maxNullFraction: 0.01
      mean: { min: 0, max: 1000 }
      stddev: { min: 0, max: 1 }
      quantiles: [{ quantile: 0.1, min: 0 }, { quantile: 0.5, max: 100 }, { quantile: 0.9, max: 1 }]`,
      { path },
    );
    expect(check(report, "rows")).toMatchObject({ observed: 200, success: false });
    expect(check(report, "v.null_fraction").observed as number).toBeCloseTo(expected.nulls, 12);
    expect(check(report, "v.null_fraction").success).toBe(false);
    expect(check(report, "v.mean").observed as number).toBeCloseTo(expected.mean, 9);
    expect(check(report, "v.mean").success).toBe(true);
    expect(check(report, "v.stddev").observed as number).toBeCloseTo(expected.std, 9);
    expect(check(report, "v.stddev").success).toBe(false);
    const quantiles = ["0.1", "0.5", "0.9"].map((q) => check(report, `v.quantile[${q}]`));
    quantiles.forEach((q, i) => {
      expect(q.observed as number).toBeCloseTo(expected.q[i]!, 9);
    });
    expect(quantiles.map((q) => q.success)).toEqual([true, true, false]);
  });

  it("checks freshness against the clock it is given", async () => {
    const data = "at\n2026-11-27T10:00:00Z\n2026-11-28T09:00:00Z\n";
    const fresh = await validate(
      data,
      "fields: [{ name: at, type: datetime, constraints: { freshness: 6h } }]",
    );
    const stale = await validate(
      data,
      "fields: [{ name: at, type: datetime, constraints: { freshness: 2h } }]",
    );
    expect(check(fresh, "at.freshness").success).toBe(true);
    expect(check(stale, "at.freshness").success).toBe(false);
  });
});

describe("validateDataset: fieldsMatch and structure", () => {
  const data = "a,b,extra\n1,2,3\n";
  it.each([
    ["exact", ["missing_column:c", "extra_column:extra"]],
    ["equal", ["missing_column:c", "extra_column:extra"]],
    ["subset", ["missing_column:c"]],
    ["superset", ["extra_column:extra"]],
    ["partial", []],
  ])("fieldsMatch %s", async (mode, expected) => {
    const report = await validate(
      data,
      `fieldsMatch: ${mode}\nfields: [{ name: a }, { name: b }, { name: c }]`,
    );
    expect(report.errors.map((e) => `${e.kind}:${e.column}`)).toEqual(expected);
  });

  it("reports columns out of order under exact", async () => {
    const report = await validate("b,a\n1,2\n", "fields: [{ name: a }, { name: b }]");
    expect(report.errors).toEqual([expect.objectContaining({ kind: "column_order", column: "a" })]);
    const equal = await validate("b,a\n1,2\n", "fieldsMatch: equal\nfields: [{ name: a }, { name: b }]");
    expect(equal.valid).toBe(true);
  });

  it("reports ragged rows as errors and numbers later rows as the file does", async () => {
    const report = await validate(
      "x,y\n1,2\n3\n-5,6\n",
      "fields: [{ name: x, type: integer, constraints: { minimum: 0 } }, { name: y, type: integer }]",
    );
    // The short row stays (its x is still checked); its row is the file's (header = row 1).
    expect(report.errors).toEqual([
      expect.objectContaining({ kind: "missing-cell", row: 3, field: 2, column: "y" }),
    ]);
    expect(check(report, "x.minimum").samples).toEqual([{ row: 3, value: "-5" }]);
  });

  it("says a header-only file has no data rows", async () => {
    const report = await validate("a,b\n", "fields: [{ name: a }, { name: b }]");
    expect(report.rows).toBe(0);
    expect(report.errors).toEqual([expect.objectContaining({ kind: "no_rows" })]);
    expect(report.valid).toBe(false);
  });

  it("validates a glob of files with rows numbered per file", async () => {
    write("g-1.csv", "x\n1\n2\n");
    write("g-2.csv", "x\n3\n-4\n");
    const report = await validate("", "fields: [{ name: x, type: integer, constraints: { minimum: 0 } }]", {
      path: "g-*.csv",
    });
    expect(report.rows).toBe(4);
    expect(check(report, "x.minimum").samples).toEqual([{ row: 2, value: "-4", file: "g-2.csv" }]);
  });

  it("validates Parquet with native types, and casts mismatched ones row by row", async () => {
    await sql.run(
      `COPY (SELECT * FROM (VALUES (1, 1.0), (2, 2.5), (-1, 3.0)) v(a, b)) TO '${join(dir, "n.parquet")}' (FORMAT parquet)`,
    );
    const report = await validate(
      "",
      "fields: [{ name: a, type: integer, constraints: { minimum: 0 } }, { name: b, type: integer }]",
      {
        path: "n.parquet",
      },
    );
    expect(check(report, "a.minimum").samples).toEqual([{ row: 3, value: "-1" }]);
    expect(report.checks.some((c) => c.id === "a.type")).toBe(false);
    expect(check(report, "b.type").samples).toEqual([
      { row: 1, value: "1.0" },
      { row: 2, value: "2.5" },
      { row: 3, value: "3.0" },
    ]);
  });
});

describe("validateDataset: bad schemas are configuration errors", () => {
  it.each([
    [
      "fields: [{ name: a, type: strng }]",
      /fields\[0\]\.type: "strng" is not one of .* Did you mean "string"\?/,
    ],
    [
      "fields: [{ name: a, constraints: { pattern: '(' } }]",
      /fields\[0\]\.constraints\.pattern: "\(" is not a valid regular expression/,
    ],
    [
      "fields: [{ name: a, constraints: { freshness: soon } }]",
      /fields\[0\]\.constraints\.freshness: expected a duration/,
    ],
    [
      "fields: [{ name: a, type: integer, constraints: { minimum: 'x' } }]",
      /fields\[0\]\.constraints\.minimum: "x" is not a valid integer/,
    ],
    [
      "fields: [{ name: a, type: integer, constraints: { enum: ['1', '1.5'] } }]",
      /fields\[0\]\.constraints\.enum\[1\]: "1\.5" is not a valid integer/,
    ],
    [
      "fields: [{ name: a, type: date, format: '%d/%m/%Y', constraints: { minimum: '2024-01-01' } }]",
      /minimum: "2024-01-01" is not a valid date with format "%d\/%m\/%Y"/,
    ],
    [
      "fields: [{ name: a }]\nforeignKeys: [{ fields: b, reference: { fields: a } }]",
      /foreignKeys\[0\]\.fields: names "b"/,
    ],
    [
      "fields: [{ name: a }]\nforeignKeys: [{ fields: a, reference: { resource: other, fields: [a, b] } }]",
      /foreignKeys\[0\]\.reference\.fields: names 2 field\(s\)/,
    ],
    [
      "fields: [{ name: a }]\nforeignKeys: [{ fields: a, reference: { resource: other, fields: a } }]",
      /foreignKeys\[0\]\.reference\.resource: names the dataset "other", which is not known here/,
    ],
    ["fields: [{ name: a\n", /line 2: .*not valid YAML/],
    ["fields: [{ name: a }]\nprimaryKey: b", /primaryKey: names "b"/],
  ])("%s", async (schema, message) => {
    const error = await validate("a\n1\n", schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/schema-\w+\.yaml/);
    expect((error as Error).message).toMatch(message);
  });
});
