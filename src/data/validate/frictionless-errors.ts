/**
 * A DataReport as Frictionless's flat error list (`report.flatten(["rowNumber", "fieldNumber",
 * "type"])`): one entry per failing row and field, named by Frictionless's error codes, rows in the
 * file's numbering (header = row 1). Slipway's report keeps GX-shaped checks with up to 20 sample
 * rows each; this is the same facts seen the way Frictionless users and its tests read them.
 */
import type { DataReport } from "../../report/types.js";

export interface FrictionlessError {
  rowNumber: number | null;
  fieldNumber: number | null;
  type: string;
}

/** Structure errors the reader reports under Frictionless's own names. */
export const STRUCTURE_CODES = [
  "blank-label",
  "duplicate-label",
  "missing-label",
  "extra-label",
  "blank-row",
  "missing-cell",
  "extra-cell",
  "incorrect-label",
  "encoding-error",
] as const;
const LABEL_CODES = new Set<string>([
  "blank-label",
  "duplicate-label",
  "missing-label",
  "extra-label",
  "incorrect-label",
]);

export function frictionlessErrors(report: DataReport): FrictionlessError[] {
  const errors: FrictionlessError[] = [];
  for (const error of report.errors) {
    if (!(STRUCTURE_CODES as readonly string[]).includes(error.kind)) continue;
    // The reader numbers structure errors as the file does (header = row 1), as Frictionless does;
    // label errors are about the header, which Frictionless gives no row number.
    const rowNumber = LABEL_CODES.has(error.kind) || error.row === undefined ? null : error.row;
    errors.push({ rowNumber, fieldNumber: error.field ?? null, type: error.kind });
  }
  for (const check of report.checks) {
    if (check.success || !check.code) continue;
    const rowLevel =
      check.code === "primary-key" || check.code === "foreign-key" || check.code === "duplicate-row";
    for (const sample of check.samples) {
      // Check samples count data rows (header excluded): one less than the file's row number.
      // Frictionless reports a repeated key at each repeat, not at its first occurrence.
      const repeats = check.code === "unique-error" || check.code === "duplicate-row";
      if (repeats && sample.repeat_of === undefined) continue;
      if (check.code === "primary-key" && sample.repeat_of === undefined && !sample.null_key) continue;
      errors.push({
        rowNumber: sample.row + 1,
        fieldNumber: rowLevel ? null : (check.field_number ?? null),
        type: check.code,
      });
    }
  }
  return errors.sort(compareErrors);
}

/** Header errors first, then by row, field (row-level errors after the cells) and code. */
export function compareErrors(a: FrictionlessError, b: FrictionlessError): number {
  return (
    (a.rowNumber ?? 0) - (b.rowNumber ?? 0) ||
    (a.fieldNumber ?? Number.MAX_SAFE_INTEGER) - (b.fieldNumber ?? Number.MAX_SAFE_INTEGER) ||
    a.type.localeCompare(b.type)
  );
}
