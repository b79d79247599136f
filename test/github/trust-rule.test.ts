/**
 * One trust rule, three readers: for every event a workflow can be triggered by, from the
 * repository itself and from a fork, the app (what it stores as trusted), the gate action (which
 * runs' reports count as evidence) and the baseline reader (which run's artifact is the baseline)
 * give the same answer — and that answer is isTrustedRun's allow-list (docs/trust.md).
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { storedReportOf } from "../../app/github/run-facts.js";
import { createGitHubClient } from "../../src/github/client.js";
import { findLatestReportArtifact } from "../../src/github/find-latest-report-artifact.js";
import { createGateGitHub } from "../../src/github/gate-github.js";
import { isTrustedRun, TRUSTED_EVENTS } from "../../src/github/is-trusted-run.js";
import { emptyReport } from "../../src/report/merge-report.js";
import { COMMIT, REPO, reportZip } from "../gate/helpers/live-scenario.js";
import { startArtifactScenario, startGateScenario } from "../helpers/github/scenarios.js";

/** Every event that can start a workflow run (GitHub's "Events that trigger workflows"). */
const EVENTS = [
  "branch_protection_rule",
  "check_run",
  "check_suite",
  "create",
  "delete",
  "deployment",
  "deployment_status",
  "discussion",
  "discussion_comment",
  "fork",
  "gollum",
  "issue_comment",
  "issues",
  "label",
  "merge_group",
  "milestone",
  "page_build",
  "public",
  "pull_request",
  "pull_request_review",
  "pull_request_review_comment",
  "pull_request_target",
  "push",
  "registry_package",
  "release",
  "repository_dispatch",
  "schedule",
  "status",
  "watch",
  "workflow_call",
  "workflow_dispatch",
  "workflow_run",
  "dynamic",
] as const;

const REPO_ID = 4242;
const FORK = "mallory/churn";
const origins = [
  { from: "the repository", fullName: REPO, id: REPO_ID },
  { from: "a fork", fullName: FORK, id: 9999 },
] as const;
const cases = EVENTS.flatMap((event) => origins.map((origin) => ({ event, ...origin })));

/** What the app stores: a workflow_run payload's run, as storedReportOf sees it. */
function appTrusts(event: string, headId: number): boolean {
  const run = {
    id: 1,
    workflow_id: 7,
    head_sha: COMMIT,
    head_branch: "main",
    event,
    html_url: `https://github.com/${REPO}/actions/runs/1`,
    created_at: "2025-01-08T08:00:00Z",
    head_repository: { id: headId },
  };
  return storedReportOf(run, { id: REPO_ID, full_name: REPO }, "", emptyReport({})).trusted;
}

let gateTrusted: Set<number>;

beforeAll(async () => {
  // The gate action: one commit with a run per case; the runs whose reports count are the trusted ones.
  const zip = await reportZip();
  const double = await startGateScenario({
    repository: REPO,
    runs: cases.map((c, i) => ({
      id: 1000 + i,
      headSha: COMMIT,
      event: c.event,
      headRepository: c.fullName,
      artifacts: [{ id: 5000 + i, name: "slipway-report", zip }],
    })),
  });
  try {
    const [owner, repo] = REPO.split("/") as [string, string];
    const gate = createGateGitHub(createGitHubClient({ token: "t", baseUrl: double.url, retry: false }), {
      owner,
      repo,
    });
    const answer = await gate.reportsForCommit(COMMIT);
    if (!answer.ok) throw new Error(answer.reason);
    gateTrusted = new Set(
      answer.value.facts.map((fact) => Number(/runs\/(\d+)$/.exec(fact.source ?? "")?.[1])),
    );
    expect(double.problems).toEqual([]);
  } finally {
    await double.close();
  }
});

afterAll(() => {
  expect(gateTrusted.size).toBe(TRUSTED_EVENTS.size);
});

describe("isTrustedRun is the one answer for every event type", () => {
  test.each(cases.map((c, i) => [c.event, c.from, i] as const))("%s from %s", async (event, from, i) => {
    const origin = origins.find((o) => o.from === from)!;
    const expected = isTrustedRun(
      { event, head_repository: { full_name: origin.fullName } },
      { fullName: REPO },
    );
    expect(expected).toBe(TRUSTED_EVENTS.has(event) && from === "the repository");
    expect(appTrusts(event, origin.id)).toBe(expected);
    expect(gateTrusted.has(1000 + i)).toBe(expected);
    // The baseline reader: the base branch's only run is this one; a baseline is found only when trusted.
    const double = await startArtifactScenario({
      repository: REPO,
      runs: [{ id: 1, event, headRepository: origin.fullName }],
      artifacts: { 1: [{ id: 11 }] },
      zips: { 11: await reportZip() },
    });
    try {
      const found = await findLatestReportArtifact({
        apiUrl: double.url,
        token: "t",
        repository: REPO,
        branch: "main",
        artifactName: "slipway-report",
      });
      expect(found.found).toBe(expected);
      expect(double.problems).toEqual([]);
    } finally {
      await double.close();
    }
  });
});
