/** Opens a reference and a current dataset with their detected types and measures drift between them. */
import type { DriftConfig } from "../config/schema.js";
import type { DriftReport } from "../report/types.js";
import { computeDrift } from "./drift/compute-drift.js";
import { openDataset } from "./open-dataset.js";
import type { Sql } from "./sql.js";
import type { MeasureDrift } from "./validate-dataset.js";

export const measureDrift: MeasureDrift = async (
  sql: Sql,
  options: { reference: string; current: string; cwd: string; config?: DriftConfig },
): Promise<DriftReport> => {
  const reference = await openDataset(sql, options.reference, {
    cwd: options.cwd,
    name: "reference",
    typed: true,
  });
  const current = await openDataset(sql, options.current, { cwd: options.cwd, name: "current", typed: true });
  return computeDrift(sql, {
    reference: { relation: reference.view, columns: reference.columns, rows: reference.rows },
    current: { relation: current.view, columns: current.columns, rows: current.rows },
    ...(options.config ? { config: options.config } : {}),
    referenceLabel: options.reference,
  });
};
