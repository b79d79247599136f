/**
 * One `::error` (or `::warning`) annotation per failed check and structural error, on the data
 * file's line where the data has lines (src/report/data-findings.ts says what and where). GitHub
 * shows at most 10 error annotations per step, so the most telling come first.
 */
import { isAbsolute, relative, resolve } from "node:path";
import { dataFindings } from "../../report/data-findings.js";
import type { DataReport } from "../../report/types.js";

export interface Annotation {
  level: "failure" | "warning";
  message: string;
  properties: { title: string; file?: string; startLine?: number };
}

const MAX_ANNOTATIONS = 10;

export function dataAnnotations(
  reports: readonly DataReport[],
  cwd: string,
  workspace: string,
): Annotation[] {
  return reports
    .flatMap(dataFindings)
    .map((finding) => {
      const absolute = isAbsolute(finding.file) ? finding.file : resolve(cwd, finding.file);
      return {
        level: finding.level,
        message: finding.message,
        properties: {
          title: `Slipway: ${finding.dataset}: ${finding.what}`,
          file: relative(workspace, absolute),
          ...(finding.line === undefined ? {} : { startLine: finding.line }),
        },
      };
    })
    .slice(0, MAX_ANNOTATIONS);
}
