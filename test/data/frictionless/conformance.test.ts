/**
 * Slipway against frictionless-py's own fixtures and the outcomes its tests state (the table is in
 * conformance-cases.ts, with the source test of each case). Each case is validated as a user would
 * (validateDataset on the file, with its schema) and read back as Frictionless's flat error list.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDuckDB } from "../../../src/data/duckdb.js";
import type { Sql } from "../../../src/data/sql.js";
import { compareErrors, frictionlessErrors } from "../../../src/data/validate/frictionless-errors.js";
import { validateDataset } from "../../../src/data/validate-dataset.js";
import { CONFORMANCE_CASES, type ConformanceCase, type Flat } from "./conformance-cases.js";

const FIXTURES = resolve("test/fixtures/frictionless");
let sql: Sql;
let schemas: string;

beforeAll(async () => {
  sql = await openDuckDB();
  schemas = mkdtempSync(join(tmpdir(), "slipway-frictionless-"));
});
afterAll(() => sql.close());

function schemaFile(c: ConformanceCase, name: string, schema: ConformanceCase["schema"]): string | undefined {
  if (schema === undefined) return undefined;
  if (typeof schema === "string") return schema;
  const file = join(schemas, `${c.id}-${name}.json`);
  writeFileSync(file, JSON.stringify(schema));
  return file;
}

async function slipwayResult(c: ConformanceCase): Promise<{ valid: boolean; errors: Flat[] }> {
  const schema = schemaFile(c, "schema", c.schema);
  const report = await validateDataset(sql, {
    path: c.data,
    ...(schema ? { schema } : {}),
    cwd: FIXTURES,
    now: new Date("2026-12-01T00:00:00Z"),
    datasets: (c.references ?? []).map((reference) => {
      const referenced = schemaFile(c, reference.name, reference.schema);
      return { name: reference.name, path: reference.data, ...(referenced ? { schema: referenced } : {}) };
    }),
  });
  let errors = frictionlessErrors(report);
  if (c.pick) errors = errors.filter((error) => c.pick!.includes(error.type));
  if (c.limit) errors = errors.slice(0, c.limit);
  return { valid: report.valid, errors: errors.map((e): Flat => [e.rowNumber, e.fieldNumber, e.type]) };
}

const sorted = (errors: readonly Flat[]): Flat[] =>
  [...errors].sort((a, b) =>
    compareErrors(
      { rowNumber: a[0], fieldNumber: a[1], type: a[2] },
      { rowNumber: b[0], fieldNumber: b[1], type: b[2] },
    ),
  );

describe("Frictionless conformance: frictionless-py's fixtures, its tests' expected errors", () => {
  it("covers at least 25 fixture cases", () => {
    expect(CONFORMANCE_CASES.length).toBeGreaterThanOrEqual(25);
    const ids = CONFORMANCE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const c of CONFORMANCE_CASES) {
    it(`${c.id} (${c.data})`, async () => {
      const actual = await slipwayResult(c);
      const expected = c.slipway ?? { valid: c.frictionless.length === 0, errors: c.frictionless };
      expect(sorted(actual.errors)).toEqual(sorted(expected.errors));
      if (!c.pick && !c.limit) expect(actual.valid).toBe(expected.valid);
    });
  }
});
