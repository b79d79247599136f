/**
 * Opens a data file (or a glob of files read as one dataset) as a DuckDB view, the one place that
 * knows how each format is read. Missing, empty, corrupt or unparsable files become InputErrors
 * that name the file and, where there is one, the line; rows DuckDB cannot read (ragged rows, bad
 * encoding) are kept as `rejects` to be reported, never silently dropped.
 *
 * With `typed: false` (validation), CSV/TSV/JSONL columns are read as text so that each value's
 * cast to its declared type can be checked and reported with its row; CSV/TSV is staged once into a
 * DuckDB table with every row kept and numbered (read/read-text-table.ts). With `typed: true`
 * (drift, metrics, schema inference) DuckDB's detected types are used, read with the same dialect.
 *
 * Every dataset's relation holds `rowNumberColumn` (BIGINT): each row's number in its file, as
 * Frictionless numbers rows — the header is row 1 and the first data row row 2; a headerless file's
 * first row is row 1; Parquet and JSON Lines rows count from 1.
 */
import { existsSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { InputError } from "../errors.js";
import type { DataFormat } from "../report/types.js";
import { detectFormat, isGlob, SUPPORTED_EXTENSIONS } from "./data-format.js";
import { findUnterminatedQuote } from "./find-unterminated-quote.js";
import type { DialectInput, Encoding, ReadAs } from "./read/dialect.js";
import { readTextDirect, STRUCTURE_SUSPECT_COLUMN } from "./read/read-text-direct.js";
import { prepareText, ROW_NUMBER_COLUMN, readTextTable } from "./read/read-text-table.js";
import { readTypedText } from "./read/read-typed-text.js";
import type { StructureError } from "./read/structure-errors.js";
import { ident, listLiteral, literal, type Sql } from "./sql.js";

export type { ReadAs } from "./read/dialect.js";
export { ROW_NUMBER_COLUMN } from "./read/read-text-table.js";
export type { StructureError } from "./read/structure-errors.js";

export interface DatasetColumn {
  name: string;
  /** DuckDB type, e.g. VARCHAR, BIGINT, DOUBLE, DATE. */
  type: string;
}

/** A data row DuckDB could not read (CSV only), with its 1-based file line. */
export interface RejectedRow {
  file: string;
  line: number;
  column: string | null;
  kind: string;
  message: string;
}

/** A data file (or glob) as a DuckDB view, before anything was counted. */
export interface DatasetView {
  /** Name of the DuckDB view holding the data. */
  view: string;
  /** The path as the user gave it. */
  path: string;
  format: DataFormat;
  /** Absolute paths of the files read, in reading order. */
  files: string[];
  columns: DatasetColumn[];
  /** The column holding each row's file name when several files are read, else null. */
  fileColumn: string | null;
  /** Where DuckDB stores the rows it could not read (typed CSV/TSV), else null. */
  rejectsTable: string | null;
  /**
   * A BIGINT column of the relation (not in `columns`): each row's number in its file, as
   * Frictionless numbers them (header = row 1, first data row = row 2; headerless: first row = 1).
   */
  rowNumberColumn: string;
  /**
   * Set when the view reads the file straight (validation of a file whose rows can be numbered by
   * their place, read/read-text-direct.ts): a column true on rows whose structure is wrong, and the
   * view has no row-number column (a row's place in the view is its row). Else null.
   */
  structureSuspectColumn: string | null;
  /** The file's structure errors (CSV/TSV read as text; [] otherwise): errors of the dataset. */
  structureErrors: StructureError[];
  /** How a text file was read (dialect and encoding, stated or detected); null for Parquet/JSONL. */
  readAs: ReadAs | null;
  /** Things the reader guessed that the user should confirm (e.g. a first row of numbers read as data). */
  warnings: string[];
}

export interface Dataset extends DatasetView {
  rows: number;
  rejects: RejectedRow[];
  /** Per file, in reading order, how many rows were read (to turn dataset rows into file rows). */
  rowsPerFile: number[];
}

export interface OpenDatasetOptions {
  cwd: string;
  /** Names the view; defaults to a unique one. */
  name?: string;
  typed?: boolean;
  /** Frictionless missingValues: text read as null (text mode only). Default [""]. */
  missingValues?: string[];
  /** What the user stated of the dialect (CSV/TSV); the rest is detected. */
  dialect?: DialectInput;
  /** The file's encoding when stated; otherwise UTF-8 (UTF-16 when the file starts with its BOM). */
  encoding?: Encoding;
  /** The schema's field names: names of a headerless file's columns; missing/extra-label errors. */
  fieldNames?: string[];
  /** Validation only: read a CSV/TSV straight from the file where rows can be numbered by place. */
  direct?: boolean;
}

let counter = 0;
export const FILE_COLUMN = "__slipway_file";

/** Opens the data and counts its rows (one scan of every column for text formats). */
export async function openDataset(sql: Sql, path: string, options: OpenDatasetOptions): Promise<Dataset> {
  const dataset = await openDatasetView(sql, path, options);
  const rowsPerFile = await countRowsPerFile(sql, dataset);
  return {
    ...dataset,
    rows: rowsPerFile.reduce((a, b) => a + b, 0),
    rejects: await readDatasetRejects(sql, dataset),
    rowsPerFile,
  };
}

/**
 * Opens the data as a view without reading it, for callers that count rows in a scan of their own
 * (validation does, so a valid CSV is parsed once). Read errors can then surface in that scan:
 * pass them through `explainReadFailure`.
 */
export async function openDatasetView(
  sql: Sql,
  path: string,
  options: OpenDatasetOptions,
): Promise<DatasetView> {
  const format = detectFormat(path);
  if (!format) {
    throw new InputError(
      path,
      `unknown data format; Slipway reads ${SUPPORTED_EXTENSIONS} (optionally .gz).`,
    );
  }
  const files = await resolveFiles(sql, path, options.cwd);
  const view = `dataset_${options.name ? options.name.replace(/\W/g, "_") : ""}_${++counter}`;
  const multi = files.length > 1;
  const reader = { sql, path, files, view, multi, typed: options.typed ?? false };
  const rejectsTable = `${view}_rejects`;
  let text: Pick<DatasetView, "structureErrors" | "readAs" | "warnings"> = {
    structureErrors: [],
    readAs: null,
    warnings: [],
  };
  let rowNumber = true; // whether the view already holds the row-number column
  let suspect: string | null = null;
  switch (format) {
    case "csv":
    case "tsv": {
      const input = {
        sql,
        view,
        path,
        files,
        tabSeparated: format === "tsv",
        dialect: options.dialect ?? {},
        encoding: options.encoding ?? null,
        fieldNames: options.fieldNames ?? null,
        missingValues: options.missingValues ?? [""],
        fileColumn: multi ? FILE_COLUMN : null,
      };
      if (reader.typed) {
        const read = await readTypedText({ ...input, rejectsTable });
        text = { structureErrors: read.structureErrors, readAs: read.readAs, warnings: read.warnings };
        break;
      }
      const prepared = await prepareText(input);
      const direct = options.direct ? await readTextDirect(input, prepared) : null;
      const read = direct ?? (await readTextTable(input, prepared));
      text = { structureErrors: read.structureErrors, readAs: read.readAs, warnings: read.warnings };
      if (direct) suspect = STRUCTURE_SUSPECT_COLUMN;
      break;
    }
    case "parquet":
      await createView(
        reader,
        `(SELECT * EXCLUDE (file_row_number), file_row_number + 1 AS ${ident(ROW_NUMBER_COLUMN)} FROM read_parquet(${listLiteral(files)}, file_row_number=true${multi ? `, filename='${FILE_COLUMN}'` : ""}))`,
      );
      break;
    case "jsonl":
      await createJsonView({ ...reader, view: `${view}_rows` });
      rowNumber = false;
      break;
  }
  if (!rowNumber) {
    await sql.run(
      `CREATE OR REPLACE TEMP VIEW ${ident(view)} AS SELECT *, row_number() OVER () AS ${ident(ROW_NUMBER_COLUMN)} FROM ${ident(`${view}_rows`)}`,
    );
  }

  const described = await sql.all(`DESCRIBE SELECT * FROM ${ident(view)}`);
  const columns = described
    .map((row) => ({ name: String(row.column_name), type: String(row.column_type) }))
    .filter((column) => ![FILE_COLUMN, ROW_NUMBER_COLUMN, STRUCTURE_SUSPECT_COLUMN].includes(column.name));
  const isText = format === "csv" || format === "tsv";
  return {
    view,
    path,
    format,
    files,
    columns,
    fileColumn: multi ? FILE_COLUMN : null,
    rejectsTable: isText && reader.typed ? rejectsTable : null,
    rowNumberColumn: ROW_NUMBER_COLUMN,
    structureSuspectColumn: suspect,
    ...text,
  };
}

interface Reader {
  sql: Sql;
  path: string;
  files: string[];
  view: string;
  multi: boolean;
  typed: boolean;
}

async function resolveFiles(sql: Sql, path: string, cwd: string): Promise<string[]> {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  if (isGlob(path)) {
    const rows = await sql.all(`SELECT file FROM glob(${literal(absolute)}) ORDER BY file`);
    const files = rows.map((row) => String(row.file));
    if (files.length === 0)
      throw new InputError(path, "no files match this pattern. Check the path and the glob.");
    for (const file of files) assertReadableFile(file, file);
    return files;
  }
  assertReadableFile(absolute, path);
  return [absolute];
}

function assertReadableFile(absolute: string, shown: string): void {
  if (!existsSync(absolute))
    throw new InputError(
      shown,
      "file not found. Check the path (relative paths start in the current folder or the repository root).",
    );
  const stat = statSync(absolute);
  if (!stat.isFile())
    throw new InputError(shown, "is a folder, not a data file. Give a file or a glob such as data/*.csv.");
  if (stat.size === 0) throw new InputError(shown, "is empty (0 bytes): there is no header and no data.");
}

async function createView({ sql, view, path }: Reader, source: string): Promise<void> {
  try {
    await sql.run(`CREATE OR REPLACE TEMP VIEW ${ident(view)} AS SELECT * FROM ${source}`);
  } catch (error) {
    throw readFailure(path, error);
  }
}

async function createJsonView(reader: Reader): Promise<void> {
  const { sql, files, multi, typed, path } = reader;
  const base = `${listLiteral(files)}, format='newline_delimited'${multi ? `, filename='${FILE_COLUMN}'` : ""}`;
  let source = `read_json(${base})`;
  if (!typed) {
    // Read every key as text (numbers keep their JSON spelling) so declared types are checked per row.
    let columns: string[];
    try {
      columns = (await sql.all(`DESCRIBE SELECT * FROM read_json(${base})`))
        .map((row) => String(row.column_name))
        .filter((name) => name !== FILE_COLUMN);
    } catch (error) {
      throw readFailure(path, error);
    }
    const struct = columns.map((name) => `${literal(name)}: 'VARCHAR'`).join(", ");
    source = `read_json(${base}, columns={${struct}})`;
  }
  await createView(reader, source);
}

/** Rows read per file, in reading order; touches every column so unreadable rows are found. */
export async function countRowsPerFile(sql: Sql, dataset: DatasetView): Promise<number[]> {
  const { view, files, columns } = dataset;
  const multi = files.length > 1;
  // Touch every column: DuckDB parses (and rejects) only the columns a query reads.
  const touch = columns.map((column, i) => `count(${ident(column.name)}) AS c${i}`).join(", ");
  const counts = `count(*) AS n${touch ? `, ${touch}` : ""}`;
  try {
    if (!multi) {
      const [row] = await sql.all(`SELECT ${counts} FROM ${ident(view)}`);
      return [Number(row?.n ?? 0)];
    }
    const rows = await sql.all(
      `SELECT ${ident(FILE_COLUMN)} AS file, ${counts} FROM ${ident(view)} GROUP BY 1`,
    );
    const byFile = new Map(rows.map((row) => [String(row.file), Number(row.n)]));
    return files.map((file) => byFile.get(file) ?? 0);
  } catch (error) {
    throw await explainReadFailure(dataset, error);
  }
}

/** Turns an engine error met while reading the data into an InputError naming the file (and line). */
export async function explainReadFailure(dataset: DatasetView, error: unknown): Promise<InputError> {
  if (error instanceof InputError) return error;
  return dataset.format === "csv" || dataset.format === "tsv"
    ? await csvFailure(dataset.files, dataset.path, error)
    : readFailure(dataset.path, error);
}

/** The rows DuckDB could not read in the scans so far (CSV/TSV), once each, in file order. */
export async function readDatasetRejects(sql: Sql, dataset: DatasetView): Promise<RejectedRow[]> {
  const table = dataset.rejectsTable;
  if (!table) return [];
  let rows: Awaited<ReturnType<Sql["all"]>>;
  try {
    rows = await sql.all(
      `SELECT DISTINCT s.file_path AS file, e.line, e.column_name, e.error_type, e.error_message
       FROM ${ident(table)} e JOIN ${ident(`${table}_scan`)} s USING (scan_id, file_id) ORDER BY 1, 2`,
    );
  } catch {
    return []; // DuckDB creates the rejects tables only when a scan stored something.
  }
  return rows.map((row) => ({
    file: String(row.file),
    line: Number(row.line),
    column: row.column_name === null ? null : String(row.column_name),
    kind: String(row.error_type).toLowerCase().replace(/\s+/g, "_"),
    message: String(row.error_message),
  }));
}

async function csvFailure(files: string[], shown: string, error: unknown): Promise<InputError> {
  for (const file of files) {
    const open = await findUnterminatedQuote(file).catch(() => null);
    if (open !== null) {
      const { line, column } = open;
      const name = files.length > 1 ? file : shown;
      return new InputError(
        name,
        `unterminated quote opens at line ${line}, column ${column}: a quoted cell (") is never closed.`,
        { line },
        { cause: error },
      );
    }
  }
  return readFailure(shown, error);
}

function readFailure(shown: string, error: unknown): InputError {
  const detail = engineMessage(error);
  const line = /line (\d+)/i.exec(detail)?.[1];
  const where = line ? { line: Number(line) } : {};
  if (/magic bytes|parquet/i.test(detail)) {
    return new InputError(shown, `is not a readable Parquet file (truncated or corrupt): ${detail}`, where, {
      cause: error,
    });
  }
  return new InputError(shown, `cannot be read: ${detail}`, where, { cause: error });
}

/**
 * The first line of a DuckDB error without its class prefixes ("Error: Invalid Input Error: …") or
 * the SQL it quotes. Duck-typed: errors from the native engine may come from another realm.
 */
export function engineMessage(error: unknown): string {
  const message =
    typeof error === "object" && error !== null && "message" in error ? String(error.message) : String(error);
  const first = message.split("\n")[0] ?? message;
  return first.replace(/^(?:[A-Za-z ]*Error: )+/, "").trim();
}
