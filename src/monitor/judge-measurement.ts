/**
 * Judges one dataset's measurement: fixed limits first (from the first run on), then each metric
 * against its own history (anomalies, once enough runs exist), failed checks and drift. Pure: the
 * history and the config in, problems out.
 */
import { parseDuration } from "../config/duration.js";
import type { MonitorConfig } from "../config/monitor-schema.js";
import { expectedRange } from "./expected-range.js";
import type { DatasetMeasurement, MonitorRun, Problem, ProblemKind } from "./types.js";

/** Which problem a metric's anomaly is; null: not judged against history. */
export function kindOf(metric: string): ProblemKind | null {
  if (metric === "rows_since_last") return "volume";
  if (metric === "freshness_seconds") return "freshness";
  if (metric.startsWith("null_share.")) return "null-share";
  if (metric.startsWith("custom.")) return "custom";
  // rows grows with the table (judged by min-rows), check counts and drift are problems themselves.
  return null;
}

export interface JudgeInput {
  dataset: string;
  at: string;
  measurement: DatasetMeasurement;
  /** Earlier runs, oldest first. */
  history: readonly MonitorRun[];
  config: Pick<MonitorConfig, "limits" | "history" | "min-history" | "sensitivity" | "seasonality">;
}

export function judgeMeasurement(input: JudgeInput): Problem[] {
  const { dataset, measurement, config } = input;
  const problems: Problem[] = [];
  const metric = (name: string) => measurement.metrics[name];
  const limit = (kind: ProblemKind, name: string, value: number, bound: number, reason: string) =>
    problems.push({
      dataset,
      kind,
      metric: name,
      value,
      reason,
      source: "limit",
      expected: null,
      limit: bound,
    });

  const { limits } = config;
  const rows = metric("rows");
  if (limits["min-rows"] !== undefined && rows !== undefined && rows < limits["min-rows"])
    limit("volume", "rows", rows, limits["min-rows"], `fewer rows than min-rows ${limits["min-rows"]}`);
  const added = metric("rows_since_last");
  const minAdded = limits["min-rows-since-last"];
  if (minAdded !== undefined && added !== undefined && added < minAdded)
    limit(
      "volume",
      "rows_since_last",
      added,
      minAdded,
      `fewer new rows than min-rows-since-last ${minAdded}`,
    );
  const age = metric("freshness_seconds");
  const staleness = limits["max-staleness"];
  if (staleness !== undefined && age !== undefined) {
    const milliseconds = parseDuration(staleness);
    if (milliseconds === null) {
      throw new Error(
        `max-staleness "${staleness}" is no duration; the config schema should have refused it`,
      );
    }
    const seconds = milliseconds / 1000;
    if (age > seconds)
      limit("freshness", "freshness_seconds", age, seconds, `older than max-staleness ${staleness}`);
  }
  const maxNull = limits["max-null-share"];
  if (maxNull !== undefined) {
    for (const [name, value] of Object.entries(measurement.metrics)) {
      if (name.startsWith("null_share.") && value > maxNull)
        limit("null-share", name, value, maxNull, `more NULLs than max-null-share ${maxNull}`);
    }
  }

  for (const [name, value] of Object.entries(measurement.metrics)) {
    const kind = kindOf(name);
    if (!kind || problems.some((p) => p.metric === name)) continue;
    const past = pastValues(input, name);
    if (past.length < config["min-history"]) continue;
    const range = expectedRange(past, config.sensitivity);
    if (value >= range.low && value <= range.high) continue;
    problems.push({
      dataset,
      kind,
      metric: name,
      value,
      reason: value < range.low ? "below the expected range" : "above the expected range",
      source: "anomaly",
      expected: range,
    });
  }

  if (measurement.failedChecks.length > 0) {
    for (const id of measurement.failedChecks) {
      problems.push({
        dataset,
        kind: "checks",
        metric: `check.${id}`,
        value: metric(`check.${id}`) ?? 1,
        reason: `check ${id} failed`,
        source: "check",
        expected: null,
      });
    }
  }
  if (measurement.drifted) {
    problems.push({
      dataset,
      kind: "drift",
      metric: "drift_share",
      value: metric("drift_share") ?? 1,
      reason: "the data drifted from the reference",
      source: "drift",
      expected: null,
    });
  }
  // A stale table adds no rows: report it once, as stale, not also as a volume drop.
  if (problems.some((p) => p.kind === "freshness"))
    return problems.filter((p) => !(p.kind === "volume" && p.metric === "rows_since_last"));
  return problems;
}

/** The metric's values in the last `history` earlier runs (on the same weekday with weekly seasonality). */
function pastValues(input: JudgeInput, name: string): { at: string; value: number }[] {
  const weekday = new Date(input.at).getUTCDay();
  const values = input.history
    .filter((run) => input.config.seasonality !== "weekly" || new Date(run.at).getUTCDay() === weekday)
    .map((run) => ({ at: run.at, value: run.datasets[input.dataset]?.metrics[name] }))
    .filter(
      (p): p is { at: string; value: number } => typeof p.value === "number" && Number.isFinite(p.value),
    );
  return values.slice(-input.config.history);
}
