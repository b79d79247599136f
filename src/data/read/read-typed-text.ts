/**
 * Reads CSV/TSV with DuckDB's detected types (drift, metrics, schema inference), with the same
 * file scan and dialect detection as validation, so every command reads a file the same way.
 * Whitespace-delimited files are staged as text first and each column takes the narrowest type all
 * its cells cast to (BIGINT, DOUBLE, else VARCHAR). A header with a blank or repeated label is refused:
 * DuckDB would rename it, and a drafted schema would then name columns the file does not have.
 */
import { InputError } from "../../errors.js";
import { ident, literal, type Sql } from "../sql.js";
import { detectDialect } from "./detect-dialect.js";
import type { Dialect, ReadAs } from "./dialect.js";
import { explainCsvFailure } from "./explain-csv-failure.js";
import { firstRecord } from "./first-record.js";
import { ROW_NUMBER_COLUMN, readTextTable, scanFiles, type TextTableInput } from "./read-text-table.js";
import { labelErrors, type StructureError } from "./structure-errors.js";
import { LINE_LIMITS } from "./text-cells.js";

export interface TypedText {
  readAs: ReadAs;
  structureErrors: StructureError[];
  warnings: string[];
}

export async function readTypedText(input: TextTableInput & { rejectsTable: string }): Promise<TypedText> {
  const { sql, path } = input;
  const scans = await scanFiles(input);
  const [first] = scans;
  const detected = detectDialect(first.head, input.dialect, input.tabSeparated);
  const dialect = detected.dialect;
  const readAs: ReadAs = {
    dialect,
    encoding: first.encoding,
    stated: [...detected.stated, ...(input.encoding ? ["encoding"] : [])],
  };
  const record = firstRecord(first.head, dialect);
  if (record.length === 0) throw new InputError(path, "holds no rows (only blank or skipped lines).");
  if (dialect.header) {
    const [problem] = labelErrors(record, null, path);
    if (problem) throw new InputError(path, problem.message, { line: dialect.skipRows + 1 });
  }
  if (dialect.whitespaceDelimited) {
    const text = await readTextTable({ ...input, view: `${input.view}_text`, missingValues: [""] });
    await castColumns(
      sql,
      input.view,
      `${input.view}_text`,
      text.columns.map((c) => c.name),
      input.fileColumn,
    );
    return { readAs: text.readAs, structureErrors: [], warnings: text.warnings };
  }
  const names = dialect.header ? null : record.map((_, i) => input.fieldNames?.[i] ?? `field${i + 1}`);
  const options = [
    `header=${dialect.header}`,
    `delim=${literal(dialect.delimiter)}`,
    `quote=${literal(dialect.quote)}`,
    `escape=${literal(dialect.escape)}`,
    `skip=${dialect.skipRows}`,
    `decimal_separator=${literal(dialect.decimal)}`,
    ...LINE_LIMITS,
    "store_rejects=true",
    `rejects_table=${literal(input.rejectsTable)}`,
    `rejects_scan=${literal(`${input.rejectsTable}_scan`)}`,
    ...(dialect.comment ? [`comment=${literal(dialect.comment)}`] : []),
    ...(names ? [`names=[${names.map(literal).join(", ")}]`] : []),
    ...(input.fileColumn ? [`filename=${literal(input.fileColumn)}`] : []),
  ];
  const paths = `[${scans.map((scan) => literal(scan.readPath)).join(", ")}]`;
  const offset = dialect.skipRows + (dialect.header ? 1 : 0);
  const fileColumn = input.fileColumn ? ident(input.fileColumn) : null;
  // A transcoded file is read from its temporary copy: the file column names the original.
  const original = scans.reduce(
    (expr, scan) => `replace(${expr}, ${literal(scan.readPath)}, ${literal(scan.file)})`,
    fileColumn ?? "",
  );
  const star = fileColumn ? `* REPLACE (${original} AS ${fileColumn})` : "*";
  const number = `row_number() OVER (${fileColumn ? `PARTITION BY ${fileColumn}` : ""}) + ${offset}`;
  try {
    await sql.run(
      `CREATE OR REPLACE TEMP VIEW ${ident(input.view)} AS SELECT ${star}, ${number} AS ${ident(ROW_NUMBER_COLUMN)} FROM read_csv(${paths}, ${options.join(", ")})`,
    );
  } catch (error) {
    throw await explainCsvFailure(first, path, dialect, error);
  }
  return { readAs, structureErrors: [], warnings: detected.warnings };
}

/** The typed view of a staged text table: each column as the narrowest type all its cells take. */
async function castColumns(
  sql: Sql,
  view: string,
  textView: string,
  names: string[],
  fileColumn: string | null,
): Promise<void> {
  const probes = names.flatMap((name, i) => {
    const c = ident(name);
    return [
      `count(${c}) AS n${i}`,
      `count(*) FILTER (WHERE regexp_full_match(${c}, '[+-]?[0-9]+')) AS i${i}`,
      `count(TRY_CAST(${c} AS DOUBLE)) AS d${i}`,
    ];
  });
  const [row = {}] = await sql.all(`SELECT ${probes.join(", ")} FROM ${ident(textView)}`);
  const select = names.map((name, i) => {
    const n = Number(row[`n${i}`] ?? 0);
    const type =
      n > 0 && Number(row[`i${i}`]) === n
        ? "BIGINT"
        : n > 0 && Number(row[`d${i}`]) === n
          ? "DOUBLE"
          : "VARCHAR";
    return `CAST(${ident(name)} AS ${type}) AS ${ident(name)}`;
  });
  select.push(ident(ROW_NUMBER_COLUMN));
  if (fileColumn) select.push(ident(fileColumn));
  await sql.run(
    `CREATE OR REPLACE TEMP VIEW ${ident(view)} AS SELECT ${select.join(", ")} FROM ${ident(textView)}`,
  );
}

export type { Dialect };
