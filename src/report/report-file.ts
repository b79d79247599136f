/** Reads and writes slipway-report.json, merging each step's part into what earlier steps wrote. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { InputError } from "../errors.js";
import { emptyReport, mergeReport, type ReportMeta, type ReportPart } from "./merge-report.js";
import { parseReport } from "./report-schema.js";
import type { Report } from "./types.js";

export const DEFAULT_REPORT_PATH = "slipway-report.json";

export function readReportFile(path: string): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new InputError(
      path,
      "is not a readable JSON report. Delete it or pass another --report path.",
      {},
      { cause },
    );
  }
  const result = parseReport(parsed, path);
  if (!result.ok) throw new InputError(path, result.detail);
  return result.report;
}

/** Merges `part` into the report at `path` (created when absent) and returns the result. */
export function writeReportPart(path: string, part: ReportPart, meta: Partial<ReportMeta> = {}): Report {
  const base = existsSync(path) ? readReportFile(path) : emptyReport(meta);
  const report = mergeReport(base, { ...part, meta: { ...meta, ...part.meta } });
  writeReportFile(path, report);
  return report;
}

/** Writes `report` as the whole file (a caller that keeps the report in memory, as `slipway run` does). */
export function writeReportFile(path: string, report: Report): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
