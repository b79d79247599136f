/** DuckDB, the engine for files: the spellings the check compiler was first written in. */
import { columnExpressions, parseText } from "../validate/typed-expression.js";
import type { SqlDialect } from "./sql-dialect.js";

export const duckdbDialect: SqlDialect = {
  name: "duckdb",
  columnExpressions,
  parseText,
  fullMatch: (text, pattern) => `regexp_full_match(${text}, ${pattern})`,
  quantile: (expression, quantile) => `quantile_cont(${expression}, ${quantile})`,
  divide: (numerator, denominator) => `${numerator} / ${denominator}`,
  // run-checks.ts numbers the rows once and unnests every failed check's hits in one scan.
  rowSamplesQuery: () => null,
  bitmapDistinct: (key, min, max) => `bit_count(bitstring_agg(${key}, ${min}, ${max}))`,
  finiteDouble: (expression) =>
    `CASE WHEN isfinite(CAST(${expression} AS DOUBLE)) THEN CAST(${expression} AS DOUBLE) + CAST(0 AS DOUBLE) END`,
  discreteQuantiles: (expression, fractions) =>
    `quantile_disc(${expression}, [${fractions.map((f) => `CAST('${f}' AS DOUBLE)`).join(", ")}])`,
  driftType: (nativeType) => nativeType,
};
