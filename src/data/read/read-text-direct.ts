/**
 * The fast reading of a text file for validation: a view straight on DuckDB's read of the file, so a
 * file whose structure is sound is parsed once, by the checks' own scan, instead of being staged
 * first (staging cost about as much as all the checks together on the 3M-row bench).
 *
 * It is taken only where it numbers rows exactly as the staged reading does: one file, no blank
 * lines (DuckDB skips them; the file's row numbers count them), no comment lines, not whitespace-
 * delimited, a header on one line. The view has no row-number column (numbering rows in a view
 * makes every scan of it pay for a window): a data row's place in the file is its place in the view
 * (a data row's number as the staged reading reports it). Its `STRUCTURE_SUSPECT_COLUMN` is true on a row with a wrong cell
 * count or every cell empty; when the checks' scan counts any such row, or DuckDB cannot read the
 * file, the caller reads it again the staged way, which reports each one row- and field-exact.
 */
import { ident } from "../sql.js";
import {
  type PreparedText,
  readAsOf,
  scanErrors,
  type TextTable,
  type TextTableInput,
} from "./read-text-table.js";
import { cellColumn, selectCells, spareColumns, textCells } from "./text-cells.js";

export const STRUCTURE_SUSPECT_COLUMN = "__slipway_suspect";

export type DirectText = Omit<TextTable, "stage" | "stageColumns" | "dataRows">;

/** The view on the file when it can be read straight, else null (then stage it: readTextTable). */
export async function readTextDirect(
  input: TextTableInput,
  prepared: PreparedText,
): Promise<DirectText | null> {
  if (input.files.length !== 1 || !readsStraight(prepared)) return null;
  const { dialect, names } = prepared;
  const cells = names.map((_, i) => cellColumn(i));
  const spare = spareColumns(1);
  const linesBefore = dialect.skipRows + (dialect.header ? 1 : 0);
  const source = textCells(prepared.scans[0].readPath, dialect, [...cells, ...spare], linesBefore);
  const select = selectCells(names, input.missingValues);
  // As findStructureErrors decides: short rows are padded from the right (an empty cell stays ''),
  // so a row is short exactly when its last cell is NULL.
  const blank = [...cells, ...spare].map((cell) => `coalesce(${cell}, '') = ''`).join(" AND ");
  select.push(
    `CASE WHEN ${cells.at(-1)} IS NULL OR ${spare[0]} IS NOT NULL OR (${blank}) THEN true END AS ${ident(STRUCTURE_SUSPECT_COLUMN)}`,
  );
  await input.sql.run(
    `CREATE OR REPLACE TEMP VIEW ${ident(input.view)} AS SELECT ${select.join(", ")} FROM ${source}`,
  );
  return {
    columns: names.map((name) => ({ name, type: "VARCHAR" })),
    readAs: readAsOf(input, prepared),
    structureErrors: scanErrors(input, prepared),
    warnings: prepared.detected.warnings,
  };
}

function readsStraight({ scans, dialect, labels }: PreparedText): boolean {
  const oneLineHeader = !labels || labels.every((label) => !/[\r\n]/.test(label));
  return (
    scans[0].blankLines.length === 0 && !dialect.comment && !dialect.whitespaceDelimited && oneLineHeader
  );
}
