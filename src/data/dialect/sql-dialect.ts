/**
 * The dialect seam of the check compiler: the few SQL spellings that differ between engines. The
 * checks themselves (plan-checks.ts) and the way they run (run-checks.ts) are written once; a new
 * engine (Spark SQL, Trino — see docs/sql-dialects.md) is one more object of this interface.
 */
import type { Field } from "../table-schema.js";
import type { ColumnExpressions } from "../validate/typed-expression.js";

/** A failed row check as the sample query needs it. */
export interface SampledCheck {
  predicate: string;
  sampleColumn: string;
}

export interface SqlDialect {
  name: "duckdb" | "postgres";
  /** Text and typed expressions of one column, given the engine's own type name for it. */
  columnExpressions(field: Field, nativeType: string): ColumnExpressions;
  /** A text expression cast as a cell of `field` would be (NULL where it does not cast): schema constants written as strings. */
  parseText(field: Field, text: string): string;
  /** `text` matches the whole of `pattern` (a regular expression given as a SQL literal). */
  fullMatch(text: string, patternLiteral: string): string;
  /** Continuous quantile aggregate (linear interpolation, as numpy's default). */
  quantile(expression: string, quantile: number): string;
  /** A floating-point division (PostgreSQL divides integers as integers). */
  divide(numerator: string, denominator: string): string;
  /**
   * A query returning `(k, __row, v)`: up to `limit` failing rows per check `k`, numbered in the
   * source's order, or null when the engine keeps run-checks' own (DuckDB's one-scan) query.
   */
  rowSamplesQuery(source: string, checks: readonly SampledCheck[], limit: number): string | null;
  /**
   * The distinct values of an integer key known to lie in [min, max] (exact integer text), counted
   * in a bitmap: where an engine has none, unique and primary keys use count(DISTINCT).
   */
  bitmapDistinct?(key: string, min: string, max: string): string;
  /** Drift: a column as a finite double (NULL for NaN and ±∞; −0 folded into 0), as the drift staging reads numbers. */
  finiteDouble(expression: string): string;
  /** Drift: the values at these fractions of the sorted non-null values (a discrete quantile each; one array/list). */
  discreteQuantiles(expression: string, fractions: readonly number[]): string;
  /** Drift: the engine's type name as the DuckDB type drift plans columns by (column-kind.ts). */
  driftType(nativeType: string): string;
}
