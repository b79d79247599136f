/**
 * SQL that turns one column into its declared Frictionless type, NULL where a value does not cast.
 * Text columns (CSV, JSONL read as text) are parsed by Frictionless rules; native columns (Parquet)
 * of a compatible type are used as they are, others are printed to text and parsed like CSV values.
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
    case "string":
    case "any":
      return duckType === "VARCHAR";
  }
}

export interface ColumnExpressions {
  /** The value as text: what the file says (for length, pattern and samples). */
  text: string;
  /** The value as its declared type, NULL when missing or not castable. */
  typed: string;
  /** Whether a present value can fail to cast (so a `type` check is needed). */
  canFailCast: boolean;
}

export function columnExpressions(field: Field, duckType: string): ColumnExpressions {
  const column = ident(field.name);
  const isText = duckType === "VARCHAR";
  const text = isText ? column : `CAST(${column} AS VARCHAR)`;
  if (field.type === "string" || field.type === "any") return { text, typed: text, canFailCast: false };
  if (!isText && nativeMatches(field.type, duckType)) return { text, typed: column, canFailCast: false };
  return { text, typed: parseText(field, text), canFailCast: true };
}

function parseText(field: Field, text: string): string {
  const format = field.format && field.format !== "default" ? field.format : null;
  switch (field.type) {
    case "integer":
      // TRY_CAST('1.5' AS BIGINT) rounds to 2; Frictionless integers are digits only.
      return `CASE WHEN regexp_full_match(${text}, '\\s*[+-]?[0-9]+\\s*') THEN TRY_CAST(${text} AS BIGINT) END`;
    case "year":
      return `CASE WHEN regexp_full_match(${text}, '\\s*-?[0-9]{4}\\s*') THEN TRY_CAST(${text} AS INTEGER) END`;
    case "number":
      return `TRY_CAST(${text} AS DOUBLE)`;
    case "boolean":
      return `CASE WHEN ${text} IN (${field.trueValues.map(literal).join(", ")}) THEN true WHEN ${text} IN (${field.falseValues.map(literal).join(", ")}) THEN false END`;
    case "date":
      if (format === "any") return `TRY_CAST(${text} AS DATE)`;
      if (format) return `CAST(TRY_STRPTIME(${text}, ${literal(format)}) AS DATE)`;
      return `CASE WHEN regexp_full_match(${text}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN TRY_CAST(${text} AS DATE) END`;
    case "datetime":
      if (format && format !== "any") return `CAST(TRY_STRPTIME(${text}, ${literal(format)}) AS TIMESTAMPTZ)`;
      return `TRY_CAST(${text} AS TIMESTAMPTZ)`;
    case "time":
      if (format && format !== "any") return `CAST(TRY_STRPTIME(${text}, ${literal(format)}) AS TIME)`;
      return `TRY_CAST(${text} AS TIME)`;
    default:
      return text;
  }
}

/** A constraint value (from the schema file) as a SQL literal of the field's type. */
export function typedLiteral(field: Field, value: unknown, schemaFile: string, keyPath: string): string {
  const bad = (expected: string) =>
    new ConfigError(
      schemaFile,
      keyPath,
      `${JSON.stringify(value)} is not ${expected} (field "${field.name}" is ${field.type}).`,
    );
  switch (field.type) {
    case "integer":
    case "year":
      if (typeof value !== "number" || !Number.isInteger(value)) throw bad("an integer");
      return String(value);
    case "number":
      if (typeof value !== "number") throw bad("a number");
      return String(value);
    case "boolean":
      if (typeof value !== "boolean") throw bad("true or false");
      return String(value);
    case "date":
    case "datetime":
    case "time": {
      const text = value instanceof Date ? value.toISOString() : String(value);
      const sqlType = { date: "DATE", datetime: "TIMESTAMPTZ", time: "TIME" }[field.type];
      if (!/^[0-9T:.+\-Z ]+$/.test(text)) throw bad(`an ISO ${field.type}`);
      return `CAST(${literal(text)} AS ${sqlType})`;
    }
    default:
      return literal(String(value));
  }
}
