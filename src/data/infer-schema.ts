/**
 * Drafts a Table Schema from data, for a person to review: types from DuckDB's detection, `required`
 * where a column has no nulls, min/max for numbers and dates (with a margin: schema-bounds.ts),
 * `enum` for low-cardinality strings. The data it was inferred from validates against it, and so
 * does another sample of the same data (tests hold it to both).
 */

import { openDataset, type ReadAs } from "./open-dataset.js";
import type { DialectInput, Encoding } from "./read/dialect.js";
import { type BoundsMargin, DEFAULT_MARGIN, dateBounds, numberBounds } from "./schema-bounds.js";
import type { Sql, SqlRow } from "./sql.js";
import { ident, literal } from "./sql.js";
import type { Field, FieldType } from "./table-schema.js";

export interface InferOptions {
  cwd: string;
  /** Strings with at most this many distinct values get an enum. */
  enumMax?: number;
  /** How far the bounds stand from the observed range (default: DEFAULT_MARGIN). */
  margin?: BoundsMargin;
  /** How a text file is read, as far as stated (the rest is detected, as validate-data detects it). */
  dialect?: DialectInput;
  encoding?: Encoding;
}

/** A drafted schema with how its file was read (for init to write the dialect into the config). */
export interface InferredDataset {
  schema: InferredSchema;
  /** Null for Parquet and JSON Lines. */
  readAs: ReadAs | null;
  warnings: string[];
}

/** The schema as it is written to a file: only the keys that carry information. */
export interface InferredSchema {
  fields: InferredField[];
  missingValues: string[];
}

export type InferredField = Pick<Field, "name" | "type"> & {
  format?: string;
  constraints?: Partial<Pick<Field["constraints"], "required" | "minimum" | "maximum" | "enum">>;
};

export async function inferSchema(sql: Sql, path: string, options: InferOptions): Promise<InferredSchema> {
  return (await inferDataset(sql, path, options)).schema;
}

export async function inferDataset(sql: Sql, path: string, options: InferOptions): Promise<InferredDataset> {
  const enumMax = options.enumMax ?? 10;
  const margin = options.margin ?? DEFAULT_MARGIN;
  const dataset = await openDataset(sql, path, {
    cwd: options.cwd,
    name: "infer",
    typed: true,
    ...(options.dialect ? { dialect: options.dialect } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
  // The first file is sniffed (openDataset refuses a path that matches none).
  const [firstFile] = dataset.files;
  const dateFormat =
    firstFile !== undefined &&
    (dataset.format === "csv" || dataset.format === "tsv") &&
    !dataset.readAs?.dialect.whitespaceDelimited
      ? await sniffDateFormat(sql, firstFile)
      : null;
  const stats = await columnStats(sql, dataset.view, dataset.columns);
  const fields = stats.map(({ column, ...s }): InferredField => {
    const type = frictionlessType(column.type);
    const constraints: NonNullable<InferredField["constraints"]> = {};
    if (dataset.rows > 0 && s.nulls === 0) constraints.required = true;
    if ((type === "integer" || type === "number") && s.min !== null)
      Object.assign(
        constraints,
        numberBounds(Number(s.min), Number(s.max), { integer: type === "integer", margin }),
      );
    if (type === "date" && s.min !== null)
      Object.assign(constraints, dateBounds(String(s.min), String(s.max), margin));
    if (
      type === "string" &&
      s.values !== null &&
      s.distinct > 0 &&
      s.distinct <= enumMax &&
      dataset.rows >= 2 * s.distinct
    ) {
      constraints.enum = [...s.values].sort();
    }
    const field: InferredField = { name: column.name, type };
    if (type === "date" && dateFormat && dateFormat !== "%Y-%m-%d") field.format = dateFormat;
    if (Object.keys(constraints).length > 0) field.constraints = constraints;
    return field;
  });
  return {
    schema: { fields, missingValues: [""] },
    readAs: dataset.readAs,
    warnings: dataset.warnings,
  };
}

export function frictionlessType(duckType: string): FieldType {
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/.test(duckType))
    return "integer";
  if (/^(FLOAT|DOUBLE|DECIMAL)/.test(duckType)) return "number";
  if (duckType === "BOOLEAN") return "boolean";
  if (duckType === "DATE") return "date";
  if (duckType.startsWith("TIMESTAMP")) return "datetime";
  if (duckType === "TIME") return "time";
  return "string";
}

interface ColumnStats<C> {
  column: C;
  nulls: number;
  min: unknown;
  max: unknown;
  distinct: number;
  values: string[] | null;
}

/** One scan for every column's nulls, range and distinct count; distinct values only for short lists. */
async function columnStats<C extends { name: string; type: string }>(
  sql: Sql,
  view: string,
  columns: C[],
): Promise<ColumnStats<C>[]> {
  if (columns.length === 0) return [];
  const select = columns.flatMap((column, i) => {
    const c = ident(column.name);
    const ordered = frictionlessType(column.type) !== "string" && frictionlessType(column.type) !== "boolean";
    return [
      `count(*) - count(${c}) AS n${i}`,
      ordered ? `CAST(min(${c}) AS VARCHAR) AS lo${i}` : `NULL AS lo${i}`,
      ordered ? `CAST(max(${c}) AS VARCHAR) AS hi${i}` : `NULL AS hi${i}`,
      `approx_count_distinct(${c}) AS d${i}`,
    ];
  });
  const [row = {} as SqlRow] = await sql.all(`SELECT ${select.join(", ")} FROM ${ident(view)}`);
  const stats: ColumnStats<C>[] = [];
  for (const [i, column] of columns.entries()) {
    const approx = Number(row[`d${i}`] ?? 0);
    let values: string[] | null = null;
    let distinct = approx;
    if (frictionlessType(column.type) === "string" && approx <= 64) {
      const rows = await sql.all(
        `SELECT DISTINCT ${ident(column.name)} AS v FROM ${ident(view)} WHERE ${ident(column.name)} IS NOT NULL LIMIT 65`,
      );
      values = rows.map((r) => String(r.v));
      distinct = values.length;
    }
    stats.push({
      column,
      nulls: Number(row[`n${i}`] ?? 0),
      min: row[`lo${i}`] ?? null,
      max: row[`hi${i}`] ?? null,
      distinct,
      values,
    });
  }
  return stats;
}

async function sniffDateFormat(sql: Sql, file: string): Promise<string | null> {
  try {
    const [row] = await sql.all(`SELECT DateFormat AS f FROM sniff_csv(${literal(file)})`);
    return row?.f ? String(row.f) : null;
  } catch {
    return null;
  }
}
