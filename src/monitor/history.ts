/**
 * The monitor's history: read, appended to, trimmed and written as JSON. A missing file is an
 * empty history (the first run); a file that is not one is an InputError naming it, never
 * silently replaced (that would lose the runs it holds).
 */
import { InputError } from "../errors.js";
import type { DatasetMeasurement, MonitorHistory, MonitorRun } from "./types.js";

export const HISTORY_SCHEMA = "slipway/monitor-history@1";
/** Runs kept: a year of hourly runs would be 8760; the judging uses far fewer. */
export const MAX_RUNS = 1000;

export function emptyHistory(): MonitorHistory {
  return { schema: HISTORY_SCHEMA, runs: [] };
}

export function parseHistory(text: string, file: string): MonitorHistory {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `is not JSON (${(error as Error).message}); it should be a monitor history.`);
  }
  const history = parsed as Partial<MonitorHistory>;
  if (history?.schema !== HISTORY_SCHEMA || !Array.isArray(history.runs)) {
    throw new InputError(
      file,
      `is not a monitor history ("schema": "${HISTORY_SCHEMA}" with runs[]); point --history at the file the monitor writes.`,
    );
  }
  history.runs.forEach((run, i) => {
    if (typeof run?.at !== "string" || Number.isNaN(Date.parse(run.at)) || typeof run.datasets !== "object") {
      throw new InputError(file, `runs[${i}] has no valid "at" instant and "datasets".`, {
        field: `runs[${i}]`,
      });
    }
  });
  return { schema: HISTORY_SCHEMA, runs: [...history.runs].sort((a, b) => a.at.localeCompare(b.at)) };
}

/** The history with one more run, oldest runs dropped beyond MAX_RUNS. */
export function appendRun(history: MonitorHistory, run: MonitorRun): MonitorHistory {
  const runs = [...history.runs, run].sort((a, b) => a.at.localeCompare(b.at));
  return { schema: HISTORY_SCHEMA, runs: runs.slice(-MAX_RUNS) };
}

/** The latest of the runs (oldest first) that measured the dataset, with what it measured; null when none did. */
export function lastMeasured(
  runs: readonly MonitorRun[],
  dataset: string,
): { at: string; measurement: DatasetMeasurement } | null {
  for (const run of [...runs].reverse()) {
    const measurement = run.datasets[dataset];
    if (measurement) return { at: run.at, measurement };
  }
  return null;
}

export function serialiseHistory(history: MonitorHistory): string {
  return `${JSON.stringify(history, null, 2)}\n`;
}
