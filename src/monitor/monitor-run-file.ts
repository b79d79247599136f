/**
 * One run's measurements as a file (`slipway/monitor-run@1`), for `monitor.by: app`: the workflow
 * measures and uploads it as the artifact `slipway-monitor-run`; the app reads it, keeps it in its
 * store and judges it there. Read defensively: a file that is not one is an InputError naming it.
 */
import { InputError } from "../errors.js";
import type { MonitorRun } from "./types.js";

export const MONITOR_RUN_SCHEMA = "slipway/monitor-run@1";
export const MONITOR_RUN_ARTIFACT = "slipway-monitor-run";
export const MONITOR_RUN_FILE = "slipway-monitor-run.json";

export function serialiseMonitorRun(run: MonitorRun): string {
  return `${JSON.stringify({ schema: MONITOR_RUN_SCHEMA, run }, null, 2)}\n`;
}

export function parseMonitorRun(text: string, file: string): MonitorRun {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `is not JSON (${(error as Error).message}); it should be a monitor run.`);
  }
  return monitorRunOf(parsed, file);
}

/** A parsed monitor run file's run, checked field by field. */
export function monitorRunOf(parsed: unknown, file: string): MonitorRun {
  const document = parsed as { schema?: unknown; run?: Partial<MonitorRun> } | null;
  if (document?.schema !== MONITOR_RUN_SCHEMA) {
    throw new InputError(file, `is not a monitor run ("schema": "${MONITOR_RUN_SCHEMA}").`);
  }
  const run = document.run;
  if (typeof run?.at !== "string" || Number.isNaN(Date.parse(run.at))) {
    throw new InputError(file, 'has no valid "at" instant.', { field: "run.at" });
  }
  if (typeof run.datasets !== "object" || run.datasets === null || Array.isArray(run.datasets)) {
    throw new InputError(file, 'has no "datasets" object.', { field: "run.datasets" });
  }
  for (const [name, measurement] of Object.entries(run.datasets)) {
    const field = `run.datasets.${name}`;
    const metrics = measurement?.metrics;
    if (typeof metrics !== "object" || metrics === null || Array.isArray(metrics)) {
      throw new InputError(file, "has no metrics object.", { field: `${field}.metrics` });
    }
    for (const [metric, value] of Object.entries(metrics)) {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new InputError(file, "is not a finite number.", { field: `${field}.metrics.${metric}` });
      }
    }
    if (
      !Array.isArray(measurement.failedChecks) ||
      !measurement.failedChecks.every((c) => typeof c === "string")
    ) {
      throw new InputError(file, "is not a list of check ids.", { field: `${field}.failedChecks` });
    }
    if (measurement.drifted !== null && typeof measurement.drifted !== "boolean") {
      throw new InputError(file, "is not true, false or null.", { field: `${field}.drifted` });
    }
  }
  // Triggers are the judge's, recomputed by whoever judges the run; never taken from the file.
  const datasets = Object.fromEntries(
    Object.entries(run.datasets).map(([name, m]) => [
      name,
      { metrics: { ...m.metrics }, failedChecks: [...m.failedChecks], drifted: m.drifted },
    ]),
  );
  return { at: new Date(run.at).toISOString(), datasets };
}
