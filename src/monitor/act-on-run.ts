/**
 * What a judged run does on GitHub: brings the issues in line with its problems (one per dataset
 * and kind; opened, updated, closed) and dispatches the retrain workflow when a configured trigger
 * starts. With no GitHub client the same actions are planned and returned, not sent. Shared by
 * the monitor action and the app.
 */
import type { MonitorConfig } from "../config/monitor-schema.js";
import { appendRun, HISTORY_SCHEMA, lastMeasured } from "./history.js";
import type { MonitorGitHub } from "./monitor-github.js";
import { applyIssues, type IssueAction, planIssues } from "./sync-issues.js";
import type { MonitorRun, Problem } from "./types.js";

export interface RunActions {
  issues: { action: IssueAction; number: number | null }[];
  retrain: { workflow: string; reason: string; dispatched: boolean } | null;
}

export async function actOnRun(
  github: MonitorGitHub | null,
  monitor: MonitorConfig,
  history: readonly MonitorRun[],
  run: MonitorRun,
  problems: readonly Problem[],
): Promise<RunActions> {
  const names = Object.keys(run.datasets);
  const at = run.at;
  const next = appendRun({ schema: HISTORY_SCHEMA, runs: [...history] }, run);
  let issues: RunActions["issues"] = [];
  if (monitor.issues) {
    const label = monitor.labels[0] ?? "slipway-monitor";
    const open = github ? await github.openIssues(label) : [];
    const actions = planIssues({ problems: [...problems], open, measured: names, history: next.runs, at });
    issues = github
      ? await applyIssues(github, actions, monitor.labels)
      : actions.map((action) => ({ action, number: null }));
  }

  let retrain: RunActions["retrain"] = null;
  if (monitor.retrain) {
    const { when, workflow, ref, input } = monitor.retrain;
    // Edge-triggered: a trigger that was already present in the dataset's previous run retrained then.
    const started = Object.entries(run.datasets).flatMap(([name, measurement]) => {
      const before = lastMeasured(history, name)?.measurement.triggers ?? [];
      return (measurement.triggers ?? [])
        .filter((trigger) => when.includes(trigger) && !before.includes(trigger))
        .map((trigger) => `${trigger} in ${name}`);
    });
    if (started.length > 0) {
      const reason = `slipway monitor at ${at}: ${started.join(", ")}`;
      if (github) await github.dispatchWorkflow(workflow, ref, { [input]: reason });
      retrain = { workflow, reason, dispatched: github !== null };
    }
  }
  return { issues, retrain };
}
