/**
 * Deployment gates end to end: Probot's real HTTP server with the Slipway app, signed deliveries
 * POSTed over HTTP, the app's API pointed at a GitHub double (GitHub Enterprise paths), every
 * request checked against @octokit/openapi's REST description and every payload against its
 * webhook schemas. A fixed, movable clock; a real (embedded PostgreSQL) store.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import type { Store } from "../../../app/store/store.js";
import type { Gates } from "../../helpers/github/gates.js";
import { GitHubDouble } from "../../helpers/github/github-double.js";
import { pullObject, type RepoFacts } from "../../helpers/github/objects.js";
import { type ServerHarness, serverHarness } from "../helpers/app-harness.js";
import { openTestPgliteStore } from "../helpers/pglite-template.js";
import { baseBranchRun, newId, newRepo, reportWith, sha } from "../helpers/scenario.js";
import {
  commentCreated,
  payloadProblems,
  protectionRuleRequested,
  reviewSubmitted,
} from "./helpers/gate-payloads.js";

const POLICY = `
environments:
  production:
    require: [model]
    approvals: 1
    approvers: [alice, "@acme/ml-leads"]
    branches: [main]
    tags: ["v*"]
    freeze:
      - { cron: "0 17 * * 5", duration: 64h, timezone: Europe/Paris }
    override-approvers: [erin]
`;

let double: GitHubDouble;
let gateDouble: Gates;
let store: Store;
let clock = new Date("2025-01-08T10:00:00Z");
const servers: ServerHarness[] = [];

async function startApp(): Promise<ServerHarness> {
  const server = await serverHarness({
    store,
    double: { url: double.url } as unknown as GitHubDouble,
    now: () => clock,
  });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  process.env.SLIPWAY_GATE_SWEEP_MS = "100";
  double = await GitHubDouble.start();
  gateDouble = double.gates;
  store = await openTestPgliteStore();
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await store?.close();
  await double?.close();
  delete process.env.SLIPWAY_GATE_SWEEP_MS;
});
afterEach(() => {
  expect(double.problems.splice(0)).toEqual([]);
});

interface Setup {
  repo: RepoFacts;
  commit: string;
  runId: number;
  deploymentId: number;
  author: string;
  requested: unknown;
}

/** A repository with the policy, a release tag on a commit brought by pull request #3. */
function setUp(): Setup {
  const repo = newRepo(double, POLICY);
  const commit = sha(newId());
  double.addPull(repo, { number: 3, headSha: commit, headRef: "feature", baseRef: "main", baseSha: sha(1) });
  double.repo(repo).refs.set("refs/tags/v1.2.0", { sha: "aa218f56b14c9653891f9e74264a383fa43fefbd" });
  gateDouble.teams.set("acme/ml-leads", ["dave"]);
  const runId = newId();
  const deploymentId = newId();
  const requested = protectionRuleRequested(repo, {
    environment: "production",
    sha: commit,
    ref: "v1.2.0",
    runId,
    deploymentId,
    deployer: "deploy-bot",
  });
  expect(payloadProblems("webhook-deployment-protection-rule-requested", requested)).toEqual([]);
  const author = pullObject(repo, {
    number: 3,
    headSha: commit,
    headRef: "feature",
    baseRef: "main",
    baseSha: sha(1),
  }).user.login;
  return { repo, commit, runId, deploymentId, author, requested };
}

async function trustedReport(s: Setup, accuracy: number): Promise<void> {
  await store.saveReport({
    repositoryId: s.repo.id,
    commit: s.commit,
    workflowId: 7001,
    variant: "",
    repository: `${s.repo.owner}/${s.repo.name}`,
    workflowName: "ml",
    branch: "main",
    event: "push",
    trusted: true,
    runId: newId(),
    runAttempt: 1,
    runUrl: "https://github.com/acme/churn/actions/runs/1",
    runCreatedAt: new Date("2025-01-08T08:00:00Z"),
    passed: accuracy >= 0.85,
    report: reportWith(accuracy),
  });
}

function approve(s: Setup, login: string, at = "2025-01-08T09:30:00Z") {
  const key = `${s.repo.owner}/${s.repo.name}#3`;
  gateDouble.reviews.set(key, [
    ...(gateDouble.reviews.get(key) ?? []),
    { user: login, state: "APPROVED", submitted_at: at },
  ]);
  const payload = reviewSubmitted(s.repo, 3, login, "approved");
  expect(payloadProblems("webhook-pull-request-review-submitted", payload)).toEqual([]);
  return payload;
}

/** A comment's text as GitHub renders it (the app writes untrusted text as character references). */
const rendered = (body: string) =>
  body.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))).replace(/\u200d/g, "");

const callbacksFor = (s: Setup) =>
  gateDouble.callbacks.filter((c) => c.path.endsWith(`/runs/${s.runId}/deployment_protection_rule`));

async function until(condition: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("deployment protection rule, end to end over HTTP", () => {
  it("requested → pending with a status comment → a report arrives → review approved → approved, answered once", async () => {
    clock = new Date("2025-01-08T10:00:00Z");
    const app = await startApp();
    const s = setUp();
    expect((await app.deliver({ name: "deployment_protection_rule", payload: s.requested })).status).toBe(
      200,
    );
    expect(callbacksFor(s)).toEqual([]);
    const status = double.comments(s.repo, 3);
    expect(status).toHaveLength(1);
    expect(rendered(status[0].body)).toMatch(/Slipway gate: production ⏳ pending/);
    expect(rendered(status[0].body)).toMatch(
      /no report for commit .* says whether the model checks passed yet/,
    );
    expect(rendered(status[0].body)).toMatch(/0 of 1 approval/);
    const gate = await store.gate(s.repo.id, s.deploymentId, "production");
    expect(gate).toMatchObject({ state: "pending", ref: "refs/tags/v1.2.0" });

    // The release's push run completes: its report is kept, the gate decided again — still short an approval.
    const run = await baseBranchRun(double, s.repo, {
      runId: newId(),
      headSha: s.commit,
      reports: { "": reportWith(0.92) },
    });
    expect((await app.deliver({ name: "workflow_run", payload: run })).status).toBe(200);
    expect(callbacksFor(s)).toEqual([]);
    expect(rendered(double.comments(s.repo, 3)[0].body)).toMatch(
      /✅ \*\*require\*\*: the model checks passed/,
    );

    // Two deliveries of approvals arrive at once: one answer.
    const review = approve(s, "dave");
    const [a, b] = await Promise.all([
      app.deliver({ name: "pull_request_review", payload: review }),
      app.deliver({ name: "pull_request_review", payload: review }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(callbacksFor(s)).toHaveLength(1);
    expect(callbacksFor(s)[0]!.body).toMatchObject({ environment_name: "production", state: "approved" });
    expect(callbacksFor(s)[0]!.body.comment).toMatch(
      /^Slipway approved this deployment: .*1 of 1 approval: dave \(review on #3\)/,
    );
    expect(double.comments(s.repo, 3)).toHaveLength(1);
    expect(rendered(double.comments(s.repo, 3)[0].body)).toMatch(/production ✅ approved/);
    // A redelivery later changes nothing.
    await app.deliver({ name: "pull_request_review", payload: review });
    expect(callbacksFor(s)).toHaveLength(1);

    const audit = await store.decisions(s.repo.id, "production");
    expect(audit.map((d) => d.outcome)).toEqual(["approved", "pending", "pending"]);
    expect(audit[0]!.facts).toMatchObject({
      commit: s.commit,
      reviews: [expect.objectContaining({ user: "dave" })],
    });
  });

  it("a failing report: rejected at once, with the reason", async () => {
    clock = new Date("2025-01-08T10:00:00Z");
    const app = await startApp();
    const s = setUp();
    await trustedReport(s, 0.5);
    approve(s, "alice");
    await app.deliver({ name: "deployment_protection_rule", payload: s.requested });
    expect(callbacksFor(s)).toHaveLength(1);
    expect(callbacksFor(s)[0]!.body).toMatchObject({ state: "rejected" });
    expect(callbacksFor(s)[0]!.body.comment).toMatch(/the model checks failed for commit/);
    expect((await store.gate(s.repo.id, s.deploymentId, "production"))!.state).toBe("rejected");
  });

  it("self-approval is ignored; a non-approver's command is answered with why; an approver's command approves", async () => {
    clock = new Date("2025-01-08T10:00:00Z");
    const app = await startApp();
    const s = setUp();
    await trustedReport(s, 0.92);
    await app.deliver({ name: "deployment_protection_rule", payload: s.requested });
    await app.deliver({ name: "pull_request_review", payload: approve(s, s.author) });
    expect(callbacksFor(s)).toEqual([]);
    expect((await store.gate(s.repo.id, s.deploymentId, "production"))!.reasons.join(" ")).toMatch(
      new RegExp(`${s.author} wrote #3, and self-approval does not count`),
    );

    const body = "/slipway approve production";
    const mallory = double.addComment(s.repo, 3, body, "mallory");
    const byMallory = commentCreated(s.repo, 3, { id: mallory, login: "mallory", body });
    expect(payloadProblems("webhook-issue-comment-created", byMallory)).toEqual([]);
    await app.deliver({ name: "issue_comment", payload: byMallory });
    expect(double.reactions).toContainEqual({ commentId: mallory, content: "+1" });
    expect(rendered(double.comments(s.repo, 3).at(-1).body)).toMatch(
      /@mallory your approval of production did not count: mallory is not an approver/,
    );
    expect(callbacksFor(s)).toEqual([]);

    const alice = double.addComment(s.repo, 3, body, "alice");
    await app.deliver({
      name: "issue_comment",
      payload: commentCreated(s.repo, 3, { id: alice, login: "alice", body }),
    });
    expect(callbacksFor(s)).toHaveLength(1);
    expect(callbacksFor(s)[0]!.body.state).toBe("approved");
  });

  it("a freeze: pending until it ends, then the sweep approves", async () => {
    clock = new Date("2025-01-10T20:00:00Z"); // Friday 21:00 in Paris
    const app = await startApp();
    const s = setUp();
    await trustedReport(s, 0.92);
    approve(s, "alice", "2025-01-10T19:00:00Z");
    await app.deliver({ name: "deployment_protection_rule", payload: s.requested });
    const gate = await store.gate(s.repo.id, s.deploymentId, "production");
    expect(gate!.state).toBe("pending");
    expect(gate!.recheckAt?.toISOString()).toBe("2025-01-13T08:00:00.000Z");
    expect(rendered(double.comments(s.repo, 3)[0].body)).toMatch(
      /production is frozen until 2025-01-13 09:00 Europe\/Paris/,
    );
    // Monday, just after 09:00 in Paris: the sweep sees the freeze is over.
    clock = new Date("2025-01-13T08:00:01Z");
    await until(() => callbacksFor(s).length > 0);
    expect(callbacksFor(s)).toHaveLength(1);
    expect(callbacksFor(s)[0]!.body.state).toBe("approved");
  });

  it("the app restarted while a gate was pending still answers it", async () => {
    clock = new Date("2025-01-08T10:00:00Z");
    const first = await startApp();
    const s = setUp();
    await trustedReport(s, 0.92);
    await first.deliver({ name: "deployment_protection_rule", payload: s.requested });
    expect((await store.gate(s.repo.id, s.deploymentId, "production"))!.state).toBe("pending");
    await first.close();
    servers.splice(servers.indexOf(first), 1);

    const second = await startApp();
    await second.deliver({ name: "pull_request_review", payload: approve(s, "alice") });
    expect(callbacksFor(s)).toHaveLength(1);
    expect(callbacksFor(s)[0]!.body.state).toBe("approved");
  });

  it("a gate nobody approves expires: rejected, said so", async () => {
    clock = new Date("2025-01-08T10:00:00Z");
    const app = await startApp();
    const s = setUp();
    await trustedReport(s, 0.92);
    await app.deliver({ name: "deployment_protection_rule", payload: s.requested });
    expect(callbacksFor(s)).toEqual([]);
    clock = new Date("2025-02-07T10:00:00Z"); // 30 days on: past the app's 29-day expiry
    await until(() => callbacksFor(s).length > 0);
    expect(callbacksFor(s)[0]!.body.state).toBe("rejected");
    expect(callbacksFor(s)[0]!.body.comment).toMatch(/no approval came before the gate expired/);
    expect((await store.gate(s.repo.id, s.deploymentId, "production"))!.state).toBe("expired");
    expect((await store.decisions(s.repo.id, "production"))[0]!.outcome).toBe("expired");
  });

  it("/slipway status answers with what each waiting deployment lacks; a malformed command gets usage", async () => {
    clock = new Date("2025-01-08T10:00:00Z");
    const app = await startApp();
    const s = setUp();
    await trustedReport(s, 0.92);
    await app.deliver({ name: "deployment_protection_rule", payload: s.requested });
    const status = double.addComment(s.repo, 3, "/slipway status", "carol");
    await app.deliver({
      name: "issue_comment",
      payload: commentCreated(s.repo, 3, { id: status, login: "carol", body: "/slipway status" }),
    });
    expect(double.reactions).toContainEqual({ commentId: status, content: "eyes" });
    expect(rendered(double.comments(s.repo, 3).at(-1).body)).toMatch(
      /Deployments waiting on Slipway:\n\n- \*\*production\*\* \(`[0-9a-f]{7}`\): pending — 0 of 1 approval/,
    );

    const bad = double.addComment(s.repo, 3, "/slipway approve", "alice");
    await app.deliver({
      name: "issue_comment",
      payload: commentCreated(s.repo, 3, { id: bad, login: "alice", body: "/slipway approve" }),
    });
    expect(double.reactions).toContainEqual({ commentId: bad, content: "confused" });
    expect(rendered(double.comments(s.repo, 3).at(-1).body)).toMatch(/say which one environment/);
    expect(callbacksFor(s)).toEqual([]);
  });

  it("an environment without a policy is rejected, fail closed", async () => {
    clock = new Date("2025-01-08T10:00:00Z");
    const app = await startApp();
    const s = setUp();
    await app.deliver({
      name: "deployment_protection_rule",
      payload: { ...(s.requested as object), environment: "qa" },
    });
    expect(callbacksFor(s)).toHaveLength(1);
    expect(callbacksFor(s)[0]!.body).toMatchObject({ environment_name: "qa", state: "rejected" });
    expect(callbacksFor(s)[0]!.body.comment).toMatch(/environment "qa" has no policy/);
  });
});
