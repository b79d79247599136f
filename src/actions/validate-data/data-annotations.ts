/**
 * One `::error` annotation per failed check and structural error, placed on the data file's line
 * where the data has lines (CSV/TSV/JSONL: data row n is line n + 1 under the header). GitHub shows
 * at most 10 error annotations per step, so the most telling come first.
 */
import { isAbsolute, relative, resolve } from "node:path";
import { describeExpected, describeOutcome } from "../../report/data-summary.js";
import type { DataReport } from "../../report/types.js";

export interface Annotation {
  message: string;
  properties: { title: string; file?: string; startLine?: number };
}

const MAX_ANNOTATIONS = 10;

export function dataAnnotations(
  reports: readonly DataReport[],
  cwd: string,
  workspace: string,
): Annotation[] {
  const annotations: Annotation[] = [];
  for (const report of reports) {
    const hasLines = report.format !== "parquet";
    const fileOf = (file?: string) => {
      const path = file ?? report.path;
      const absolute = isAbsolute(path) ? path : resolve(cwd, path);
      return relative(workspace, absolute);
    };
    for (const error of report.errors) {
      annotations.push({
        message: error.message,
        properties: {
          title: `Slipway: ${report.dataset}: ${error.kind}`,
          file: fileOf(error.file),
          ...(hasLines && error.row !== undefined ? { startLine: error.row + 1 } : {}),
        },
      });
    }
    for (const check of report.checks.filter((c) => !c.success)) {
      const first = check.samples[0];
      annotations.push({
        message: `${check.id}: expected ${describeExpected(check)}; unexpected ${describeOutcome(check)}${
          first ? `, first at row ${first.row}: ${JSON.stringify(first.value)}` : ""
        }.`,
        properties: {
          title: `Slipway: ${report.dataset}: ${check.id}`,
          file: fileOf(first?.file),
          ...(hasLines && first ? { startLine: first.row + 1 } : {}),
        },
      });
    }
  }
  return annotations.slice(0, MAX_ANNOTATIONS);
}
