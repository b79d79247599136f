/**
 * Finds the first row (1-based data row, header excluded, as DESIGN.md numbers rows) that matches a
 * condition. Only run once an aggregate has counted a problem, so the fast path never pays for it.
 * row_number() OVER () numbers rows in file order: DuckDB keeps insertion order for CSV and Parquet
 * scans (preserve_insertion_order, the default), which the tests check on a multi-threaded read.
 */
import { FILE_COLUMN, ROW_NUMBER_COLUMN } from "../../data/open-dataset.js";
import { ident, type Sql, type SqlRow, type SqlValue } from "../../data/sql.js";
import { InputError } from "../../errors.js";
import type { PredictionInput } from "./types.js";

// Not the reader's own "__slipway_row" (each row's number in its file), which the view may carry too.
const ROW = "__slipway_seq";

export interface FoundRow {
  /** 1-based row of the dataset (all its files in reading order). */
  row: number;
  values: SqlRow;
}

export async function findFirstRow(sql: Sql, view: string, condition: string): Promise<FoundRow | null> {
  // The reader's own columns, where the view has them, give the order for certain (files in
  // reading order, rows as in each file); a scan's order is kept otherwise.
  const described = await sql.all(`DESCRIBE ${ident(view)}`);
  const names = new Set(described.map((column) => String(column.column_name)));
  const order = [FILE_COLUMN, ROW_NUMBER_COLUMN].filter((name) => names.has(name)).map(ident);
  const [found] = await sql.all(
    `SELECT * FROM (SELECT row_number() OVER (${order.length > 0 ? `ORDER BY ${order.join(", ")}` : ""}) AS ${ROW}, * FROM ${ident(view)}) WHERE ${condition} ORDER BY ${ROW} LIMIT 1`,
  );
  if (!found) return null;
  return { row: Number(found[ROW]), values: found };
}

/** How an unusable value reads in a message. */
export function describeValue(value: SqlValue | undefined): string {
  if (value === null || value === undefined) return "is empty";
  if (typeof value === "number" && Number.isNaN(value)) return "is NaN";
  if (typeof value === "number" && !Number.isFinite(value)) return `is ${value > 0 ? "" : "minus "}infinity`;
  return `is ${JSON.stringify(value)}`;
}

/** An InputError at a found row, naming the file it is in and its row there when a glob read several files. */
export function rowError(
  input: PredictionInput,
  found: FoundRow | null,
  detail: string,
  field?: string,
): InputError {
  const where = field === undefined ? {} : { field };
  if (!found) return new InputError(input.file, detail, where);
  let row = found.row;
  if (input.files.length > 1) {
    for (const [i, count] of input.rowsPerFile.entries()) {
      // files and rowsPerFile are parallel (openDataset); the configured path is the fallback name.
      if (row <= count) return new InputError(input.files[i] ?? input.file, detail, { row, ...where });
      row -= count;
    }
  }
  return new InputError(input.file, detail, { row, ...where });
}
