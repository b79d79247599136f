/**
 * Which columns drift compares, and how: from the DuckDB types of a column in the reference and the
 * current data. Numbers are compared as numbers (DOUBLE), everything else as categories (text).
 * Dates and times are not compared — Evidently leaves datetime columns out of data drift too.
 */

export type ValueType = "integer" | "float" | "boolean" | "text" | "datetime" | "unsupported";

/** How many distinct reference values an integer column may have and still count as categorical (Evidently's NUMBER_UNIQUE_AS_CATEGORICAL). */
export const INTEGER_CATEGORICAL_MAX_DISTINCT = 5;

export function valueTypeOf(duckdbType: string): ValueType {
  const type = duckdbType.trim().toUpperCase();
  if (/^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/.test(type)) return "integer";
  if (/^(FLOAT|DOUBLE|REAL|DECIMAL(\(\d+,\s*\d+\))?|NUMERIC(\(\d+,\s*\d+\))?)$/.test(type)) return "float";
  if (type === "BOOLEAN") return "boolean";
  if (type === "VARCHAR" || type === "UUID" || type === "JSON" || type.startsWith("ENUM(")) return "text";
  if (/^(DATE|TIME|TIMESTAMP|INTERVAL)/.test(type)) return "datetime";
  return "unsupported";
}

export type NotComparedReason =
  | "only_in_reference"
  | "only_in_current"
  | "ignored"
  | "datetime"
  | "unsupported_type"
  | "empty"
  | "not_found";

export type ColumnPlan =
  | {
      compare: true;
      /** Values are read as DOUBLE (finite, −0 folded into 0) or as VARCHAR. */
      valueSql: "DOUBLE" | "VARCHAR";
      /** Integer in both datasets: categorical when the reference has at most 5 distinct values. */
      integer: boolean;
    }
  | { compare: false; reason: NotComparedReason; detail: string };

/** Decides from the two DuckDB types whether and how a column present in both datasets is compared. */
export function planColumn(referenceType: string, currentType: string): ColumnPlan {
  const reference = valueTypeOf(referenceType);
  const current = valueTypeOf(currentType);
  const types =
    referenceType === currentType
      ? referenceType
      : `${referenceType} in reference, ${currentType} in current`;
  if (reference === "unsupported" || current === "unsupported")
    return {
      compare: false,
      reason: "unsupported_type",
      detail: `${types}: drift compares numbers and categories`,
    };
  if (reference === "datetime" || current === "datetime")
    return {
      compare: false,
      reason: "datetime",
      detail: `${types}: dates and times are not compared (as Evidently)`,
    };
  const numeric = (t: ValueType) => t === "integer" || t === "float";
  if (numeric(reference) && numeric(current))
    return { compare: true, valueSql: "DOUBLE", integer: reference === "integer" && current === "integer" };
  // Text or booleans on either side: compare as categories, the numbers spelt as text.
  return { compare: true, valueSql: "VARCHAR", integer: false };
}
