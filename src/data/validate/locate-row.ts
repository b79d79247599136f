/**
 * Dataset rows are numbered as DuckDB returns them: files one after another, rows it could not read
 * left out. Users need the row in their file, counting those unreadable rows too (1-based, header
 * excluded), so samples point at the right place.
 */
import type { RejectedRow } from "../open-dataset.js";

export function rowLocator(
  files: readonly string[],
  rowsPerFile: readonly number[],
  rejects: readonly RejectedRow[],
  cwd: string,
) {
  const skippedByFile = files.map((file) =>
    rejects
      .filter((reject) => reject.file === file)
      .map((reject) => reject.line - 1) // line 1 is the header
      .sort((a, b) => a - b),
  );
  return (datasetRow: number): { row: number; file?: string } => {
    let row = datasetRow;
    let index = 0;
    while (index < rowsPerFile.length - 1 && row > rowsPerFile[index]!) {
      row -= rowsPerFile[index]!;
      index++;
    }
    for (const skipped of skippedByFile[index] ?? []) {
      if (skipped <= row) row++;
      else break;
    }
    const file = files.length > 1 ? relativeTo(cwd, files[index]!) : undefined;
    return file ? { row, file } : { row };
  };
}

export function relativeTo(cwd: string, file: string): string {
  return file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
}
