/**
 * Reads CSV/TSV/whitespace-delimited text into DuckDB once, with each row's number in its file, and
 * returns the dataset's relation (a view on that staged table) with the file's structure errors.
 *
 * Every cell is staged as text, with the header row and any ragged row kept: DuckDB is told the
 * header's column count plus one spare column (so an extra cell — an empty trailing one included,
 * which DuckDB would otherwise drop silently — lands there), pads short rows with NULL (an empty cell
 * stays ''), and never guesses the dialect. Structure, type, constraint and uniqueness checks and
 * failing-row samples then all read the staged table, never the file again.
 *
 * Row numbers follow Frictionless: the file's rows counted from 1 (the header, when there is one, is
 * row 1; blank lines count, comment lines and multi-line quoted cells are not told apart from rows).
 */
import { InputError } from "../../errors.js";
import type { DatasetColumn } from "../open-dataset.js";
import { ident, literal, type Sql } from "../sql.js";
import { detectDialect } from "./detect-dialect.js";
import type { Dialect, DialectInput, Encoding, ReadAs } from "./dialect.js";
import { explainCsvFailure } from "./explain-csv-failure.js";
import { firstRecord } from "./first-record.js";
import { numberRows } from "./number-rows.js";
import { type ScannedFile, scanTextFile } from "./scan-text-file.js";
import {
  findStructureErrors,
  labelErrors,
  laterHeaderErrors,
  type StructureError,
} from "./structure-errors.js";
import { cellColumn, LINE_LIMITS, selectCells, spareColumns, textCells } from "./text-cells.js";

export const ROW_NUMBER_COLUMN = "__slipway_row";

export interface TextTableInput {
  sql: Sql;
  view: string;
  /** The path as the user gave it. */
  path: string;
  files: string[];
  tabSeparated: boolean;
  dialect: DialectInput;
  encoding: Encoding | null;
  /** The schema's field names, in order: names for a headerless file, and for missing/extra-label. */
  fieldNames: string[] | null;
  missingValues: string[];
  /** The column holding each row's file (several files), else null. */
  fileColumn: string | null;
}

export interface TextTable {
  columns: DatasetColumn[];
  readAs: ReadAs;
  structureErrors: StructureError[];
  warnings: string[];
  /** The staged table, for callers that need the text of every cell (typed reading). */
  stage: string;
  /** Column names in the staged table, in order, for the relation's columns. */
  stageColumns: string[];
  /** Rows that hold data (header rows excluded), as a SQL condition on the staged table. */
  dataRows: string;
}

/** What the reading of a text file settles before DuckDB parses it: the scan, dialect and names. */
export interface PreparedText {
  /** One per file, in order; the first decides the dialect. */
  scans: ScannedFiles;
  detected: ReturnType<typeof detectDialect>;
  dialect: Dialect;
  /** The header's labels, or null for a headerless file. */
  labels: string[] | null;
  width: number;
  /** The relation's column names. */
  names: string[];
  /** Per file, the header's row number. */
  headerRows: number[];
}

/** At least one: a dataset's path always resolves to one file or more. */
export type ScannedFiles = [ScannedFile, ...ScannedFile[]];

/** Scans each file once, in order, naming each by its path when several are read. */
export async function scanFiles(input: TextTableInput): Promise<ScannedFiles> {
  const { files, path } = input;
  const scans: ScannedFile[] = [];
  for (const file of files)
    scans.push(await scanTextFile(file, files.length > 1 ? file : path, input.encoding));
  const [first, ...rest] = scans;
  if (!first) throw new Error(`${path}: no files to read (resolving the path should have refused this)`);
  return [first, ...rest];
}

export async function prepareText(input: TextTableInput): Promise<PreparedText> {
  const { path } = input;
  const scans = await scanFiles(input);
  const [first] = scans;
  const detected = detectDialect(first.head, input.dialect, input.tabSeparated);
  const dialect = detected.dialect;
  const record = firstRecord(first.head, dialect);
  if (record.length === 0) throw new InputError(path, "holds no rows (only blank or skipped lines).");
  const labels = dialect.header ? record : null;
  const width = dialect.header ? record.length : Math.max(record.length, input.fieldNames?.length ?? 0);
  const names = relationNames(labels, width, dialect.header ? null : input.fieldNames);
  const headerRows = scans.map((scan) => headerRowOf(scan, dialect));
  return { scans, detected, dialect, labels, width, names, headerRows };
}

/** The errors the scan alone finds: label errors, encoding errors and blank rows. */
export function scanErrors(input: TextTableInput, prepared: PreparedText): StructureError[] {
  const { path } = input;
  const { scans, labels, headerRows, dialect } = prepared;
  const structureErrors: StructureError[] = [];
  if (labels) structureErrors.push(...labelErrors(labels, input.fieldNames, path, headerRows[0]));
  for (const [index, scan] of scans.entries()) {
    const file = scan.shown;
    const headerRow = headerRows[index];
    if (headerRow === undefined) throw new Error(`${file}: prepareText found no header row for this file`);
    if (labels && index > 0)
      structureErrors.push(...laterHeaderErrors(labels, firstRecord(scan.head, dialect), file, headerRow));
    if (scan.encodingError) {
      structureErrors.push({
        code: "encoding-error",
        row: scan.encodingError.line,
        file,
        message: `line ${scan.encodingError.line} holds bytes that are not valid ${scan.encoding}: if the file is in another encoding, state it (encoding: latin-1, cp1252 or utf-16).`,
      });
    }
    for (const line of scan.blankLines) {
      if (line <= headerRow && dialect.header) continue;
      structureErrors.push({ code: "blank-row", row: line, file, message: `row ${line} is blank.` });
    }
  }
  return structureErrors;
}

/** How a text file was read, for the report. */
export function readAsOf(input: TextTableInput, prepared: PreparedText): ReadAs {
  return {
    dialect: prepared.dialect,
    encoding: prepared.scans[0].encoding,
    stated: [...prepared.detected.stated, ...(input.encoding ? ["encoding"] : [])],
  };
}

export async function readTextTable(input: TextTableInput, prepared?: PreparedText): Promise<TextTable> {
  const { sql, files, path } = input;
  prepared ??= await prepareText(input);
  const { scans, dialect, width, names, headerRows } = prepared;
  const stage = `${input.view}_stage`;
  const stageColumns = names.map((_, i) => cellColumn(i));

  let spare = dialect.whitespaceDelimited ? 4 : 1;
  const starts: number[] = [];
  for (const [index, scan] of scans.entries()) {
    starts.push(index === 0 ? 0 : await countRows(sql, stage));
    spare = await stageFile(sql, { stage, index, scan, dialect, stageColumns, shown: scan.shown, spare });
  }
  const rows = `${stage}_rows`;
  await numberRows(sql, { stage, rows, scans, starts, dialect });

  const structureErrors = scanErrors(input, prepared);
  const dataRows = scans
    .map((_, index) => `(__file = ${index} AND __row > ${dialect.header ? headerRows[index] : 0})`)
    .join(" OR ");
  structureErrors.push(
    ...(await findStructureErrors(sql, {
      stage: rows,
      stageColumns,
      spareColumns: spareColumns(spare),
      names,
      dataRows,
      files: files.length > 1 ? files : [path],
    })),
  );
  refuseSecondTable(structureErrors, width);
  structureErrors.sort((a, b) =>
    a.file === b.file ? (a.row ?? 0) - (b.row ?? 0) : a.file < b.file ? -1 : 1,
  );

  const select = selectCells(names, input.missingValues);
  select.push(`__row AS ${ident(ROW_NUMBER_COLUMN)}`);
  if (input.fileColumn)
    select.push(`list_extract(${listOf(files)}, __file + 1) AS ${ident(input.fileColumn)}`);
  await sql.run(
    `CREATE OR REPLACE TEMP VIEW ${ident(input.view)} AS SELECT ${select.join(", ")} FROM ${ident(rows)} WHERE ${dataRows}`,
  );
  return {
    columns: names.map((name) => ({ name, type: "VARCHAR" })),
    readAs: readAsOf(input, prepared),
    structureErrors,
    warnings: prepared.detected.warnings,
    stage: rows,
    stageColumns,
    dataRows,
  };
}

/**
 * A blank line followed by rows of another width than the header's — at least two in a row, of
 * the same width — is a second table (a summary block, another export appended): not row errors
 * to wade through, but one sentence. A single odd row after a blank line stays what Frictionless
 * calls it (blank-row, then missing-cell or extra-cell errors).
 */
function refuseSecondTable(errors: StructureError[], width: number): void {
  const blankRows = new Set(errors.filter((e) => e.code === "blank-row").map((e) => `${e.file}:${e.row}`));
  const cellsOf = (file: string, row: number): number | null => {
    const cells = errors.filter((e) => e.row === row && e.file === file);
    if (cells.length === 0) return null;
    if (cells.every((e) => e.code === "missing-cell")) return width - cells.length;
    if (cells.every((e) => e.code === "extra-cell")) return width + cells.length;
    return null;
  };
  const ragged = errors.find(
    (e) =>
      (e.code === "missing-cell" || e.code === "extra-cell") &&
      e.row !== undefined &&
      blankRows.has(`${e.file}:${e.row - 1}`),
  );
  if (!ragged || ragged.row === undefined) return;
  const count = cellsOf(ragged.file, ragged.row);
  if (count === null || cellsOf(ragged.file, ragged.row + 1) !== count) return;
  throw new InputError(
    ragged.file,
    `the file holds a second table from line ${ragged.row}: after the blank line ${ragged.row - 1}, rows have ${count} cells where the header has ${width}. Split it into two files (or remove the second table).`,
    { line: ragged.row },
  );
}

function listOf(values: string[]): string {
  return `[${values.map(literal).join(", ")}]`;
}

/**
 * Names of the relation's columns: the header's labels (a blank one named field<n> and a repeated
 * one given its position, as Frictionless does — both reported as label errors, never silently), the
 * schema's names for a headerless file, else field1, field2, ….
 */
export function relationNames(
  labels: string[] | null,
  width: number,
  schemaNames: string[] | null,
): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < width; i++) {
    let name = labels?.[i] ?? schemaNames?.[i] ?? `field${i + 1}`;
    if (name === "" || seen.has(name) || name === ROW_NUMBER_COLUMN) name = `${name || "field"}${i + 1}`;
    while (seen.has(name)) name = `${name}_${i + 1}`;
    seen.add(name);
    names.push(name);
  }
  return names;
}

/** The header's row number: after skipped rows and any blank lines before it. */
function headerRowOf(scan: ScannedFile, dialect: Dialect): number {
  let row = dialect.skipRows + 1;
  const blanks = new Set(scan.blankLines);
  if (scan.head.startsWith("\n") || scan.head.startsWith("\r\n")) blanks.add(1);
  while (blanks.has(row)) row++;
  return row;
}

interface StageFile {
  stage: string;
  index: number;
  scan: ScannedFile;
  dialect: Dialect;
  stageColumns: string[];
  shown: string;
  /** Spare columns the staged table has so far (extra cells land there). */
  spare: number;
}

const TOO_MANY = /Expected Number of Columns: (\d+) Found: (\d+)/;

/**
 * Stages one file; returns how many spare columns the table has now. DuckDB is told the header's
 * columns plus spare ones; a row with more cells than that fails the read with how many it found,
 * and the read is tried again with enough spare columns (rare: most files have none or one).
 */
async function stageFile(sql: Sql, file: StageFile): Promise<number> {
  let spare = file.spare;
  let serial = false;
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      await addSpareColumns(sql, file, spare);
      await insert(sql, file, spare, serial);
      return spare;
    } catch (error) {
      const text = String((error as { message?: unknown }).message ?? error);
      const found = TOO_MANY.exec(text);
      if (found && !file.dialect.whitespaceDelimited) {
        spare = Math.max(spare * 2, Number(found[2]) - file.stageColumns.length, spare + 1);
        continue;
      }
      // DuckDB's parallel reader cannot pad short rows once a quoted cell spans lines: read serially.
      if (/parallel=false/.test(text) && !serial) {
        serial = true;
        continue;
      }
      throw await explainCsvFailure(file.scan, file.shown, file.dialect, error);
    }
  }
  throw await explainCsvFailure(file.scan, file.shown, file.dialect, new Error("rows with too many cells"));
}

async function addSpareColumns(sql: Sql, file: StageFile, spare: number): Promise<void> {
  if (file.index === 0) return; // the first file creates the table
  const [row] = await sql.all(
    `SELECT count(*) AS n FROM duckdb_columns() WHERE table_name = ${literal(file.stage)} AND column_name LIKE '__extra%'`,
  );
  for (let i = Number(row?.n ?? 0) + 1; i <= spare; i++)
    await sql.run(`ALTER TABLE ${ident(file.stage)} ADD COLUMN __extra${i} VARCHAR`);
}

async function insert(sql: Sql, file: StageFile, spare: number, serial: boolean) {
  const { dialect, stageColumns, scan } = file;
  const all = [...stageColumns, ...spareColumns(spare)];
  let source: string;
  let cells: string[];
  if (dialect.whitespaceDelimited) {
    const options = [
      "header=false",
      "auto_detect=false",
      "columns={'__line': 'VARCHAR'}",
      `delim=${literal("\u0001")}`,
      "quote=''",
      "escape=''",
      `skip=${dialect.skipRows}`,
      ...LINE_LIMITS,
      ...(dialect.comment ? [`comment=${literal(dialect.comment)}`] : []),
    ];
    source = `(SELECT regexp_split_to_array(regexp_replace(coalesce(__line, ''), '^\\s+|\\s+$', '', 'g'), '\\s+') AS p FROM read_csv(${literal(scan.readPath)}, ${options.join(", ")}))`;
    // Whitespace-delimited rows have as many cells as they have: the spare columns take any extra.
    cells = all.map(
      (column, i) =>
        `CASE WHEN p[1] = '' AND len(p) = 1 THEN ${i === 0 ? "''" : "NULL"} ELSE p[${i + 1}] END AS ${column}`,
    );
  } else {
    source = textCells(scan.readPath, dialect, all, dialect.skipRows, serial);
    cells = all;
  }
  // No row_number() here: it made staging about twice as slow. Rows keep file order in the table
  // (DuckDB preserves insertion order), so each row's number comes from its rowid (numberRows).
  const select = `SELECT ${cells.join(", ")} FROM ${source}`;
  if (file.index === 0) await sql.run(`CREATE OR REPLACE TEMP TABLE ${ident(file.stage)} AS ${select}`);
  else await sql.run(`INSERT INTO ${ident(file.stage)} BY NAME ${select}`);
}

async function countRows(sql: Sql, table: string): Promise<number> {
  const [row] = await sql.all(`SELECT count(*) AS n FROM ${ident(table)}`);
  return Number(row?.n ?? 0);
}
