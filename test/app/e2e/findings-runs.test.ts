/**
 * Issue 13's findings about workflow runs, end to end: Probot's real HTTP server with the app,
 * signed deliveries over HTTP, the GitHub API double behind a proxy that misbehaves on purpose
 * (test/app/helpers/fault-proxy.ts), an embedded store. Each test failed before the fix.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import type { Store } from "../../../app/store/store.js";
import { GitHubDouble } from "../../helpers/github/github-double.js";
import { makeZip } from "../../helpers/github/make-zip.js";
import { type ServerHarness, serverHarness } from "../helpers/app-harness.js";
import { buildReport, checkResult, dataReport, modelReport } from "../helpers/build-report.js";
import { FaultProxy } from "../helpers/fault-proxy.js";
import { openTestPgliteStore } from "../helpers/pglite-template.js";
import { liveProblems } from "../helpers/render-gfm.js";
import { baseBranchRun, newId, newRepo, pullRequestRun, reportWith, sha } from "../helpers/scenario.js";

let double: GitHubDouble;
let proxy: FaultProxy;
let store: Store;
let server: ServerHarness;

beforeAll(async () => {
  double = await GitHubDouble.start();
  proxy = await FaultProxy.start(double.url);
  store = await openTestPgliteStore();
  server = await serverHarness({
    store,
    double: { url: proxy.url } as GitHubDouble,
    resilience: { retryAfterBaseValue: 10, throttle: false },
    // Small enough that a test sees the bound; production waits up to 2 minutes at a time.
    rateLimits: { maxWaitMs: 5_000, maxTotalWaitMs: 8_000, secondaryWaitMs: 500 },
  });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
  await proxy?.close();
  await double?.close();
});
afterEach(() => {
  expect(double.problems.splice(0)).toEqual([]);
});

const checkRunsOf = (repo: { owner: string; name: string }) => double.checkRuns(repo as never);

describe("finding 3: the newest attempt wins, whatever order its deliveries arrive in", () => {
  it("re-run attempt 2 delivered before attempt 1: comment and last check run show attempt 2", async () => {
    const repo = newRepo(double);
    const base = sha(1);
    await store.saveReport({
      repositoryId: repo.id,
      commit: base,
      workflowId: 7001,
      variant: "",
      repository: `${repo.owner}/${repo.name}`,
      workflowName: "ml",
      branch: "main",
      event: "push",
      trusted: true,
      runId: newId(),
      runAttempt: 1,
      runUrl: "https://github.com/acme/x/actions/runs/1",
      runCreatedAt: new Date("2026-03-01T10:00:00Z"),
      passed: true,
      report: reportWith(0.9),
    });
    const runId = newId();
    const run = { runId, pull: 21, headSha: sha(2), baseSha: base };
    const second = await pullRequestRun(double, repo, {
      ...run,
      attempt: 2,
      reports: { "": reportWith(0.937) },
    });
    expect((await server.deliver({ name: "workflow_run", payload: second })).status).toBe(200);
    // Attempt 1's delivery arrives late, its run still listing attempt 1's artifact.
    const first = await pullRequestRun(double, repo, {
      ...run,
      attempt: 1,
      reports: { "": reportWith(0.881) },
    });
    expect((await server.deliver({ name: "workflow_run", payload: first })).status).toBe(200);

    const [comment] = double.comments(repo, 21);
    expect(comment.body).toContain("0.937");
    expect(comment.body).not.toContain("0.881");
    expect(comment.body).toMatch(/attempt 2/);
    const last = checkRunsOf(repo).at(-1);
    expect(last.request.output.summary).toContain("0.937");
    expect(last.request.output.summary).not.toContain("0.881");
  });
});

describe("finding 4: a write whose answer was lost is not done twice", () => {
  it("GitHub creates the comment, then answers 502: the marker is found, one comment", async () => {
    const repo = newRepo(double);
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 27,
      headSha: sha(9),
      baseSha: sha(1),
      reports: { "": reportWith(0.912) },
    });
    proxy.inject({
      method: "POST",
      path: new RegExp(`/repos/acme/${repo.name}/issues/27/comments$`),
      mode: "after-forward",
      status: 502,
    });
    expect((await server.deliver({ name: "workflow_run", payload })).status).toBe(200);
    const comments = double.comments(repo, 27);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain("0.912");
    expect(proxy.seen("POST", new RegExp(`/${repo.name}/issues/27/comments$`)).map((r) => r.status)).toEqual([
      502,
    ]);
  });

  it("GitHub creates the check run, then answers 502: it is found by external_id, one check run", async () => {
    const repo = newRepo(double);
    const runId = newId();
    const payload = await pullRequestRun(double, repo, {
      runId,
      pull: 28,
      headSha: sha(10),
      baseSha: sha(1),
      reports: { "": reportWith(0.913) },
    });
    proxy.inject({
      method: "POST",
      path: new RegExp(`/repos/acme/${repo.name}/check-runs$`),
      mode: "after-forward",
      status: 502,
    });
    expect((await server.deliver({ name: "workflow_run", payload })).status).toBe(200);
    const checks = checkRunsOf(repo);
    expect(checks).toHaveLength(1);
    expect(checks[0].external_id).toBe(String(runId));
    expect(checks[0].request.output.summary).toContain("0.913");
  });

  it("a redelivery and a re-run attempt update the run's one check run; annotations are not repeated", async () => {
    const repo = newRepo(double);
    const run = { runId: newId(), pull: 29, headSha: sha(11), baseSha: sha(1) };
    const invalid = (accuracy: number) =>
      reportWith(accuracy, {
        passed: false,
        data: [
          dataReport({
            valid: false,
            checks: [
              checkResult({
                success: false,
                unexpected_count: 3,
                unexpected_percent: 0.3,
                samples: [{ row: 7, value: -1 }],
              }),
            ],
          }),
        ],
      });
    const first = await pullRequestRun(double, repo, { ...run, attempt: 1, reports: { "": invalid(0.8) } });
    const delivery = { name: "workflow_run", payload: first, id: `redelivered-${run.runId}` };
    expect((await server.deliver(delivery)).status).toBe(200);
    const second = await pullRequestRun(double, repo, { ...run, attempt: 2, reports: { "": invalid(0.85) } });
    expect((await server.deliver({ name: "workflow_run", payload: second })).status).toBe(200);
    const checks = checkRunsOf(repo);
    expect(checks).toHaveLength(1);
    expect(checks[0].writes).toHaveLength(2);
    expect(checks[0].request.output.summary).toMatch(/attempt 2/);
    expect(checks[0].annotations.length).toBeGreaterThan(0);
    const keys = checks[0].annotations.map((a: { path: string; start_line: number; message: string }) =>
      JSON.stringify([a.path, a.start_line, a.message]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("finding 6: a failure before the first write is never silent", () => {
  it("an artifact listing that keeps answering 500: a failure check run with the reason, the delivery failed", async () => {
    const repo = newRepo(double);
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 22,
      headSha: sha(3),
      baseSha: sha(1),
    });
    proxy.inject({
      method: "GET",
      path: new RegExp(`/repos/acme/${repo.name}/actions/runs/\\d+/artifacts$`),
      status: 500,
      times: 20,
    });
    const { status, id } = await server.deliver({ name: "workflow_run", payload });
    expect(status).toBeGreaterThanOrEqual(500);
    const [check] = checkRunsOf(repo);
    expect(check.request).toMatchObject({ conclusion: "failure", head_sha: sha(3) });
    expect(check.request.output.summary).toContain(id);
    expect(check.request.output.summary).toMatch(/injected 500/);
    expect(double.comments(repo, 22)).toEqual([]);
  });
});

describe("finding 7: GitHub's rate limits are waited out as documented, within bounds", () => {
  it("a 403 with retry-after (GitHub's abuse-detection wording) is waited out, then the write happens once", async () => {
    const repo = newRepo(double);
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 23,
      headSha: sha(4),
      baseSha: sha(1),
    });
    proxy.inject({
      method: "POST",
      path: new RegExp(`/repos/acme/${repo.name}/check-runs$`),
      status: 403,
      headers: { "retry-after": "1" },
      body: {
        message:
          "You have triggered an abuse detection mechanism. Please wait a few minutes before you try again.",
      },
    });
    const started = Date.now();
    expect((await server.deliver({ name: "workflow_run", payload })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(proxy.seen("POST", new RegExp(`/${repo.name}/check-runs$`)).map((r) => r.status)).toEqual([
      403, 201,
    ]);
    expect(checkRunsOf(repo)).toHaveLength(1);
    expect(double.comments(repo, 23)).toHaveLength(1);
  });

  it("a spent primary limit resetting in an hour fails the delivery at once, saying so on the commit", async () => {
    const repo = newRepo(double);
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 24,
      headSha: sha(5),
      baseSha: sha(1),
    });
    const reset = Math.floor(Date.now() / 1000) + 3600;
    proxy.inject({
      method: "GET",
      path: new RegExp(`/repos/acme/${repo.name}/actions/runs/\\d+/artifacts$`),
      status: 403,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
      body: { message: "API rate limit exceeded for installation ID 31337." },
    });
    const started = Date.now();
    const { status } = await server.deliver({ name: "workflow_run", payload });
    expect(Date.now() - started).toBeLessThan(8000);
    expect(status).toBe(503);
    const [check] = checkRunsOf(repo);
    expect(check.request.conclusion).toBe("failure");
    expect(check.request.output.summary).toMatch(/rate limit asks for a wait of 36\d\d s/);
  });
});

describe("finding 8: a valid but unstorable report is an unreadable report, not a crash", () => {
  it("a 100,000-deep params value and a NUL character: the comment says the report could not be read", async () => {
    const repo = newRepo(double);
    const depth = 100_000;
    const deep = JSON.stringify(buildReport({ model: modelReport({ params: { deep: "HERE" } }) })).replace(
      '"HERE"',
      `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`,
    );
    const nul = buildReport({ data: [dataReport({ dataset: "train\u0000" })] });
    const artifacts = [
      {
        id: newId(),
        name: "slipway-report-deep",
        zip: await makeZip([{ name: "slipway-report.json", data: deep }]),
      },
      {
        id: newId(),
        name: "slipway-report-nul",
        zip: await makeZip([{ name: "slipway-report.json", data: JSON.stringify(nul) }]),
      },
    ];
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 25,
      headSha: sha(6),
      baseSha: sha(1),
      artifacts,
    });
    expect((await server.deliver({ name: "workflow_run", payload })).status).toBe(200);
    const [comment] = double.comments(repo, 25);
    expect(comment.body).toMatch(/nests values more than 64 levels deep/);
    expect(comment.body).toMatch(/holds a NUL character/);
    expect(checkRunsOf(repo)[0].request.conclusion).toBe("failure");
  });
});

describe("finding 9: what a fork writes is inert once GitHub renders it", () => {
  it("www. addresses, #123, owner/repo#7, GH-123, SHAs and mentions in a report link nothing", async () => {
    const repo = newRepo(double);
    const fork = { id: repo.id + 100_000, owner: "outsider", name: repo.name };
    const evil =
      "see www.evil.example or #123, acme/churn#7, GH-123, a5c3785ed8d6a35868bc169f07e40e889087fd2e, cc @octocat";
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 26,
      headSha: sha(7),
      baseSha: sha(1),
      fork,
      reports: { "": buildReport({ data: [dataReport({ dataset: evil, path: evil, valid: false })] }) },
    });
    expect((await server.deliver({ name: "workflow_run", payload })).status).toBe(200);
    const [comment] = double.comments(repo, 26);
    expect(
      liveProblems(comment.body, [`https://github.com/${repo.owner}/${repo.name}/actions/runs/`]),
    ).toEqual([]);
  });
});

describe("finding 10: a malformed payload is refused at the door", () => {
  it("a workflow_run without created_at: 400 naming the field, logged, nothing asked of GitHub", async () => {
    const repo = newRepo(double);
    const payload = (await baseBranchRun(double, repo, { runId: newId(), headSha: sha(8) })) as {
      workflow_run: Record<string, unknown>;
    };
    delete payload.workflow_run.created_at;
    const before = proxy.requests.length;
    const { status, id } = await server.deliver({ name: "workflow_run", payload });
    expect(status).toBe(400);
    expect(proxy.requests.length).toBe(before);
    const refusal = server.logs.find((log) => log.delivery === id && log.level === 50);
    expect(refusal?.msg).toMatch(/does not match GitHub's webhook schema for workflow_run\.completed/);
    expect(JSON.stringify(refusal?.problems)).toContain("workflow_run.created_at: missing");
  });
});
