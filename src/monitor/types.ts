/** The monitor's domain types, named once. */

/** One dataset's measurements in one run. Metric names: see measure-dataset.ts. */
export interface DatasetMeasurement {
  metrics: Record<string, number>;
  /** Ids of schema checks that failed in this run. */
  failedChecks: string[];
  /** Dataset drift against the reference (null: not measured). */
  drifted: boolean | null;
  /** The retrain triggers this run found (so a lasting problem retrains once, when it starts). */
  triggers?: RetrainTrigger[];
}

export type RetrainTrigger = "drift" | "anomaly" | "checks";

export interface MonitorRun {
  /** ISO instant the run measured at. */
  at: string;
  datasets: Record<string, DatasetMeasurement>;
}

/** The runs carried from run to run (a file, or the workflow's artifact). */
export interface MonitorHistory {
  schema: "slipway/monitor-history@1";
  runs: MonitorRun[];
}

/** The kinds of problem; one issue per dataset and kind. */
export type ProblemKind = "volume" | "freshness" | "null-share" | "checks" | "drift" | "custom";

/** The range a value was expected in, and what it was judged on. */
export interface ExpectedRange {
  low: number;
  high: number;
  median: number;
  /** Median absolute deviation of the runs judged on. */
  mad: number;
  /** The runs (their `at`) the range was computed from. */
  runs: string[];
}

export interface Problem {
  dataset: string;
  kind: ProblemKind;
  metric: string;
  value: number;
  /** Why: "above the expected range", "more than max-staleness 6h", "2 checks failed"… */
  reason: string;
  /** A fixed limit (limits:) or the history (anomaly) or a failed check / drift. */
  source: "limit" | "anomaly" | "check" | "drift";
  expected: ExpectedRange | null;
  limit?: number;
}

/** The problems one issue is about: one dataset and kind, at least one problem. */
export type ProblemGroup = readonly [Problem, ...Problem[]];
