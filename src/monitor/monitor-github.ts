/**
 * What the monitor needs from GitHub, as a small interface: its issues (found by label and a
 * marker in the body, so every write is safe to retry) and a workflow dispatch. The Octokit
 * adapter is octokit-monitor-github.ts; tests use a double checked against GitHub's OpenAPI.
 */
export interface MonitorIssue {
  number: number;
  title: string;
  body: string;
}

export interface MonitorGitHub {
  /** Open issues carrying `label` (every page). */
  openIssues(label: string): Promise<MonitorIssue[]>;
  createIssue(input: { title: string; body: string; labels: string[] }): Promise<MonitorIssue>;
  updateIssue(number: number, body: string): Promise<void>;
  /** Comments, then closes as completed. */
  closeIssue(number: number, comment: string): Promise<void>;
  /** workflow_dispatch of `.github/workflows/<workflow>` on `ref`. */
  dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<void>;
}
