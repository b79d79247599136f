import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { stringify } from "yaml";
import { openDuckDB } from "../../src/data/duckdb.js";
import { inferSchema } from "../../src/data/infer-schema.js";
import type { Sql } from "../../src/data/sql.js";
import { validateDataset } from "../../src/data/validate-dataset.js";

let sql: Sql;
let dir: string;
beforeAll(async () => {
  sql = await openDuckDB();
  dir = mkdtempSync(join(tmpdir(), "slipway-infer-"));
});
afterAll(() => sql.close());

const rows = [
  "id,age,income,plan,signed_up,active,note",
  ...Array.from({ length: 60 }, (_, i) =>
    [
      i + 1,
      20 + (i % 50),
      (1000.5 + i * 13.25).toFixed(2),
      ["free", "pro", "team"][i % 3],
      `2024-0${1 + (i % 9)}-1${i % 10}`,
      i % 2 === 0 ? "true" : "false",
      i % 7 === 0 ? "" : `note ${i}`,
    ].join(","),
  ),
].join("\n");

describe("inferSchema", () => {
  it("drafts types, required, ranges and enums", async () => {
    writeFileSync(join(dir, "customers.csv"), rows);
    // The observed ranges as they are; the default margin is below and in infer-schema-margin.test.ts.
    const schema = await inferSchema(sql, "customers.csv", { cwd: dir, margin: { kind: "exact" } });
    const byName = Object.fromEntries(schema.fields.map((f) => [f.name, f]));
    expect(byName.id).toEqual({
      name: "id",
      type: "integer",
      constraints: { required: true, minimum: 1, maximum: 60 },
    });
    expect(byName.age?.constraints).toEqual({ required: true, minimum: 20, maximum: 69 });
    expect(byName.income).toMatchObject({
      type: "number",
      constraints: { minimum: 1000.5, maximum: 1000.5 + 59 * 13.25 },
    });
    expect(byName.plan).toEqual({
      name: "plan",
      type: "string",
      constraints: { required: true, enum: ["free", "pro", "team"] },
    });
    expect(byName.signed_up).toMatchObject({
      type: "date",
      constraints: { minimum: "2024-01-10", maximum: "2024-09-18" },
    });
    expect(byName.active).toMatchObject({ type: "boolean", constraints: { required: true } });
    expect(byName.note).toEqual({ name: "note", type: "string" }); // has nulls, too many values for an enum
  });

  it("by default widens the bounds by half the range, never below zero, rounded to 2 digits", async () => {
    writeFileSync(join(dir, "margin.csv"), rows);
    const schema = await inferSchema(sql, "margin.csv", { cwd: dir });
    const byName = Object.fromEntries(schema.fields.map((f) => [f.name, f.constraints]));
    expect(byName.id).toMatchObject({ minimum: 0, maximum: 90 });
    expect(byName.income).toMatchObject({ minimum: 600, maximum: 2200 });
    expect(byName.signed_up).toMatchObject({ minimum: "2023-09-06", maximum: "2025-01-22" });
  });

  it("writes a schema the same data validates against", async () => {
    writeFileSync(join(dir, "again.csv"), rows);
    const schema = await inferSchema(sql, "again.csv", { cwd: dir });
    writeFileSync(join(dir, "again.schema.yaml"), stringify(schema));
    const report = await validateDataset(sql, {
      path: "again.csv",
      schema: "again.schema.yaml",
      cwd: dir,
      now: new Date(),
    });
    expect(report.errors).toEqual([]);
    expect(report.checks.filter((c) => !c.success)).toEqual([]);
    expect(report.checks.length).toBeGreaterThan(10);
    expect(report.valid).toBe(true);
  });

  it("keeps a non-ISO date format so the data still validates", async () => {
    writeFileSync(join(dir, "dates.csv"), "day,v\n31/01/2024,1\n15/02/2024,2\n01/03/2024,3\n");
    const schema = await inferSchema(sql, "dates.csv", { cwd: dir });
    expect(schema.fields[0]).toMatchObject({ type: "date", format: "%d/%m/%Y" });
    writeFileSync(
      join(dir, "dates.schema.yaml"),
      stringify({
        ...schema,
        fields: schema.fields.map(({ constraints, ...f }) => ({
          ...f,
          constraints: { required: constraints?.required },
        })),
      }),
    );
    const report = await validateDataset(sql, {
      path: "dates.csv",
      schema: "dates.schema.yaml",
      cwd: dir,
      now: new Date(),
    });
    expect(report.valid).toBe(true);
  });
});
