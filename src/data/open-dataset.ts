/**
 * Opens a data file (or a glob of files read as one dataset) as a DuckDB view, the one place that
 * knows how each format is read. Missing, empty, corrupt or unparsable files become InputErrors
 * that name the file and, where there is one, the line; rows DuckDB cannot read (ragged rows, bad
 * encoding) are kept as `rejects` to be reported, never silently dropped.
 *
 * With `typed: false` (validation), CSV/TSV/JSONL columns are read as text so that each value's
 * cast to its declared type can be checked and reported with its row. With `typed: true`
 * (drift, metrics, schema inference) DuckDB's detected types are used.
 */
import { existsSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { InputError } from "../errors.js";
import type { DataFormat } from "../report/types.js";
import { detectFormat, isGlob, SUPPORTED_EXTENSIONS } from "./data-format.js";
import { detectDelimiter } from "./detect-delimiter.js";
import { findUnterminatedQuote } from "./find-unterminated-quote.js";
import { ident, listLiteral, literal, type Sql } from "./sql.js";

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
  /** Where DuckDB stores the rows it could not read (CSV/TSV), else null. */
  rejectsTable: string | null;
  /** A BIGINT column numbering rows as their file does (header = row 1), once the reader provides it. */
  rowNumberColumn?: string;
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
  switch (format) {
    case "csv":
    case "tsv":
      await createCsvView(reader, format, options.missingValues ?? [""], rejectsTable);
      break;
    case "parquet":
      await createView(
        reader,
        `read_parquet(${listLiteral(files)}${multi ? `, filename='${FILE_COLUMN}'` : ""})`,
      );
      break;
    case "jsonl":
      await createJsonView(reader);
      break;
  }

  const described = await sql.all(`DESCRIBE SELECT * FROM ${ident(view)}`);
  const columns = described
    .map((row) => ({ name: String(row.column_name), type: String(row.column_type) }))
    .filter((column) => column.name !== FILE_COLUMN);
  const isText = format === "csv" || format === "tsv";
  return {
    view,
    path,
    format,
    files,
    columns,
    fileColumn: multi ? FILE_COLUMN : null,
    rejectsTable: isText ? rejectsTable : null,
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

async function createCsvView(
  reader: Reader,
  format: "csv" | "tsv",
  missingValues: string[],
  rejectsTable: string,
) {
  const { sql, files, multi, typed, path } = reader;
  const delimiter = format === "tsv" ? "\t" : await detectDelimiter(files[0]!);
  const options = [
    "header=true",
    `delim=${literal(delimiter)}`,
    // Frictionless CSV dialect defaults: '"' quotes, doubled to escape. Forcing them turns an
    // unterminated quote into an error instead of a silently mis-split file.
    `quote='"'`,
    `escape='"'`,
    "store_rejects=true",
    `rejects_table=${literal(rejectsTable)}`,
    `rejects_scan=${literal(`${rejectsTable}_scan`)}`,
  ];
  if (!typed) options.push("all_varchar=true", `nullstr=${listLiteral(missingValues)}`);
  if (multi) options.push(`filename=${literal(FILE_COLUMN)}`);
  try {
    await sql.run(
      `CREATE OR REPLACE TEMP VIEW ${ident(reader.view)} AS SELECT * FROM read_csv(${listLiteral(files)}, ${options.join(", ")})`,
    );
  } catch (error) {
    throw await csvFailure(files, path, error);
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
    const line = await findUnterminatedQuote(file).catch(() => null);
    if (line !== null) {
      const name = files.length > 1 ? file : shown;
      return new InputError(
        name,
        'a quoted field opens here and is never closed (an unterminated ").',
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
