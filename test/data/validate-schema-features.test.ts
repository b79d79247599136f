/** The Table Schema features of issue 10 §3, validated end to end on real CSV files with DuckDB. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDuckDB } from "../../src/data/duckdb.js";
import type { Sql } from "../../src/data/sql.js";
import { type ValidateDatasetOptions, validateDataset } from "../../src/data/validate-dataset.js";
import type { CheckResult, DataReport } from "../../src/report/types.js";

const NOW = new Date("2026-11-28T12:00:00Z");
let sql: Sql;
let dir: string;
let counter = 0;

function write(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

async function validate(
  data: string,
  schema: string,
  extra: Partial<ValidateDatasetOptions> = {},
): Promise<DataReport> {
  const n = ++counter;
  return validateDataset(sql, {
    path: write(`data-${n}.csv`, data),
    schema: write(`schema-${n}.yaml`, schema),
    cwd: dir,
    now: NOW,
    ...extra,
  });
}

function check(report: DataReport, id: string): CheckResult {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id} in ${report.checks.map((c) => c.id).join(", ")}`);
  return found;
}

beforeAll(async () => {
  sql = await openDuckDB();
  dir = mkdtempSync(join(tmpdir(), "slipway-schema-features-"));
});
afterAll(() => sql.close());

describe("constraint values as strings castable to the field's type", () => {
  // Issue 10, measured: "`enum: ["1","2"]` on an integer field is refused".
  it("compares enum: ['1', '2'] on an integer field as the integers 1 and 2", async () => {
    const report = await validate(
      "n\n1\n2\n02\n3\n",
      'fields: [{ name: n, type: integer, constraints: { enum: ["1", "2"] } }]',
    );
    expect(check(report, "n.enum")).toMatchObject({
      success: false,
      unexpected_count: 1,
      code: "constraint-error",
    });
    expect(check(report, "n.enum").samples).toEqual([{ row: 4, value: "3" }]);
  });

  it("casts string bounds by the field's own rules (decimalChar, date format)", async () => {
    const report = await validate(
      "price;day\n1,5;01/02/2024\n2,5;31/12/2023\n",
      `fields:
  - { name: price, type: number, decimalChar: ",", constraints: { maximum: "2,0" } }
  - { name: day, type: date, format: "%d/%m/%Y", constraints: { minimum: "01/01/2024" } }`,
    );
    expect(check(report, "price.type").success).toBe(true);
    expect(check(report, "price.maximum").samples).toEqual([{ row: 2, value: "2,5" }]);
    expect(check(report, "day.type").success).toBe(true);
    expect(check(report, "day.minimum").samples).toEqual([{ row: 2, value: "31/12/2023" }]);
  });
});

describe("field options of the spec", () => {
  it("reads numbers with bareNumber: false, groupChar and decimalChar", async () => {
    const report = await validate(
      'price,count,plain\n"€ 1.234,50",1 000,5\n12%,2 000 000,5.5\nabc,3x,1e3\n',
      `fields:
  - { name: price, type: number, bareNumber: false, groupChar: ".", decimalChar: "," }
  - { name: count, type: integer, groupChar: " ", constraints: { maximum: 1500000 } }
  - { name: plain, type: number }`,
    );
    expect(check(report, "price.type").samples).toEqual([{ row: 3, value: "abc" }]);
    expect(check(report, "count.type").samples).toEqual([{ row: 3, value: "3x" }]);
    expect(check(report, "count.maximum").samples).toEqual([{ row: 2, value: "2 000 000" }]);
    expect(check(report, "plain.type").success).toBe(true);
  });

  it("treats a field's missingValues as missing for that field only", async () => {
    const report = await validate(
      "a,b\n-,-\n1,2\n",
      `fields:
  - { name: a, type: integer, missingValues: ["-"], constraints: { required: true } }
  - { name: b, type: integer }`,
    );
    expect(check(report, "a.type").success).toBe(true);
    expect(check(report, "a.required").samples).toEqual([{ row: 1, value: null }]);
    expect(check(report, "b.type").samples).toEqual([{ row: 1, value: "-" }]);
  });

  it("reads trueValues/falseValues, date/time format patterns, yearmonth and duration", async () => {
    const report = await validate(
      "ok,day,at,month,took\nja,2024-31-01,31.01.2024 10:05,2024-01,P1DT2H\nnee,2024-01-31,2024-01-31 10:05,2024-13,1 day\n",
      `fields:
  - { name: ok, type: boolean, trueValues: [ja], falseValues: [nee] }
  - { name: day, type: date, format: "%Y-%d-%m" }
  - { name: at, type: datetime, format: "%d.%m.%Y %H:%M" }
  - { name: month, type: yearmonth }
  - { name: took, type: duration }`,
    );
    expect(check(report, "ok.type").success).toBe(true);
    expect(check(report, "day.type").samples).toEqual([{ row: 2, value: "2024-01-31" }]);
    expect(check(report, "at.type").samples).toEqual([{ row: 2, value: "2024-01-31 10:05" }]);
    expect(check(report, "month.type").samples).toEqual([{ row: 2, value: "2024-13" }]);
    expect(check(report, "took.type").samples).toEqual([{ row: 2, value: "1 day" }]);
  });

  it("puts near-miss warnings into the report, and still validates", async () => {
    const report = await validate(
      "n\n1\n",
      "fields: [{ name: n, type: integer, constraints: { minimun: 1 } }]",
    );
    expect(report.valid).toBe(true);
    expect(report.warnings).toEqual([
      expect.stringMatching(/constraints\.minimun: .*Did you mean "minimum"\?/),
    ]);
  });
});

describe("Frictionless error codes, row- and field-exact", () => {
  it("names each failed check by its Frictionless code with the field's position", async () => {
    const report = await validate(
      "id,name,age\n1,a,30\nx,,200\n1,c,40\n",
      `primaryKey: id
fields:
  - { name: id, type: integer, constraints: { unique: true } }
  - { name: name, constraints: { required: true } }
  - { name: age, type: integer, constraints: { maximum: 150 } }`,
    );
    const failed = report.checks
      .filter((c) => !c.success)
      .map((c) => [c.id, c.code, c.field_number, c.samples.map((s) => s.row)]);
    expect(failed).toEqual([
      ["id.type", "type-error", 1, [2]],
      ["id.unique", "unique-error", 1, [1, 3]],
      ["name.required", "constraint-error", 2, [2]],
      ["age.maximum", "constraint-error", 3, [2]],
      ["primaryKey", "primary-key", 1, [1, 2, 3]],
    ]);
  });
});

describe("foreignKeys", () => {
  // Issue 10, measured: "`foreignKeys` are ignored silently".
  it("checks a foreign key to the same table, skipping rows whose key is missing", async () => {
    const report = await validate(
      "id,parent,name\n1,,root\n2,1,child\n3,9,orphan\n4,2,grandchild\n",
      `fields:
  - { name: id, type: integer }
  - { name: parent, type: integer }
  - { name: name }
foreignKeys:
  - { fields: parent, reference: { resource: "", fields: id } }`,
    );
    expect(report.valid).toBe(false);
    expect(check(report, "foreignKeys[0]")).toMatchObject({
      check: "foreignKey",
      code: "foreign-key",
      unexpected_count: 1,
      samples: [{ row: 3, value: "9" }],
    });
  });

  it("checks a composite foreign key to another dataset of the config, typed by that dataset's schema", async () => {
    write("cities.csv", "country,city\nfr,001\nfr,2\nde,3\n");
    write("cities.yaml", "fields: [{ name: country }, { name: city, type: integer }]");
    const report = await validate(
      "id,country,city\n1,fr,1\n2,fr,02\n3,de,1\n4,,\n",
      `fields:
  - { name: id, type: integer }
  - { name: country }
  - { name: city, type: integer }
foreignKeys:
  - { fields: [country, city], reference: { resource: cities, fields: [country, city] } }`,
      { datasets: [{ name: "cities", path: "cities.csv", schema: "cities.yaml" }] },
    );
    expect(check(report, "foreignKeys[0]")).toMatchObject({
      success: false,
      unexpected_count: 1,
      samples: [{ row: 3, value: "de, 1" }],
      expected: {
        fields: ["country", "city"],
        reference: { resource: "cities", fields: ["country", "city"] },
      },
    });
  });

  it("says which datasets exist when a reference names an unknown one", async () => {
    const error = await validate(
      "a\n1\n",
      "fields: [{ name: a }]\nforeignKeys: [{ fields: a, reference: { resource: citys, fields: a } }]",
      { datasets: [{ name: "cities", path: "cities.csv" }] },
    ).catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /schema-\d+\.yaml: foreignKeys\[0\]\.reference\.resource: names the dataset "citys", which is not a file dataset of the config \(datasets: cities\)/,
    );
  });
});
