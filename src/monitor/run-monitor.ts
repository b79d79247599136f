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
import { appendRun } from "./history.js";
import { judgeMeasurement } from "./judge-measurement.js";
import { measureDataset } from "./measure-dataset.js";
import type { MonitorGitHub } from "./monitor-github.js";
import { applyIssues, type IssueAction, planIssues } from "./sync-issues.js";
import type { DatasetMeasurement, MonitorHistory, MonitorRun, Problem, RetrainTrigger } from "./types.js";

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
  const problems: Problem[] = [];
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
    const previousRun = [...history.runs].reverse().find((run) => run.datasets[name]);
    const previous = previousRun
      ? { at: previousRun.at, rows: previousRun.datasets[name]!.metrics.rows }
      : null;
    const { measurement, report } = await measureDataset(dataset, {
      metrics: monitor.metrics,
      now: deps.now,
      previous,
      cwd: deps.cwd,
      env: deps.env,
      openDuckDB: deps.openDuckDB,
    });
    if (report) reports.push(report);
    const found = judgeMeasurement({
      dataset: name,
      at,
      measurement,
      history: history.runs,
      config: monitor,
    });
    measurement.triggers = triggersOf(found);
    datasets[name] = measurement;
    problems.push(...found);
  }
  const run: MonitorRun = { at, datasets };
  const next = appendRun(history, run);

  let issues: MonitorResult["issues"] = [];
  if (monitor.issues) {
    const label = monitor.labels[0] ?? "slipway-monitor";
    const open = deps.github ? await deps.github.openIssues(label) : [];
    const actions = planIssues({ problems, open, measured: names, history: next.runs, at });
    issues = deps.github
      ? await applyIssues(deps.github, actions, monitor.labels)
      : actions.map((action) => ({ action, number: null }));
  }

  let retrain: MonitorResult["retrain"] = null;
  if (monitor.retrain) {
    const { when, workflow, ref, input } = monitor.retrain;
    // Edge-triggered: a trigger that was already present in the dataset's previous run retrained then.
    const started = names.flatMap((name) => {
      const before =
        [...history.runs].reverse().find((r) => r.datasets[name])?.datasets[name]?.triggers ?? [];
      return (datasets[name]!.triggers ?? [])
        .filter((trigger) => when.includes(trigger) && !before.includes(trigger))
        .map((trigger) => `${trigger} in ${name}`);
    });
    if (started.length > 0) {
      const reason = `slipway monitor at ${at}: ${started.join(", ")}`;
      if (deps.github) await deps.github.dispatchWorkflow(workflow, ref, { [input]: reason });
      retrain = { workflow, reason, dispatched: deps.github !== null };
    }
  }
  return { run, history: next, problems, reports, issues, retrain };
}

function triggersOf(problems: readonly Problem[]): RetrainTrigger[] {
  const triggers = new Set<RetrainTrigger>();
  for (const problem of problems) {
    if (problem.kind === "drift") triggers.add("drift");
    if (problem.kind === "checks") triggers.add("checks");
    if (problem.source === "anomaly" || problem.source === "limit") triggers.add("anomaly");
  }
  return [...triggers];
}

function monitorDefaults(): MonitorConfig {
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
  };
}
