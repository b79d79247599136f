/**
 * Numbers the staged rows of a text table as Frictionless does: the file's rows counted from 1,
 * blank lines included (DuckDB skips them), from each row's rowid (DuckDB keeps insertion order;
 * row_number() while staging made it about twice as slow).
 */

import { ident, type Sql } from "../sql.js";
import type { Dialect } from "./dialect.js";
import type { ScannedFile } from "./scan-text-file.js";

export interface Numbering {
  stage: string;
  rows: string;
  scans: ScannedFile[];
  /** The rowid of each file's first staged row. */
  starts: number[];
  dialect: Dialect;
}

/** A view of the staged table with each row's file (index) and its row number in that file. */
export async function numberRows(
  sql: Sql,
  { stage, rows, scans, starts, dialect }: Numbering,
): Promise<void> {
  const perFile: string[] = [];
  for (const [index, scan] of scans.entries()) {
    const ordinal = `(__id - ${starts[index]} + 1)`;
    perFile.push(await rowNumberExpression(sql, { stage, index, scan, dialect }, ordinal));
  }
  const file =
    starts.length === 1
      ? "0"
      : `CASE ${starts
          .slice(1)
          .map((start, i) => `WHEN rowid < ${start} THEN ${i}`)
          .join(" ")} ELSE ${starts.length - 1} END`;
  const [only, ...others] = perFile;
  const row =
    only !== undefined && others.length === 0
      ? only
      : `CASE __file ${perFile.map((expr, i) => `WHEN ${i} THEN ${expr}`).join(" ")} END`;
  await sql.run(
    `CREATE OR REPLACE TEMP VIEW ${ident(rows)} AS SELECT * EXCLUDE (__id), ${row} AS __row FROM (SELECT ${file}::INTEGER AS __file, rowid AS __id, * FROM ${ident(stage)})`,
  );
}

/**
 * The file row of the DuckDB row `__r`: skipped rows plus the blank lines before it (DuckDB skips
 * blank lines; Frictionless counts them). A row follows blank line k (the k-th, at line b) when
 * __r >= b - skip - k + 1.
 */
async function rowNumberExpression(
  sql: Sql,
  { stage, index, scan, dialect }: { stage: string; index: number; scan: ScannedFile; dialect: Dialect },
  ordinal: string,
): Promise<string> {
  const blanks = scan.blankLines.filter((line) => line > dialect.skipRows);
  if (blanks.length === 0) return `(${ordinal} + ${dialect.skipRows})::BIGINT`;
  if (blanks.length <= 64) {
    const steps = blanks
      .map((line, k) => `(${ordinal} >= ${line - dialect.skipRows - k})::BIGINT`)
      .join(" + ");
    return `(${ordinal} + ${dialect.skipRows} + ${steps})::BIGINT`;
  }
  // Many blank lines (rare): a correlated count per row, slower but exact.
  const thresholds = `${stage}_blanks_${index}`;
  await sql.run(
    `CREATE OR REPLACE TEMP TABLE ${ident(thresholds)} AS SELECT unnest([${blanks.map((line, k) => line - dialect.skipRows - k).join(", ")}]::BIGINT[]) AS t`,
  );
  return `(${ordinal} + ${dialect.skipRows} + (SELECT count(*) FROM ${ident(thresholds)} WHERE t <= ${ordinal}))::BIGINT`;
}
