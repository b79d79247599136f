/**
 * Frictionless's structure errors, row- and field-exact: label errors from the header, and row
 * errors (blank-row, missing-cell, extra-cell) from one query over the staged cells. Cells of a row
 * with a wrong cell count stay in the dataset and are still checked where they line up.
 */
import { ident, type Sql } from "../sql.js";

export type StructureErrorCode =
  | "blank-label"
  | "duplicate-label"
  | "missing-label"
  | "extra-label"
  | "blank-row"
  | "missing-cell"
  | "extra-cell"
  | "incorrect-label"
  | "encoding-error";

export interface StructureError {
  code: StructureErrorCode;
  /** The file's own row number (header = row 1; a headerless file's first row is row 1). */
  row?: number;
  /** 1-based position of the field (cell or label). */
  fieldNumber?: number;
  fieldName?: string;
  /** The file, as the user gave it (the file itself for a glob). */
  file: string;
  message: string;
}

/** Row errors reported at most (the count beyond is said in one more error). */
export const MAX_ROW_ERRORS = 1000;

export function labelErrors(
  labels: string[],
  fieldNames: string[] | null,
  file: string,
  headerRow = 1,
): StructureError[] {
  const errors: StructureError[] = [];
  const seen = new Map<string, number>();
  labels.forEach((label, i) => {
    const at = { row: headerRow, fieldNumber: i + 1, file };
    if (label.trim() === "") {
      errors.push({
        code: "blank-label",
        ...at,
        message: `column ${i + 1} has no name in the header (row ${headerRow}); name it.`,
      });
    } else if (seen.has(label)) {
      errors.push({
        code: "duplicate-label",
        ...at,
        fieldName: label,
        message: `column ${i + 1} is named "${label}" like column ${seen.get(label)} (header, row ${headerRow}); give each column its own name.`,
      });
    } else seen.set(label, i + 1);
  });
  if (fieldNames) {
    for (const [i, label] of labels.entries()) {
      if (i < fieldNames.length) continue;
      errors.push({
        code: "extra-label",
        row: headerRow,
        fieldNumber: i + 1,
        fieldName: label,
        file,
        message: `the header has ${labels.length} labels but the schema ${fieldNames.length} fields: label ${i + 1} ("${label}") has no field.`,
      });
    }
    for (const [i, fieldName] of fieldNames.entries()) {
      if (i < labels.length) continue;
      errors.push({
        code: "missing-label",
        row: headerRow,
        fieldNumber: i + 1,
        fieldName,
        file,
        message: `the header has ${labels.length} labels but the schema ${fieldNames.length} fields: field ${i + 1} ("${fieldName}") has no label.`,
      });
    }
  }
  return errors;
}

/**
 * A later file of a glob is read by the first file's header: where its own header differs, its cells
 * would land under the wrong names, so each differing label is an `incorrect-label` (Frictionless's
 * code for a label that is not the field's name) of that file's header row.
 */
export function laterHeaderErrors(
  first: string[],
  labels: string[],
  file: string,
  headerRow: number,
): StructureError[] {
  const errors: StructureError[] = [];
  const shown = (list: string[]) => list.map((label) => JSON.stringify(label)).join(", ");
  for (let i = 0; i < Math.max(first.length, labels.length); i++) {
    if (first[i] === labels[i]) continue;
    const theirs = labels[i] === undefined ? "no label" : `"${labels[i]}"`;
    const ours = first[i] === undefined ? "none" : `"${first[i]}"`;
    errors.push({
      code: "incorrect-label",
      row: headerRow,
      fieldNumber: i + 1,
      ...(first[i] !== undefined ? { fieldName: first[i] } : {}),
      file,
      message: `the header differs from the first file's: column ${i + 1} has ${theirs} where the first file has ${ours} (this file: ${shown(labels)}; first: ${shown(first)}). Every file of the dataset must have the same header.`,
    });
  }
  return errors;
}

export interface RowErrorQuery {
  stage: string;
  stageColumns: string[];
  /** Columns taking the cells beyond the header's (NULL where a row has none). */
  spareColumns: string[];
  names: string[];
  dataRows: string;
  files: string[];
}

export async function findStructureErrors(sql: Sql, query: RowErrorQuery): Promise<StructureError[]> {
  const { stageColumns, names } = query;
  const width = stageColumns.length;
  const present = (columns: string[]) =>
    columns.map((column) => `(${column} IS NOT NULL)::INTEGER`).join(" + ");
  const spare = query.spareColumns;
  const blank = [...stageColumns, ...spare].map((column) => `coalesce(${column}, '') = ''`).join(" AND ");
  // Short rows are padded from the right, so a row is short exactly when its last cell is NULL:
  // the filter reads two columns for most rows; the details are computed for the few it keeps.
  const suspect = `${stageColumns.at(-1)} IS NULL OR ${spare[0]} IS NOT NULL OR (${blank})`;
  const suspects = `SELECT __file, __row, ${present(stageColumns)} AS cells, [${spare.join(", ")}] AS extra, ${blank} AS blank
      FROM ${ident(query.stage)} WHERE (${query.dataRows}) AND (${suspect})`;
  const rows = await sql.all(`SELECT __file AS file, __row AS row, cells, extra, blank FROM (${suspects})
    WHERE blank OR cells < ${width} OR extra[1] IS NOT NULL ORDER BY __file, __row LIMIT ${MAX_ROW_ERRORS + 1}`);
  const total =
    rows.length > MAX_ROW_ERRORS
      ? Number((await sql.all(`SELECT count(*) AS n FROM (${suspects})`))[0]?.n ?? 0)
      : rows.length;
  rows.splice(MAX_ROW_ERRORS);
  const errors: StructureError[] = [];
  for (const found of rows) {
    const file = query.files[Number(found.file)] ?? query.files[0];
    if (file === undefined) throw new Error("findStructureErrors was given no file names to report rows by");
    const row = Number(found.row);
    const count = Number(found.cells);
    if (found.blank === true) {
      errors.push({ code: "blank-row", row, file, message: `row ${row} is blank (every cell is empty).` });
    } else if (count < width) {
      for (const [k, name] of names.slice(count, width).entries()) {
        const field = count + k + 1;
        errors.push({
          code: "missing-cell",
          row,
          fieldNumber: field,
          fieldName: name,
          file,
          message: `row ${row} has ${count} cells but the header ${width}: the cell of column ${field} ("${name}") is missing.`,
        });
      }
    } else {
      const extra = (found.extra as (string | null)[]).filter((cell) => cell !== null);
      extra.forEach((cell, i) => {
        errors.push({
          code: "extra-cell",
          row,
          fieldNumber: width + i + 1,
          file,
          message:
            cell === "" && extra.length === 1
              ? `row ${row} has an extra empty cell after column ${width} (a delimiter at the end of the row).`
              : `row ${row} has ${width + extra.length} cells but the header ${width}: cell ${width + i + 1} (${JSON.stringify(cell)}) has no column.`,
        });
      });
    }
  }
  const last = errors.at(-1);
  if (last && total > rows.length) {
    last.message += ` (${total - rows.length} more rows with a wrong cell count or blank are not listed; the first ${MAX_ROW_ERRORS} are.)`;
  }
  return errors;
}
