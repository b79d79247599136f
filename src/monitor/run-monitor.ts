/**
 * One monitor run: measure every watched dataset where it lives, judge the metrics against limits
 * and history, bring the issues in line, and dispatch the retrain workflow when a configured
 * trigger starts. The clock, the environment, DuckDB and GitHub are passed in.
 */
import type { MonitorConfig } from "../config/monitor-schema.js";
import type { Config } from "../config/schema.js";
import type { Sql } from "../data/sql.js";
import { ConfigError } from "../errors.js";
import type { DataReport } from "../report/types.js";
import { actOnRun } from "./act-on-run.js";
import { appendRun, lastMeasured } from "./history.js";
import { judgeRun } from "./judge-run.js";
import { measureDataset } from "./measure-dataset.js";
import type { MonitorGitHub } from "./monitor-github.js";
import type { IssueAction } from "./sync-issues.js";
import type { DatasetMeasurement, MonitorHistory, MonitorRun, Problem } from "./types.js";

export interface MonitorDeps {
  now: Date;
  cwd: string;
  env: NodeJS.ProcessEnv;
  openDuckDB: () => Promise<Sql>;
  /** Null: issues and retraining are planned and reported, not sent (local runs). */
  github: MonitorGitHub | null;
  /** The config file, for messages. */
  configFile: string;
}

export interface MonitorResult {
  run: MonitorRun;
  history: MonitorHistory;
  problems: Problem[];
  reports: DataReport[];
  issues: { action: IssueAction; number: number | null }[];
  retrain: { workflow: string; reason: string; dispatched: boolean } | null;
}

export async function runMonitor(
  config: Config,
  history: MonitorHistory,
  deps: MonitorDeps,
): Promise<MonitorResult> {
  const monitor: MonitorConfig = config.monitor ?? monitorDefaults();
  const names = monitor.datasets.length > 0 ? monitor.datasets : config.data.map((d) => d.name);
  const at = deps.now.toISOString();
  const datasets: Record<string, DatasetMeasurement> = {};
  const reports: DataReport[] = [];
  for (const [i, name] of names.entries()) {
    const dataset = config.data.find((d) => d.name === name);
    if (!dataset) {
      const known = config.data.map((d) => d.name).join(", ") || "none";
      throw new ConfigError(
        deps.configFile,
        `monitor.datasets[${i}]`,
        `names no dataset under data: ("${name}"; datasets: ${known}).`,
      );
    }
    const last = lastMeasured(history.runs, name);
    const previous = last ? { at: last.at, rows: last.measurement.metrics.rows } : null;
    const { measurement, report } = await measureDataset(dataset, {
      metrics: monitor.metrics,
      now: deps.now,
      previous,
      cwd: deps.cwd,
      env: deps.env,
      openDuckDB: deps.openDuckDB,
    });
    if (report) reports.push(report);
    datasets[name] = measurement;
  }
  const run: MonitorRun = { at, datasets };
  const problems = judgeRun(monitor, history.runs, run);
  const next = appendRun(history, run);
  const { issues, retrain } = await actOnRun(deps.github, monitor, history.runs, run, problems);
  return { run, history: next, problems, reports, issues, retrain };
}

/** The monitor section's defaults, for a config without one. */
export function monitorDefaults(): MonitorConfig {
  return {
    datasets: [],
    metrics: ["rows", "rows-since-last", "null-share", "checks"],
    limits: {},
    history: 30,
    "min-history": 7,
    sensitivity: 3.5,
    seasonality: "none",
    issues: true,
    labels: ["slipway-monitor"],
    by: "action",
  };
}
