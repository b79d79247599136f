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
    // Past the files before the row's own (the last file takes whatever is left).
    for (const rows of rowsPerFile) {
      if (index === rowsPerFile.length - 1 || row <= rows) break;
      row -= rows;
      index++;
    }
    for (const skipped of skippedByFile[index] ?? []) {
      if (skipped <= row) row++;
      else break;
    }
    if (files.length <= 1) return { row };
    const file = files[index];
    if (file === undefined) {
      throw new Error(
        `dataset row ${datasetRow} falls in file ${index + 1}, but ${files.length} files were read`,
      );
    }
    return { row, file: relativeTo(cwd, file) };
  };
}

export function relativeTo(cwd: string, file: string): string {
  return file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
}
