/**
 * Issue 13's findings about deployment gates, end to end: Probot's real HTTP server, signed
 * deliveries, the gates' GitHub double (reviews, callbacks…) behind a fault proxy, a fixed clock.
 * Finding 1: approvals are events, so an edited comment never approves. Finding 2: a decision is
 * delivered, or tried again until GitHub takes it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import type { Store } from "../../../app/store/store.js";
import type { Gates } from "../../helpers/github/gates.js";
import { GitHubDouble } from "../../helpers/github/github-double.js";
import { pullObject, type RepoFacts } from "../../helpers/github/objects.js";
import {
  commentCreated,
  payloadProblems,
  protectionRuleRequested,
  reviewSubmitted,
} from "../gate/helpers/gate-payloads.js";
import { type ServerHarness, serverHarness } from "../helpers/app-harness.js";
import { FaultProxy } from "../helpers/fault-proxy.js";
import { openTestPgliteStore } from "../helpers/pglite-template.js";
import { newId, newRepo, sha } from "../helpers/scenario.js";

const policy = (approvals: number) => `
environments:
  production:
    approvals: ${approvals}
    approvers: [alice, dave]
`;

let double: GitHubDouble;
let gateDouble: Gates;
let proxy: FaultProxy;
let store: Store;
let app: ServerHarness;
let clock = new Date("2025-01-08T10:00:00Z");

beforeAll(async () => {
  process.env.SLIPWAY_GATE_SWEEP_MS = "100";
  double = await GitHubDouble.start();
  gateDouble = double.gates;
  proxy = await FaultProxy.start(double.url);
  store = await openTestPgliteStore();
  app = await serverHarness({ store, double: { url: proxy.url } as GitHubDouble, now: () => clock });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
  await proxy?.close();
  await double?.close();
  delete process.env.SLIPWAY_GATE_SWEEP_MS;
});
afterEach(() => {
  expect(double.problems.splice(0)).toEqual([]);
});

interface Setup {
  repo: RepoFacts;
  runId: number;
  deploymentId: number;
  author: string;
  requested: unknown;
}

/** A repository with the policy and a commit brought by pull request #3, its deployment asking. */
function setUp(approvals: number): Setup {
  clock = new Date("2025-01-08T10:00:00Z");
  const repo = newRepo(double, policy(approvals));
  const commit = sha(newId());
  const pull = { number: 3, headSha: commit, headRef: "feature", baseRef: "main", baseSha: sha(1) };
  double.addPull(repo, pull);
  double.repo(repo).refs.set("refs/heads/main", { sha: "aa218f56b14c9653891f9e74264a383fa43fefbd" });
  const runId = newId();
  const deploymentId = newId();
  const requested = protectionRuleRequested(repo, {
    environment: "production",
    sha: commit,
    ref: "main",
    runId,
    deploymentId,
    deployer: "deploy-bot",
  });
  return { repo, runId, deploymentId, author: pullObject(repo, pull).user.login, requested };
}

async function comment(s: Setup, login: string, body: string): Promise<number> {
  const id = double.addComment(s.repo, 3, body, login);
  const payload = commentCreated(s.repo, 3, { id, login, body });
  expect(payloadProblems("webhook-issue-comment-created", payload)).toEqual([]);
  expect((await app.deliver({ name: "issue_comment", payload })).status).toBe(200);
  return id;
}

/** Someone (anyone with write access: here the pull request's author) edits a comment. */
function edited(s: Setup, id: number, from: string, to: string, editor: string) {
  const live = double.comments(s.repo, 3).find((c) => c.id === id);
  const login = live.user.login;
  live.body = to;
  const created = commentCreated(s.repo, 3, { id, login, body: to });
  return {
    ...created,
    action: "edited",
    changes: { body: { from } },
    sender: { ...created.sender, login: editor },
  };
}

const callbacksFor = (s: Setup) =>
  gateDouble.callbacks.filter((c) => c.path.endsWith(`/runs/${s.runId}/deployment_protection_rule`));
const gateOf = (s: Setup) => store.gate(s.repo.id, s.deploymentId, "production");

async function until(condition: () => Promise<boolean> | boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("finding 1: approvals are events, not a comment's current text", () => {
  it("an approver's comment edited (by the PR's author) into /slipway approve does not approve", async () => {
    const s = setUp(1);
    const id = await comment(s, "alice", "LGTM, but wait for the data refresh");
    clock = new Date("2025-01-08T12:00:00Z");
    const edit = edited(
      s,
      id,
      "LGTM, but wait for the data refresh",
      "/slipway approve production",
      s.author,
    );
    expect(payloadProblems("webhook-issue-comment-edited", edit)).toEqual([]);
    expect((await app.deliver({ name: "issue_comment", payload: edit })).status).toBe(200);
    expect((await app.deliver({ name: "deployment_protection_rule", payload: s.requested })).status).toBe(
      200,
    );
    expect(callbacksFor(s)).toEqual([]);
    expect((await gateOf(s))?.reasons.join(" ")).toMatch(/0 of 1 approval/);
  });

  it("an approval edited away, or deleted, is withdrawn; one edited before it arrived never counts", async () => {
    const s = setUp(2);
    const body = "/slipway approve production";
    const id = await comment(s, "alice", body);
    await app.deliver({ name: "deployment_protection_rule", payload: s.requested });
    expect((await gateOf(s))?.reasons.join(" ")).toMatch(/1 of 2 approvals/);
    await app.deliver({ name: "issue_comment", payload: edited(s, id, body, "never mind", s.author) });
    expect((await gateOf(s))?.reasons.join(" ")).toMatch(/0 of 2 approvals/);

    // dave's command: its edit is delivered before its creation; the creation then counts for nothing.
    const daves = double.addComment(s.repo, 3, body, "dave");
    await app.deliver({ name: "issue_comment", payload: edited(s, daves, body, "oops", "dave") });
    await app.deliver({
      name: "issue_comment",
      payload: commentCreated(s.repo, 3, { id: daves, login: "dave", body }),
    });
    expect((await gateOf(s))?.reasons.join(" ")).toMatch(/0 of 2 approvals/);

    // alice approves again and deletes it.
    const again = await comment(s, "alice", body);
    expect((await gateOf(s))?.reasons.join(" ")).toMatch(/1 of 2 approvals/);
    const created = commentCreated(s.repo, 3, { id: again, login: "alice", body });
    double.deleteComment(s.repo, 3, again);
    await app.deliver({ name: "issue_comment", payload: { ...created, action: "deleted" } });
    expect((await gateOf(s))?.reasons.join(" ")).toMatch(/0 of 2 approvals/);
    expect(callbacksFor(s)).toEqual([]);
    // dave's was never recorded as an approval: only its withdrawal (no author) is kept.
    const withdrawn = await store.approvals(s.repo.id, 3, { withdrawn: true });
    expect(withdrawn.map((a) => [a.login, a.withdrawnWhy?.replace(/ at .*/, "")])).toEqual([
      ["alice", `edited by ${s.author}`],
      ["alice", "deleted by alice"],
    ]);
  });

  it("a dismissed review is withdrawn", async () => {
    const s = setUp(1);
    const key = `${s.repo.owner}/${s.repo.name}#3`;
    gateDouble.reviews.set(key, [{ user: "dave", state: "DISMISSED", submitted_at: "2025-01-08T09:30:00Z" }]);
    const review = reviewSubmitted(s.repo, 3, "dave", "approved");
    await app.deliver({ name: "pull_request_review", payload: review });
    await app.deliver({
      name: "pull_request_review",
      payload: { ...review, action: "dismissed", review: { ...review.review, state: "dismissed" } },
    });
    await app.deliver({ name: "deployment_protection_rule", payload: s.requested });
    expect(callbacksFor(s)).toEqual([]);
    const [recorded] = await store.approvals(s.repo.id, 3, { source: "review", withdrawn: true });
    expect(recorded).toMatchObject({ login: "dave", withdrawnWhy: expect.stringMatching(/^dismissed by /) });
  });
});

describe("finding 2: a gate decision is delivered, or tried again", () => {
  const callbackPath = /\/actions\/runs\/\d+\/deployment_protection_rule$/;

  it("a callback GitHub keeps refusing (500): recorded, then sent again by /slipway status", async () => {
    const s = setUp(1);
    await app.deliver({ name: "deployment_protection_rule", payload: s.requested });
    proxy.inject({ method: "POST", path: callbackPath, status: 500, times: 1 });
    await comment(s, "alice", "/slipway approve production");
    expect(callbacksFor(s)).toEqual([]);
    const decided = await gateOf(s);
    expect(decided).toMatchObject({ state: "approved", answeredAt: null, answer: "failed" });
    expect(double.comments(s.repo, 3)[0].body).toMatch(/GitHub has not taken this answer yet \(500\)/);

    await comment(s, "carol", "/slipway status");
    expect(callbacksFor(s)).toHaveLength(1);
    expect(callbacksFor(s)[0]!.body).toMatchObject({ state: "approved", environment_name: "production" });
    expect(await gateOf(s)).toMatchObject({ answer: "accepted", answerAttempts: 2 });
    const audit = await store.answers(s.repo.id, "production");
    expect(audit.filter((a) => a.gateId === decided!.id).map((a) => [a.outcome, a.status])).toEqual([
      ["accepted", 204],
      ["failed", 500],
    ]);
  });

  it("the sweep sends it again when its next try is due", async () => {
    const s = setUp(1);
    await app.deliver({ name: "deployment_protection_rule", payload: s.requested });
    proxy.inject({ method: "POST", path: callbackPath, status: 503, times: 1 });
    await comment(s, "alice", "/slipway approve production");
    const { nextAnswerAt } = (await gateOf(s))!;
    expect(callbacksFor(s)).toEqual([]);
    clock = new Date(nextAnswerAt!.getTime() + 1000);
    await until(async () => (await gateOf(s))?.answeredAt != null);
    expect(callbacksFor(s)).toHaveLength(1);
  });

  it("GitHub took the answer but the reply was lost: the retry's 422 counts as delivered", async () => {
    const s = setUp(1);
    await app.deliver({ name: "deployment_protection_rule", payload: s.requested });
    proxy.inject({ method: "POST", path: callbackPath, mode: "after-forward", status: 502, times: 1 });
    await comment(s, "alice", "/slipway approve production");
    expect(callbacksFor(s)).toHaveLength(1);
    expect((await gateOf(s))?.answeredAt).toBeNull();
    await comment(s, "carol", "/slipway status");
    expect(callbacksFor(s)).toHaveLength(2);
    expect(await gateOf(s)).toMatchObject({ answer: "already-decided" });
    expect(app.logs.some((log) => String(log.msg).includes("gate") && log.level === 50)).toBe(false);
  });
});
