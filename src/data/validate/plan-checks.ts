/**
 * Compiles a table schema into a plan of checks over one dataset, pure (no SQL is run here):
 * - row checks: a SQL predicate per check, counted together in one aggregate scan;
 * - aggregate checks: a SQL aggregate per statistic, in that same scan;
 * - group checks (unique, primaryKey, duplicate rows): one GROUP BY each.
 */
import { DURATION_HINT, parseDuration } from "../../config/duration.js";
import { ConfigError } from "../../errors.js";
import type { CheckName } from "../../report/types.js";
import { duckdbDialect } from "../dialect/duckdb-dialect.js";
import type { SqlDialect } from "../dialect/sql-dialect.js";
import type { DatasetColumn } from "../open-dataset.js";
import { ident, literal } from "../sql.js";
import { type Field, primaryKeyOf, type TableSchema } from "../table-schema.js";
import { type ColumnExpressions, typedLiteral } from "./typed-expression.js";

/** A column as the plan's queries see it: `t<i>` typed and `x<i>` text, projected once. */
export interface PlannedColumn {
  field: Field;
  index: number;
  expressions: ColumnExpressions;
}

interface CheckBase {
  id: string;
  column?: string;
  check: CheckName;
  expected: unknown;
  mostly: number;
}

/** Counts rows matching `predicate` (the unexpected ones) out of `denominator` rows. */
export interface RowCheck extends CheckBase {
  kind: "row";
  predicate: string;
  /** SQL aggregate giving the rows the percentage is of. */
  denominator: string;
  /** The text column shown in samples. */
  sampleColumn: string;
}

/** Measures one aggregate and compares it with bounds. */
export interface AggregateCheck extends CheckBase {
  kind: "aggregate";
  aggregate: string;
  min?: number;
  max?: number;
  /** freshness: the aggregate is a timestamp that must be at least this recent. */
  notBefore?: Date;
}

/** Counts rows whose key occurs more than once (GX counts every member of a duplicate group). */
export interface GroupCheck extends CheckBase {
  kind: "group";
  keys: string[];
  /** Rows whose key has a NULL also count as unexpected (primaryKey). */
  nullIsUnexpected: boolean;
  sampleColumn: string;
  /** The key is one integer column, whose distinct values can be counted in a bitmap of its range. */
  integerKey?: boolean;
}

export type PlannedCheck = RowCheck | AggregateCheck | GroupCheck;

export interface CheckPlan {
  columns: PlannedColumn[];
  checks: PlannedCheck[];
}

export interface PlanOptions {
  schemaFile: string;
  /** The clock, for freshness. */
  now: Date;
  /** The engine the checks are compiled for (default DuckDB; `present` types are its type names). */
  dialect?: SqlDialect;
}

export function planChecks(
  schema: TableSchema,
  present: readonly DatasetColumn[],
  options: PlanOptions,
): CheckPlan {
  const dialect = options.dialect ?? duckdbDialect;
  const types = new Map(present.map((column) => [column.name, column.type]));
  const columns: PlannedColumn[] = [];
  schema.fields.forEach((field) => {
    const type = types.get(field.name);
    if (type !== undefined)
      columns.push({ field, index: columns.length, expressions: dialect.columnExpressions(field, type) });
  });
  const checks: PlannedCheck[] = [];
  for (const column of columns) {
    const fieldIndex = schema.fields.indexOf(column.field);
    checks.push(...planFieldChecks(column, `fields[${fieldIndex}].constraints`, options));
  }
  checks.push(...planTableChecks(schema, columns));
  return { columns, checks };
}

/** A constraint value written as a string, with the SQL that casts it by its field's rules. */
export interface ConstraintCast {
  field: Field;
  value: unknown;
  keyPath: string;
  sql: string;
}

/** Every string constraint value that must cast to its field's type (checked before data is read). */
export function constraintCasts(schema: TableSchema, schemaFile: string): ConstraintCast[] {
  const casts: ConstraintCast[] = [];
  schema.fields.forEach((field, i) => {
    const c = field.constraints;
    const keyPath = `fields[${i}].constraints`;
    const values: [string, unknown][] = [
      ["minimum", c.minimum],
      ["maximum", c.maximum],
      ["exclusiveMinimum", c.exclusiveMinimum],
      ["exclusiveMaximum", c.exclusiveMaximum],
      ...(c.enum ?? []).map((value, j): [string, unknown] => [`enum[${j}]`, value]),
    ];
    for (const [key, value] of values) {
      if (value === undefined) continue;
      const literal = typedLiteral(field, value, schemaFile, `${keyPath}.${key}`);
      if (literal.cast) casts.push({ field, value, keyPath: `${keyPath}.${key}`, sql: literal.sql });
    }
  });
  return casts;
}

const isInteger = (field: Field) => field.type === "integer" || field.type === "year";
const t = (column: PlannedColumn) => `t${column.index}`;
const x = (column: PlannedColumn) => `x${column.index}`;

function planFieldChecks(column: PlannedColumn, keyPath: string, options: PlanOptions): PlannedCheck[] {
  const { field } = column;
  const dialect = options.dialect ?? duckdbDialect;
  const c = field.constraints;
  const mostly = c.mostly ?? 1;
  const name = field.name;
  const typedCount = `count(${t(column)})`;
  const checks: PlannedCheck[] = [];
  const row = (
    check: CheckName,
    expected: unknown,
    predicate: string,
    denominator = typedCount,
  ): RowCheck => ({
    kind: "row",
    id: `${name}.${check}`,
    column: name,
    check,
    expected,
    mostly,
    predicate,
    denominator,
    sampleColumn: x(column),
  });
  // A missing value: NULL text, or NULL stored value where the column is stored as its type.
  const present = column.expressions.stored ? t(column) : x(column);
  const lit = (value: unknown, key: string) =>
    typedLiteral(field, value, options.schemaFile, `${keyPath}.${key}`, dialect.parseText).sql;

  if (column.expressions.canFailCast) {
    checks.push(
      row("type", field.type, `${x(column)} IS NOT NULL AND ${t(column)} IS NULL`, `count(${x(column)})`),
    );
  }
  if (c.required) checks.push(row("required", true, `${present} IS NULL`, "count(*)"));
  const comparisons = [
    ["minimum", "<"],
    ["maximum", ">"],
    ["exclusiveMinimum", "<="],
    ["exclusiveMaximum", ">="],
  ] as const;
  for (const [key, operator] of comparisons) {
    const value = c[key];
    if (value !== undefined) checks.push(row(key, value, `${t(column)} ${operator} ${lit(value, key)}`));
  }
  if (c.minLength !== undefined)
    checks.push(
      row("minLength", c.minLength, `length(${x(column)}) < ${c.minLength}`, `count(${x(column)})`),
    );
  if (c.maxLength !== undefined)
    checks.push(
      row("maxLength", c.maxLength, `length(${x(column)}) > ${c.maxLength}`, `count(${x(column)})`),
    );
  if (c.pattern !== undefined) {
    checks.push(
      row(
        "pattern",
        c.pattern,
        `NOT ${dialect.fullMatch(x(column), literal(c.pattern))}`,
        `count(${x(column)})`,
      ),
    );
  }
  if (c.enum !== undefined) {
    const values = c.enum.map((value, i) => lit(value, `enum[${i}]`)).join(", ");
    checks.push(row("enum", c.enum, `${t(column)} NOT IN (${values})`));
  }
  if (c.unique) {
    checks.push({
      kind: "group",
      id: `${name}.unique`,
      column: name,
      check: "unique",
      expected: true,
      mostly,
      keys: [t(column)],
      nullIsUnexpected: false,
      sampleColumn: x(column),
      integerKey: isInteger(field),
    });
  }

  const aggregate = (
    check: CheckName,
    sqlAggregate: string,
    expected: unknown,
    bounds: { min?: number; max?: number },
    suffix = "",
  ): AggregateCheck => ({
    kind: "aggregate",
    id: `${name}.${check}${suffix}`,
    column: name,
    check,
    expected,
    mostly: 1,
    aggregate: sqlAggregate,
    ...bounds,
  });
  if (c.maxNullFraction !== undefined) {
    checks.push(
      aggregate(
        "null_fraction",
        `CASE WHEN count(*) = 0 THEN 0 ELSE 1 - ${dialect.divide(`count(${present})`, "count(*)")} END`,
        { max: c.maxNullFraction },
        { max: c.maxNullFraction },
      ),
    );
  }
  const needsNumbers = (key: string) => {
    if (!["integer", "number", "year"].includes(field.type)) {
      throw new ConfigError(
        options.schemaFile,
        `${keyPath}.${key}`,
        `needs a numeric field; "${name}" is ${field.type}.`,
      );
    }
  };
  if (c.mean) {
    needsNumbers("mean");
    checks.push(aggregate("mean", `avg(${t(column)})`, c.mean, c.mean));
  }
  if (c.stddev) {
    needsNumbers("stddev");
    checks.push(aggregate("stddev", `stddev_samp(${t(column)})`, c.stddev, c.stddev));
  }
  c.quantiles?.forEach((q, i) => {
    needsNumbers(`quantiles[${i}]`);
    const bounds = {
      ...(q.min !== undefined ? { min: q.min } : {}),
      ...(q.max !== undefined ? { max: q.max } : {}),
    };
    checks.push(aggregate("quantile", dialect.quantile(t(column), q.quantile), q, bounds, `[${q.quantile}]`));
  });
  if (c.freshness !== undefined) {
    if (field.type !== "date" && field.type !== "datetime") {
      throw new ConfigError(
        options.schemaFile,
        `${keyPath}.freshness`,
        `needs a date or datetime field; "${name}" is ${field.type}.`,
      );
    }
    const age = parseDuration(c.freshness);
    // The table schema already refuses a freshness that does not parse (table-schema.ts).
    if (age === null)
      throw new ConfigError(options.schemaFile, `${keyPath}.freshness`, `expected ${DURATION_HINT}.`);
    const check = aggregate("freshness", `CAST(max(${t(column)}) AS TIMESTAMPTZ)`, c.freshness, {});
    checks.push({ ...check, notBefore: new Date(options.now.getTime() - age) });
  }
  return checks;
}

function planTableChecks(schema: TableSchema, columns: PlannedColumn[]): PlannedCheck[] {
  const checks: PlannedCheck[] = [];
  if (schema.rows) {
    checks.push({
      kind: "aggregate",
      id: "rows",
      check: "rows",
      expected: schema.rows,
      mostly: 1,
      aggregate: "count(*)",
      ...schema.rows,
    });
  }
  const byName = new Map(columns.map((column) => [column.field.name, column]));
  const keyNames = primaryKeyOf(schema);
  const keyColumns = keyNames.flatMap((name) => byName.get(name) ?? []);
  // A key field missing from the data is already a structural error: no primary key check then.
  const [onlyKey, ...otherKeys] = keyColumns;
  if (onlyKey && keyColumns.length === keyNames.length) {
    checks.push({
      kind: "group",
      id: "primaryKey",
      column: keyColumns.map((column) => column.field.name).join(", "),
      check: "primaryKey",
      expected: keyColumns.map((column) => column.field.name),
      mostly: 1,
      keys: keyColumns.map(t),
      nullIsUnexpected: true,
      sampleColumn: otherKeys.length === 0 ? x(onlyKey) : `concat_ws(', ', ${keyColumns.map(x).join(", ")})`,
      integerKey: otherKeys.length === 0 && isInteger(onlyKey.field),
    });
  }
  if (schema.uniqueRows) {
    checks.push({
      kind: "group",
      id: "duplicate_rows",
      check: "duplicate_rows",
      expected: false,
      mostly: 1,
      keys: columns.map(x),
      nullIsUnexpected: false,
      sampleColumn: `concat_ws(', ', ${columns.map(x).join(", ")})`,
    });
  }
  return checks;
}

/** The projection every query of the plan reads from: text and typed value of each column. */
export function projection(
  plan: CheckPlan,
  view: string,
  fileColumn: string | null,
  others: readonly string[] = [],
  rowNumberColumn?: string,
  /** Columns of the view selected as they are (e.g. a reader's structure probe). */
  extra: readonly string[] = [],
): string {
  const select = plan.columns.flatMap((column) => [
    `${column.expressions.text} AS ${x(column)}`,
    `${column.expressions.typed} AS ${t(column)}`,
  ]);
  others.forEach((name, i) => {
    select.push(`${ident(name)} AS o${i}`);
  });
  if (fileColumn) select.push(`${ident(fileColumn)} AS __file`);
  if (rowNumberColumn) select.push(`${ident(rowNumberColumn)} AS __rn`);
  for (const column of extra) select.push(ident(column));
  if (select.length === 0) select.push("1 AS __one");
  return `SELECT ${select.join(", ")} FROM ${ident(view)}`;
}
