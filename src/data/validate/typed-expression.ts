/**
 * SQL that turns one column into its declared Frictionless type, NULL where a value does not cast.
 * Text columns (CSV, JSONL read as text) are parsed by Frictionless rules — the field's
 * missingValues, trueValues/falseValues, bareNumber, groupChar, decimalChar and date/time format;
 * native columns (Parquet) of a compatible type are used as they are, others are printed to text
 * and parsed like CSV values. Constraint values written as strings are cast by the same rules, so
 * `enum: ["1", "2"]` on an integer field means the integers 1 and 2.
 */
import { ConfigError } from "../../errors.js";
import { ident, literal } from "../sql.js";
import type { Field, FieldType } from "../table-schema.js";

const INTEGER_TYPES =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/;
const NUMERIC_TYPES = /^(FLOAT|DOUBLE|DECIMAL.*)$/;

/** Whether a native DuckDB column type already holds values of the declared type. */
export function nativeMatches(type: FieldType, duckType: string): boolean {
  switch (type) {
    case "integer":
    case "year":
      return INTEGER_TYPES.test(duckType);
    case "number":
      return INTEGER_TYPES.test(duckType) || NUMERIC_TYPES.test(duckType);
    case "boolean":
      return duckType === "BOOLEAN";
    case "date":
      return duckType === "DATE";
    case "datetime":
      return duckType.startsWith("TIMESTAMP");
    case "time":
      return duckType.startsWith("TIME") && !duckType.startsWith("TIMESTAMP");
    default:
      return duckType === "VARCHAR";
  }
}

export interface ColumnExpressions {
  /** The value as text: what the file says (for length, pattern and samples), NULL when missing. */
  text: string;
  /** The value as its declared type, NULL when missing or not castable. */
  typed: string;
  /** Whether a present value can fail to cast (so a `type` check is needed). */
  canFailCast: boolean;
  /**
   * The typed value is the column as stored (a native column of the declared type): NULL exactly
   * where the value is missing, so null checks read it rather than the text, which would print
   * every value as text for nothing (a third of a Parquet file's check scan).
   */
  stored?: boolean;
}

/** Types whose values are kept as text (checked against a pattern, if any, by `type`). */
const TEXT_TYPES: readonly FieldType[] = ["string", "any", "object", "array", "geopoint", "geojson"];

export function columnExpressions(field: Field, duckType: string): ColumnExpressions {
  const column = ident(field.name);
  const isText = duckType === "VARCHAR";
  let text = isText ? column : `CAST(${column} AS VARCHAR)`;
  if (field.missingValues && field.missingValues.length > 0 && isText)
    text = `CASE WHEN ${column} IN (${field.missingValues.map(literal).join(", ")}) THEN NULL ELSE ${column} END`;
  if (TEXT_TYPES.includes(field.type)) return { text, typed: text, canFailCast: false };
  if (!isText && nativeMatches(field.type, duckType))
    return { text, typed: column, canFailCast: false, stored: true };
  return { text, typed: parseText(field, text), canFailCast: true };
}

/** Frictionless number text with its groupChar, decimalChar and bareNumber rules applied. */
function numberText(field: Field, text: string): string {
  let out = text;
  if (field.groupChar) out = `replace(${out}, ${literal(field.groupChar)}, '')`;
  if (field.decimalChar !== ".") out = `replace(${out}, ${literal(field.decimalChar)}, '.')`;
  // bareNumber: false lets currency signs, units and percent signs surround the number.
  if (!field.bareNumber) out = `regexp_replace(${out}, '^[^0-9+.-]+|[^0-9.]+$', '', 'g')`;
  return out;
}

/** A strptime pattern from `format`, or null for the ISO default ("fmt:" is Frictionless v0's prefix). */
function formatPattern(field: Field): string | null {
  const format = field.format;
  if (!format || format === "default" || format === "any") return null;
  return format.startsWith("fmt:") ? format.slice(4) : format;
}

export function parseText(field: Field, text: string): string {
  const pattern = formatPattern(field);
  const any = field.format === "any";
  switch (field.type) {
    case "integer": {
      // TRY_CAST('1.5' AS BIGINT) rounds to 2; Frictionless integers are digits only. A text that is
      // its own value printed back (nearly every cell) is digits; only the others ("007", "+5",
      // " 5", "1.5") are asked of the regular expression, which cost 3× the cast on every cell.
      const digits = numberText(field, text);
      const value = `TRY_CAST(${digits} AS BIGINT)`;
      return `CASE WHEN CAST(${value} AS VARCHAR) = ${digits} OR regexp_full_match(${digits}, '\\s*[+-]?[0-9]+\\s*') THEN ${value} END`;
    }
    case "year":
      return `CASE WHEN regexp_full_match(${text}, '\\s*-?[0-9]{4}\\s*') THEN TRY_CAST(${text} AS INTEGER) END`;
    case "number": {
      const number = numberText(field, text);
      // DuckDB's cast accepts "1e5", "NaN", "inf" as Frictionless does, but also "0x1F": refuse hex.
      // (contains, not a regular expression: half the cost per cell, measured on 3M rows.)
      return `CASE WHEN NOT (contains(${number}, 'x') OR contains(${number}, 'X')) THEN TRY_CAST(${number} AS DOUBLE) END`;
    }
    case "boolean":
      return `CASE WHEN ${text} IN (${field.trueValues.map(literal).join(", ")}) THEN true WHEN ${text} IN (${field.falseValues.map(literal).join(", ")}) THEN false END`;
    case "date":
      if (any) return `TRY_CAST(${text} AS DATE)`;
      if (pattern) return `CAST(TRY_STRPTIME(${text}, ${literal(pattern)}) AS DATE)`;
      // GLOB matches the whole text, one character per [0-9], as the regular expression
      // [0-9]{4}-[0-9]{2}-[0-9]{2} did, at about 60% of its cost.
      return `CASE WHEN ${text} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CAST(${text} AS DATE) END`;
    case "datetime":
      if (pattern) return `CAST(TRY_STRPTIME(${text}, ${literal(pattern)}) AS TIMESTAMPTZ)`;
      return `TRY_CAST(${text} AS TIMESTAMPTZ)`;
    case "time":
      if (pattern) return `CAST(TRY_STRPTIME(${text}, ${literal(pattern)}) AS TIME)`;
      return `TRY_CAST(${text} AS TIME)`;
    case "yearmonth":
      return `CASE WHEN regexp_full_match(${text}, '[0-9]{4}-(0[1-9]|1[0-2])') THEN ${text} END`;
    case "duration":
      // ISO 8601 durations, as Frictionless reads them (P1Y2M10DT2H30M, PT0.5S, P3W).
      return `CASE WHEN regexp_full_match(${text}, 'P(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?') AND NOT regexp_full_match(${text}, 'PT?') THEN ${text} END`;
    default:
      return text;
  }
}

/** A constraint value from the schema file as a SQL expression of the field's type. */
export interface ConstraintLiteral {
  sql: string;
  /** True when the value was a string cast by the field's rules: it must be checked to cast. */
  cast: boolean;
}

export function typedLiteral(
  field: Field,
  value: unknown,
  schemaFile: string,
  keyPath: string,
  /** The engine's cast of text (DuckDB's by default; PostgreSQL's for pushed-down checks). */
  parse: (field: Field, text: string) => string = parseText,
): ConstraintLiteral {
  const bad = (expected: string) =>
    new ConfigError(
      schemaFile,
      keyPath,
      `${JSON.stringify(value)} is not ${expected} (field "${field.name}" is ${field.type}).`,
    );
  if (TEXT_TYPES.includes(field.type)) return { sql: literal(String(value)), cast: false };
  // A string is a cell value written in the schema: cast it exactly as a cell of this field.
  if (typeof value === "string") return { sql: parse(field, literal(value)), cast: true };
  switch (field.type) {
    case "integer":
    case "year":
      if (typeof value !== "number" || !Number.isInteger(value)) throw bad("an integer");
      return { sql: String(value), cast: false };
    case "number":
      if (typeof value !== "number") throw bad("a number");
      return { sql: String(value), cast: false };
    case "boolean":
      if (typeof value !== "boolean") throw bad("true or false");
      return { sql: String(value), cast: false };
    default:
      throw bad(`a ${field.type} written as text`);
  }
}

/** The message for a string constraint value that does not cast to its field's type. */
export function uncastableConstraint(field: Field, value: unknown, schemaFile: string, keyPath: string) {
  const how = formatPattern(field) ? ` with format ${JSON.stringify(field.format)}` : "";
  return new ConfigError(
    schemaFile,
    keyPath,
    `${JSON.stringify(value)} is not a valid ${field.type}${how} (field "${field.name}"); write it as a value of the field would be written in the data.`,
  );
}
