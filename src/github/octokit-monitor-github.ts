/**
 * MonitorGitHub on @octokit/rest: the one file that talks to GitHub for the monitor (to move into
 * the shared src/github/ layer). The token comes from the caller (GITHUB_TOKEN in the action);
 * it is never logged.
 */
import { Octokit } from "@octokit/rest";
import type { MonitorGitHub, MonitorIssue } from "../monitor/monitor-github.js";
import type { GitHubClient } from "./client.js";

export interface OctokitMonitorOptions {
  token: string;
  owner: string;
  repo: string;
  /** GITHUB_API_URL (GitHub Enterprise, or a test double). */
  baseUrl?: string;
}

export function octokitMonitorGitHub(options: OctokitMonitorOptions): MonitorGitHub {
  const octokit = new Octokit({
    auth: options.token,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    userAgent: "slipway-monitor",
  });
  return monitorGitHubOf(octokit, { owner: options.owner, repo: options.repo });
}

/** MonitorGitHub on an Octokit the caller holds (the app's installation client). */
export function monitorGitHubOf(octokit: GitHubClient, repo: { owner: string; repo: string }): MonitorGitHub {
  const plain = (issue: { number: number; title: string; body?: string | null }): MonitorIssue => ({
    number: issue.number,
    title: issue.title,
    body: issue.body ?? "",
  });
  return {
    async openIssues(label) {
      const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...repo,
        state: "open",
        labels: label,
        per_page: 100,
      });
      // The issues list includes pull requests; the monitor never opens one.
      return issues.filter((issue) => !issue.pull_request).map(plain);
    },
    async createIssue(input) {
      const { data } = await octokit.rest.issues.create({ ...repo, ...input });
      return plain(data);
    },
    async updateIssue(number, body) {
      await octokit.rest.issues.update({ ...repo, issue_number: number, body });
    },
    async closeIssue(number, comment) {
      await octokit.rest.issues.createComment({ ...repo, issue_number: number, body: comment });
      await octokit.rest.issues.update({
        ...repo,
        issue_number: number,
        state: "closed",
        state_reason: "completed",
      });
    },
    async dispatchWorkflow(workflow, ref, inputs) {
      await octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: workflow, ref, inputs });
    },
  };
}
