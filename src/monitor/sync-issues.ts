/**
 * Brings the monitor's issues in line with this run's problems, as a plan (pure) and its
 * application: one open issue per dataset and kind while the problem lasts (created once, then its
 * body updated), closed with a comment when a dataset that was measured no longer has it.
 */
import type { MonitorGitHub, MonitorIssue } from "./monitor-github.js";
import { issueBody, issueTitle, readMarker, recoveryComment } from "./render-issue.js";
import type { MonitorRun, Problem, ProblemGroup, ProblemKind } from "./types.js";

export type IssueAction =
  | { action: "create"; dataset: string; kind: ProblemKind; title: string; body: string }
  | { action: "update"; dataset: string; kind: ProblemKind; number: number; body: string }
  | { action: "close"; dataset: string; kind: ProblemKind; number: number; comment: string };

export function planIssues(input: {
  problems: readonly Problem[];
  open: readonly MonitorIssue[];
  measured: readonly string[];
  history: readonly MonitorRun[];
  at: string;
}): IssueAction[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of input.problems) {
    const key = JSON.stringify([problem.dataset, problem.kind]);
    const group = groups.get(key);
    groups.set(key, group ? [...group, problem] : [problem]);
  }
  const actions: IssueAction[] = [];
  const handled = new Set<string>();
  for (const issue of input.open) {
    const marker = readMarker(issue.body);
    if (!marker) continue;
    const key = JSON.stringify([marker.dataset, marker.kind]);
    const problems = groups.get(key);
    if (handled.has(key)) continue; // a duplicate someone made by hand: left alone
    handled.add(key);
    if (problems) {
      const body = issueBody(problems, input.history, input.at);
      actions.push({ action: "update", ...marker, number: issue.number, body });
    } else if (input.measured.includes(marker.dataset)) {
      actions.push({
        action: "close",
        ...marker,
        number: issue.number,
        comment: recoveryComment(marker.dataset, marker.kind, input.at),
      });
    }
  }
  for (const [key, problems] of groups) {
    if (handled.has(key)) continue;
    const [{ dataset, kind }] = problems;
    actions.push({
      action: "create",
      dataset,
      kind,
      title: issueTitle(dataset, kind),
      body: issueBody(problems, input.history, input.at),
    });
  }
  return actions;
}

export async function applyIssues(
  github: MonitorGitHub,
  actions: readonly IssueAction[],
  labels: string[],
): Promise<{ action: IssueAction; number: number }[]> {
  const done: { action: IssueAction; number: number }[] = [];
  for (const action of actions) {
    if (action.action === "create") {
      const issue = await github.createIssue({ title: action.title, body: action.body, labels });
      done.push({ action, number: issue.number });
    } else if (action.action === "update") {
      await github.updateIssue(action.number, action.body);
      done.push({ action, number: action.number });
    } else {
      await github.closeIssue(action.number, action.comment);
      done.push({ action, number: action.number });
    }
  }
  return done;
}
