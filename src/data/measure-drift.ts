/** Drift between a dataset and its reference, as validate-data measures it: the same run as `slipway drift`. */
import type { DriftConfig } from "../config/schema.js";
import type { DriftReport } from "../report/types.js";
import { runDriftTargets } from "./drift/drift-targets.js";
import type { Sql } from "./sql.js";
import type { MeasureDrift } from "./validate-dataset.js";

export const measureDrift: MeasureDrift = async (
  sql: Sql,
  options: { reference: string; current: string; cwd: string; config?: DriftConfig },
): Promise<DriftReport> => {
  const [run] = await runDriftTargets(sql, [
    {
      dataset: null,
      reference: { path: options.reference, cwd: options.cwd },
      current: { path: options.current, cwd: options.cwd },
      settings: options.config ?? {},
    },
  ]);
  if (!run) throw new Error("runDriftTargets measured no drift for the one target it was given");
  return run.report;
};
