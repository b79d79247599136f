/**
 * End to end: Probot's real HTTP server with the Slipway app, webhooks POSTed over HTTP and signed
 * with the secret, the app's API base pointed at the GitHub API double on 127.0.0.1 as a GitHub
 * Enterprise host (/api/v3), with Octokit's retry on as in production.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import { sign } from "@octokit/webhooks-methods";
import type { Store } from "../../../app/store/store.js";
import { GitHubDouble } from "../../helpers/github/github-double.js";
import { type ServerHarness, serverHarness, WEBHOOK_SECRET } from "../helpers/app-harness.js";
import { buildReport, dataReport } from "../helpers/build-report.js";
import { expectInertMarkdown } from "../helpers/markdown-checks.js";
import { openTestPgliteStore } from "../helpers/pglite-template.js";
import { newId, newRepo, pullRequestRun, sha } from "../helpers/scenario.js";

let double: GitHubDouble;
let store: Store;
let server: ServerHarness;

beforeAll(async () => {
  double = await GitHubDouble.start();
  store = await openTestPgliteStore();
  server = await serverHarness({ store, double, resilience: { retryAfterBaseValue: 20, throttle: false } });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
  await double?.close();
});
afterEach(() => {
  expect(double.problems.splice(0)).toEqual([]);
});

describe("webhook deliveries over HTTP", () => {
  it("handles a signed delivery: check run and comment, through GitHub Enterprise's /api/v3 paths", async () => {
    const repo = newRepo(double);
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 1,
      headSha: sha(2),
      baseSha: sha(1),
    });
    const before = double.requests.length;
    const { status } = await server.deliver({ name: "workflow_run", payload });
    expect(status).toBe(200);
    expect(double.checkRuns(repo)).toHaveLength(1);
    expect(double.comments(repo, 1)).toHaveLength(1);
    const api = double.requests.slice(before).filter((r) => !r.storage);
    expect(api.length).toBeGreaterThan(0);
    expect(api.every((r) => r.rawPath.startsWith("/api/v3/"))).toBe(true);
  });

  it.each<[string, () => Promise<string | null>]>([
    ["a forged signature", async () => sign("not-the-secret", "{}")],
    ["a signature of another body", async () => sign(WEBHOOK_SECRET, "{}")],
    ["no signature", async () => null],
  ])("refuses %s and does nothing", async (_name, signature) => {
    const repo = newRepo(double);
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 2,
      headSha: sha(2),
      baseSha: sha(1),
    });
    const before = double.requests.length;
    const { status } = await server.deliver(
      { name: "workflow_run", payload },
      { signature: await signature() },
    );
    expect(status).toBe(400);
    expect(double.requests.length).toBe(before);
    expect(double.checkRuns(repo)).toHaveLength(0);
  });

  it("handles a redelivered webhook (same delivery id) once", async () => {
    const repo = newRepo(double);
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 3,
      headSha: sha(2),
      baseSha: sha(1),
    });
    const first = await server.deliver({ name: "workflow_run", payload });
    const again = await server.deliver({ name: "workflow_run", payload, id: first.id });
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(double.checkRuns(repo)).toHaveLength(1);
  });

  it("gives one comment for two deliveries of one pull request arriving together", async () => {
    const repo = newRepo(double);
    const payloads = await Promise.all(
      [0, 1, 2].map(async () =>
        pullRequestRun(double, repo, { runId: newId(), pull: 4, headSha: sha(2), baseSha: sha(1) }),
      ),
    );
    const results = await Promise.all(
      payloads.map((payload) => server.deliver({ name: "workflow_run", payload })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(double.comments(repo, 4)).toHaveLength(1);
    expect(double.checkRuns(repo)).toHaveLength(3);
  });

  it("retries a GitHub hiccup (502) and carries on", async () => {
    const repo = newRepo(double);
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 5,
      headSha: sha(2),
      baseSha: sha(1),
    });
    double.failNext("GET", /\/actions\/runs\/\d+\/artifacts$/, 502);
    const { status } = await server.deliver({ name: "workflow_run", payload });
    expect(status).toBe(200);
    const listings = double.requests.filter(
      (r) => /\/actions\/runs\/\d+\/artifacts$/.test(r.path) && r.path.includes(repo.name),
    );
    expect(listings.map((r) => r.status)).toEqual([502, 200]);
    expect(double.comments(repo, 5)).toHaveLength(1);
  });

  it("answers with an error when GitHub keeps failing, logs the delivery id, and shows it on the commit", async () => {
    const repo = newRepo(double);
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 6,
      headSha: sha(2),
      baseSha: sha(1),
    });
    double.failNext("GET", /\/actions\/artifacts\/\d+\/zip$/, 503, 4);
    const { status, id } = await server.deliver({ name: "workflow_run", payload });
    // Probot answers with the failed request's status, so GitHub marks the delivery failed.
    expect(status).toBe(503);
    expect(server.logs.some((log) => log.delivery === id && log.level === 50)).toBe(true);
    const [check] = double.checkRuns(repo);
    expect(check.request.conclusion).toBe("failure");
    expect(check.request.output.summary).toContain(id);
  });

  it("posts a fork's hostile report inert", async () => {
    const repo = newRepo(double);
    const fork = { id: repo.id + 100_000, owner: "outsider", name: repo.name };
    const evil = "</details><img src=x> @org/team #42 | `x` [link](https://evil.example) ";
    const report = buildReport({ data: [dataReport({ dataset: evil.repeat(20), valid: false })] });
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 7,
      headSha: sha(3),
      baseSha: sha(1),
      fork,
      reports: { "": report },
    });
    expect((await server.deliver({ name: "workflow_run", payload })).status).toBe(200);
    const [comment] = double.comments(repo, 7);
    expectInertMarkdown(comment.body);
  });
});
