import { describe, expect, it } from "@jest/globals";
import { planColumn, type ValueType, valueTypeOf } from "../../../src/data/drift/column-kind.js";

describe("valueTypeOf: DuckDB types", () => {
  it.each<[string, ValueType]>([
    ["BIGINT", "integer"],
    ["UTINYINT", "integer"],
    ["HUGEINT", "integer"],
    ["DOUBLE", "float"],
    ["FLOAT", "float"],
    ["DECIMAL(18,3)", "float"],
    ["BOOLEAN", "boolean"],
    ["VARCHAR", "text"],
    ["ENUM('a', 'b')", "text"],
    ["UUID", "text"],
    ["DATE", "datetime"],
    ["TIMESTAMP WITH TIME ZONE", "datetime"],
    ["TIME", "datetime"],
    ["INTERVAL", "datetime"],
    ["BLOB", "unsupported"],
    ["BIGINT[]", "unsupported"],
    ["STRUCT(a INTEGER)", "unsupported"],
  ])("%s → %s", (type, expected) => {
    expect(valueTypeOf(type)).toBe(expected);
  });
});

describe("planColumn: how a column present in both datasets is compared", () => {
  it.each<[string, string, ReturnType<typeof planColumn>]>([
    ["BIGINT", "BIGINT", { compare: true, valueSql: "DOUBLE", integer: true }],
    ["BIGINT", "DOUBLE", { compare: true, valueSql: "DOUBLE", integer: false }],
    ["DOUBLE", "DOUBLE", { compare: true, valueSql: "DOUBLE", integer: false }],
    ["VARCHAR", "VARCHAR", { compare: true, valueSql: "VARCHAR", integer: false }],
    ["BOOLEAN", "BOOLEAN", { compare: true, valueSql: "VARCHAR", integer: false }],
    ["BIGINT", "VARCHAR", { compare: true, valueSql: "VARCHAR", integer: false }],
    [
      "DATE",
      "DATE",
      { compare: false, reason: "datetime", detail: "DATE: dates and times are not compared (as Evidently)" },
    ],
    [
      "DOUBLE",
      "BLOB",
      {
        compare: false,
        reason: "unsupported_type",
        detail: "DOUBLE in reference, BLOB in current: drift compares numbers and categories",
      },
    ],
  ])("%s / %s", (reference, current, expected) => {
    expect(planColumn(reference, current)).toEqual(expected);
  });
});
