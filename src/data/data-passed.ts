/** Whether a dataset's validation passes its `fail-on` policy (error | warning | never). */
import type { DataReport } from "../report/types.js";

export type FailOn = "error" | "warning" | "never";

export function dataPassed(report: DataReport, failOn: FailOn): boolean {
  if (failOn === "never") return true;
  if (!report.valid) return false;
  // Drift is a warning: it fails the step only when the team asked for that.
  return failOn !== "warning" || !(report.drift?.drifted ?? false);
}
