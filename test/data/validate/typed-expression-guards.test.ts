/**
 * The date and number casts guard DuckDB's TRY_CAST with cheaper tests than regular expressions
 * (GLOB for an ISO date's shape, contains() to refuse hex numbers, an integer's text compared with
 * its value printed back). On tricky texts they must accept and refuse exactly what the regular
 * expressions did.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDuckDB } from "../../../src/data/duckdb.js";
import { literal, type Sql } from "../../../src/data/sql.js";
import { fieldSchema } from "../../../src/data/table-schema.js";
import { parseText } from "../../../src/data/validate/typed-expression.js";

let sql: Sql;
beforeAll(async () => {
  sql = await openDuckDB();
});
afterAll(() => sql.close());

const TEXTS = [
  "2024-01-31",
  "2024-1-31",
  " 2024-01-31",
  "2024-01-31 ",
  "2024-01-31\n",
  "12024-01-31",
  "2024/01/31",
  "2024-02-30",
  "２０２４-01-31",
  "2024-01-3a",
  "",
  "2024-01-31T00:00",
  "0000-00-00",
  "9999-12-31",
  "1.5",
  "-1e5",
  "NaN",
  "inf",
  "-Infinity",
  "0x1F",
  "0X1f",
  "1x",
  "x",
  " 12 ",
  "1,5",
  "+3.25",
  "1_000",
  "€5",
  "١٢",
  "1e400",
  ".5",
  "5.",
  "--1",
  "007",
  "-0",
  "+5",
  "12",
  "-12",
  "1.0",
  "9223372036854775807",
  "9223372036854775808",
  "-9223372036854775808",
];

async function compare(type: "date" | "number" | "integer", old: (text: string) => string) {
  const field = fieldSchema.parse({ name: "v", type });
  const rows = TEXTS.map((text) => `(${literal(text)})`).join(", ");
  const found = await sql.all(
    `SELECT v, CAST(${parseText(field, "v")} AS VARCHAR) AS now, CAST(${old("v")} AS VARCHAR) AS was FROM (VALUES ${rows}) t(v)`,
  );
  expect(found.length).toBe(TEXTS.length);
  expect(found.filter((row) => row.now !== null).length).toBeGreaterThanOrEqual(2);
  for (const row of found) expect({ text: row.v, cast: row.now }).toEqual({ text: row.v, cast: row.was });
}

describe("cheap cast guards", () => {
  it("date: GLOB accepts exactly what [0-9]{4}-[0-9]{2}-[0-9]{2} did", async () => {
    await compare(
      "date",
      (v) =>
        `CASE WHEN regexp_full_match(${v}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN TRY_CAST(${v} AS DATE) END`,
    );
  });

  it("integer: the printed-back fast path accepts exactly what \\s*[+-]?[0-9]+\\s* did", async () => {
    await compare(
      "integer",
      (v) => `CASE WHEN regexp_full_match(${v}, '\\s*[+-]?[0-9]+\\s*') THEN TRY_CAST(${v} AS BIGINT) END`,
    );
  });

  it("number: contains() refuses exactly the texts [xX] did", async () => {
    await compare(
      "number",
      (v) => `CASE WHEN NOT regexp_matches(${v}, '[xX]') THEN TRY_CAST(${v} AS DOUBLE) END`,
    );
  });
});
