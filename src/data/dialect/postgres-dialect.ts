/**
 * PostgreSQL (15+): the checks run inside the database. Differences from DuckDB: no TRY_CAST (a
 * text value is cast only after a regular expression, and dates after a calendar test, proved the
 * cast cannot fail — an error would abort the whole scan), POSIX regular expressions with `~`,
 * `percentile_cont … WITHIN GROUP`, integer division, and sample rows fetched per check with a
 * LIMIT (PostgreSQL stops scanning once it has them).
 */
import { ident, literal } from "../sql.js";
import type { Field, FieldType } from "../table-schema.js";
import type { ColumnExpressions } from "../validate/typed-expression.js";
import type { SqlDialect } from "./sql-dialect.js";

const INTEGERS = ["int2", "int4", "int8"];
const NUMBERS = [...INTEGERS, "numeric", "float4", "float8"];
const TEXTS = ["text", "varchar", "bpchar", "name"];

/** Whether a native PostgreSQL column type (pg_type.typname) already holds the declared type. */
export function postgresNativeMatches(type: FieldType, typname: string): boolean {
  switch (type) {
    case "integer":
    case "year":
      return INTEGERS.includes(typname);
    case "number":
      return NUMBERS.includes(typname);
    case "boolean":
      return typname === "bool";
    case "date":
      return typname === "date";
    case "datetime":
      return typname === "timestamp" || typname === "timestamptz";
    case "time":
      return typname === "time";
    case "string":
    case "any":
      return TEXTS.includes(typname);
    default:
      // yearmonth, duration, object, array, geo types: checked as text, never taken as native.
      return false;
  }
}

const DATE = "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";
const TIME = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?";
const OFFSET = "(Z|[+-][0-9]{2}(:?[0-9]{2})?)";
const NUMBER = "\\s*[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*";

function matches(text: string, regex: string): string {
  return `${text} ~ ${literal(`^(?:${regex})$`)}`;
}

/** True when the text's first ten characters (already shaped YYYY-MM-DD) name a calendar day. */
function realDay(text: string): string {
  const part = (from: number, length: number) => `CAST(substr(${text}, ${from}, ${length}) AS INTEGER)`;
  return `substr(${text}, 1, 4) <> '0000' AND ${part(9, 2)} <= extract(day from make_date(${part(1, 4)}, ${part(6, 2)}, 1) + interval '1 month - 1 day')`;
}

function parseText(field: Field, text: string): string {
  const format = field.format && field.format !== "default" && field.format !== "any" ? field.format : null;
  if (format && ["date", "datetime", "time"].includes(field.type)) {
    // strptime formats (%Y-%m-%d) and to_timestamp patterns differ; validateTable refuses them first.
    // A bug, not bad input: describeFailure reports any plain Error as one.
    throw new Error(`field "${field.name}": a custom ${field.type} format reached the PostgreSQL compiler`);
  }
  const guarded = (test: string, cast: string) => `CASE WHEN ${test} THEN ${cast} END`;
  switch (field.type) {
    case "integer":
      // 18 digits always fit a BIGINT; longer values count as not integers (DuckDB: NULL on overflow).
      return guarded(matches(text, "\\s*[+-]?[0-9]{1,18}\\s*"), `CAST(${text} AS BIGINT)`);
    case "year":
      return guarded(matches(text, "\\s*-?[0-9]{4}\\s*"), `CAST(${text} AS INTEGER)`);
    case "number":
      return guarded(matches(text, NUMBER), `CAST(${text} AS DOUBLE PRECISION)`);
    case "boolean":
      return `CASE WHEN ${text} IN (${field.trueValues.map(literal).join(", ")}) THEN true WHEN ${text} IN (${field.falseValues.map(literal).join(", ")}) THEN false END`;
    case "date":
      // Nested CASEs: PostgreSQL evaluates a CASE's branches in order, an AND in any order.
      return guarded(matches(text, DATE), guarded(realDay(text), `CAST(${text} AS DATE)`));
    case "datetime":
      return guarded(
        matches(text, `${DATE}([ T]${TIME})?${OFFSET}?`),
        guarded(realDay(text), `CAST(${text} AS TIMESTAMPTZ)`),
      );
    case "time":
      return guarded(matches(text, TIME), `CAST(${text} AS TIME)`);
    default:
      return text;
  }
}

function columnExpressions(field: Field, typname: string): ColumnExpressions {
  const column = ident(field.name);
  const isText = TEXTS.includes(typname);
  const text = isText ? column : `CAST(${column} AS TEXT)`;
  if (field.type === "string" || field.type === "any") return { text, typed: text, canFailCast: false };
  if (!isText && postgresNativeMatches(field.type, typname))
    return { text, typed: column, canFailCast: false, stored: true };
  return { text, typed: parseText(field, text), canFailCast: true };
}

export const postgresDialect: SqlDialect = {
  name: "postgres",
  columnExpressions,
  parseText,
  fullMatch: (text, pattern) => `${text} ~ ('^(?:' || ${pattern} || ')$')`,
  quantile: (expression, quantile) => `percentile_cont(${quantile}) WITHIN GROUP (ORDER BY ${expression})`,
  divide: (numerator, denominator) => `CAST(${numerator} AS DOUBLE PRECISION) / ${denominator}`,
  rowSamplesQuery(source, checks, limit) {
    // One LIMITed query per check: the scan stops at the limit, and only failing rows leave.
    const parts = checks.map(
      (check, k) =>
        `(SELECT ${k} AS k, __row, v FROM (SELECT row_number() OVER () AS __row, ${check.predicate} AS hit, CAST(${check.sampleColumn} AS TEXT) AS v FROM (${source}) AS src) AS numbered WHERE hit LIMIT ${limit})`,
    );
    return `SELECT k, __row, v FROM (${parts.join(" UNION ALL ")}) AS samples ORDER BY k, __row`;
  },
  // No isfinite() for float8: NaN and ±∞ are compared as values (PostgreSQL's NaN equals NaN).
  finiteDouble: (expression) =>
    `CASE WHEN CAST(${expression} AS DOUBLE PRECISION) NOT IN ('NaN', 'Infinity', '-Infinity') THEN CAST(${expression} AS DOUBLE PRECISION) + CAST(0 AS DOUBLE PRECISION) END`,
  discreteQuantiles: (expression, fractions) =>
    `percentile_disc(CAST(ARRAY[${fractions.map((f) => `'${f}'`).join(", ")}] AS DOUBLE PRECISION[])) WITHIN GROUP (ORDER BY ${expression})`,
  driftType: (typname) => DRIFT_TYPES[typname] ?? typname.toUpperCase(),
};

/** pg_type names as the DuckDB types drift plans by; anything else is named as it is (and not compared). */
const DRIFT_TYPES: Record<string, string> = {
  int2: "SMALLINT",
  int4: "INTEGER",
  int8: "BIGINT",
  float4: "FLOAT",
  float8: "DOUBLE",
  numeric: "DOUBLE",
  bool: "BOOLEAN",
  text: "VARCHAR",
  varchar: "VARCHAR",
  bpchar: "VARCHAR",
  name: "VARCHAR",
  uuid: "UUID",
  date: "DATE",
  time: "TIME",
  timestamp: "TIMESTAMP",
  timestamptz: "TIMESTAMP",
  interval: "INTERVAL",
};
