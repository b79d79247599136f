/**
 * One repository on the GitHub double, and the runs, pull requests and reports a scenario needs:
 * a pull request's run with its report artifacts, a push run on the base branch, a fork.
 */
import type { Report } from "../../../src/report/types.js";
import type { DoubleArtifact, GitHubDouble } from "../../helpers/github/github-double.js";
import { reportZip } from "../../helpers/github/make-zip.js";
import type { RepoFacts } from "../../helpers/github/objects.js";
import { buildReport, modelReport } from "./build-report.js";
import { workflowRunCompleted } from "./payloads.js";

export const WORKFLOW_ID = 7001;

export const CONFIG = `
model:
  primary: accuracy
  rules:
    accuracy: { min: 0.85 }
comment: { trend: 5 }
`;

/** A commit SHA whose first seven digits (what comments show) differ for each n. */
export const sha = (n: number) => `${n.toString(16).padStart(7, "0")}${"f".repeat(33)}`;

let nextRepoId = 5000;
let nextId = 10_000;
export const newId = () => nextId++;

export function newRepo(double: GitHubDouble, config: string | null = CONFIG): RepoFacts {
  const id = nextRepoId++;
  const repo = { id, owner: "acme", name: `churn-${id}` };
  double.addRepo(repo, config);
  return repo;
}

export function reportWith(accuracy: number, overrides: Partial<Report> = {}): Report {
  return buildReport({
    model: modelReport({
      metrics: { accuracy, f1_macro: accuracy - 0.03 },
      rules: [
        { metric: "accuracy", rule: "min", threshold: 0.85, value: accuracy, passed: accuracy >= 0.85 },
      ],
      passed: accuracy >= 0.85,
    }),
    ...overrides,
  });
}

export async function artifactsOf(reports: Record<string, unknown>): Promise<DoubleArtifact[]> {
  return Promise.all(
    Object.entries(reports).map(async ([variant, report]) => ({
      id: newId(),
      name: variant ? `slipway-report-${variant}` : "slipway-report",
      zip: await reportZip(report),
    })),
  );
}

export interface PullRun {
  runId: number;
  pull: number;
  headSha: string;
  baseSha: string;
  /** By variant ("" for plain `slipway-report`). */
  reports?: Record<string, unknown>;
  artifacts?: DoubleArtifact[];
  fork?: RepoFacts;
  createdAt?: string;
  /** The run's attempt (a re-run is the same run id with a higher attempt). */
  attempt?: number;
  /** Leave the pull request out of the double (an outdated run tests a head that moved on). */
  pullHeadSha?: string;
}

/** A pull request with a completed run on its head; returns the workflow_run.completed payload. */
export async function pullRequestRun(double: GitHubDouble, repo: RepoFacts, run: PullRun): Promise<unknown> {
  const headBranch = run.fork ? "main" : `feature-${run.pull}`;
  const artifacts = run.artifacts ?? (await artifactsOf(run.reports ?? { "": reportWith(0.91) }));
  const facts = {
    id: run.runId,
    workflowId: WORKFLOW_ID,
    headSha: run.headSha,
    headBranch,
    event: "pull_request",
    createdAt: run.createdAt,
    attempt: run.attempt,
    headRepository: run.fork,
    // GitHub lists no pull requests in the payload for a fork's.
    pulls: run.fork
      ? []
      : [
          {
            number: run.pull,
            headSha: run.pullHeadSha ?? run.headSha,
            baseRef: "main",
            baseSha: run.baseSha,
          },
        ],
  };
  double.addRun(repo, facts, artifacts);
  double.addPull(repo, {
    number: run.pull,
    headSha: run.pullHeadSha ?? run.headSha,
    headRef: headBranch,
    baseRef: "main",
    baseSha: run.baseSha,
    headRepository: run.fork,
  });
  return workflowRunCompleted(repo, facts);
}

/** A push run on the base branch (the repository's own code), with its report artifacts. */
export async function baseBranchRun(
  double: GitHubDouble,
  repo: RepoFacts,
  run: {
    runId: number;
    headSha: string;
    reports?: Record<string, unknown>;
    createdAt?: string;
    branch?: string;
  },
): Promise<unknown> {
  const facts = {
    id: run.runId,
    workflowId: WORKFLOW_ID,
    headSha: run.headSha,
    headBranch: run.branch ?? "main",
    event: "push",
    createdAt: run.createdAt,
  };
  double.addRun(repo, facts, await artifactsOf(run.reports ?? { "": reportWith(0.9) }));
  return workflowRunCompleted(repo, facts);
}
