/**
 * What a data report found, one finding per failed check or structural error, placed where a
 * reviewer should look: the data file and its line. The app's check-run annotations and the
 * actions' `::error`/`::warning` lines both come from here (they used to be built twice, and had
 * drifted: the action put a JSON-lines row one line too low).
 */
import type { DataReport } from "./types.js";

export interface DataFinding {
  dataset: string;
  /** The file the finding is in, as the report names it (a sample's file for multi-file datasets). */
  file: string;
  /** 1-based line in that file, where the format has lines and the finding has a row. */
  line?: number;
  level: "failure" | "warning";
  /** The check's id or the error's kind. */
  what: string;
  /** One line of plain text: what was expected, what was found, and where. */
  message: string;
}

const SHOWN_ROWS = 10;

export function dataFindings(data: DataReport): DataFinding[] {
  const findings: DataFinding[] = [];
  for (const check of data.checks) {
    if (check.success) continue;
    const sample = check.samples[0];
    const rows = check.samples.slice(0, SHOWN_ROWS).map((s) => s.row);
    const message = [
      `${check.check}${check.column ? ` on column ${check.column}` : ""}: ${check.unexpected_count} unexpected (${round(check.unexpected_percent)}%)`,
      `expected ${short(JSON.stringify(check.expected) ?? "")}`,
      check.observed === undefined ? "" : `observed ${short(JSON.stringify(check.observed) ?? "")}`,
      rows.length > 0 ? `rows ${rows.join(", ")}${check.samples.length > rows.length ? ", …" : ""}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    findings.push({
      dataset: data.dataset,
      file: sample?.file ?? data.path,
      ...lineField(data, sample?.row),
      level: check.severity === "warning" ? "warning" : "failure",
      what: check.id,
      message,
    });
  }
  for (const error of data.errors) {
    findings.push({
      dataset: data.dataset,
      file: error.file ?? data.path,
      ...lineField(data, error.row),
      level: "failure",
      what: error.kind,
      message: error.message,
    });
  }
  return findings;
}

/** Rows are 1-based data rows: a delimited file's header is line 1; JSON lines have none; Parquet has no lines. */
export function lineOfRow(data: DataReport, row: number | undefined): number | undefined {
  if (row === undefined || data.format === "parquet" || !Number.isInteger(row) || row < 1) return undefined;
  return data.format === "jsonl" ? row : row + 1;
}

function lineField(data: DataReport, row: number | undefined): { line?: number } {
  const line = lineOfRow(data, row);
  return line === undefined ? {} : { line };
}

function round(value: number): number {
  return Number(value.toFixed(2));
}

function short(text: string): string {
  const flat = text.replace(/[\r\n]+/g, " ");
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}
