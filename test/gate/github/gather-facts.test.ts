import { afterEach, describe, expect, test } from "@jest/globals";
import { environmentSchema } from "../../../src/config/schema.js";
import { decideGate } from "../../../src/gate/decide-gate.js";
import { gatherFacts } from "../../../src/gate/github/gather-facts.js";
import { policyFor, policyFromText } from "../../../src/gate/policy-for.js";
import { createGitHubClient } from "../../../src/github/client.js";
import { createGateGitHub } from "../../../src/github/gate-github.js";
import { type GateScenario, type GitHubDouble, startGateScenario } from "../../helpers/github/scenarios.js";
import { COMMIT, liveScenario, POLICY, REPO, reportZip } from "../helpers/live-scenario.js";

/** The gate's GitHub on an @octokit/rest client, as the action and the CLI build it (no retries: one answer per request). */
function gateGitHubAt(url: string, token = "ghs_test_token") {
  const [owner, repo] = REPO.split("/") as [string, string];
  return createGateGitHub(createGitHubClient({ token, baseUrl: url, retry: false }), { owner, repo });
}

const NOW = new Date("2025-01-08T10:00:00Z");
let double: GitHubDouble | undefined;

afterEach(async () => {
  const current = double;
  double = undefined;
  if (!current) return;
  await current.close();
  // Whatever the test asserted, every request and answer kept to GitHub's published contract.
  expect(current.problems).toEqual([]);
});

async function gather(overrides: Partial<GateScenario> = {}, policyText = POLICY) {
  double = await startGateScenario(await liveScenario(overrides));
  const github = gateGitHubAt(double.url);
  const policy = policyFor(policyFromText(policyText, "slipway.yml"), "production");
  const facts = await gatherFacts(github, {
    repository: REPO,
    environment: "production",
    sha: COMMIT,
    ref: "refs/tags/v1.2.0",
    deployer: "deploy-bot",
    policy,
  });
  return { facts, decision: decideGate(policy, facts, NOW), github };
}

describe("gatherFacts through createGateGitHub (Octokit), against a GitHub double checked with @octokit/openapi", () => {
  test("gathers what the policy needs and the gate approves", async () => {
    const { facts, decision } = await gather();
    expect(facts.pull_requests).toEqual([
      { number: 12, author: "carol", url: `https://github.com/${REPO}/pull/12` },
    ]);
    expect(facts.reports).toEqual([
      {
        part: "data",
        passed: true,
        detail: "1 dataset valid",
        source: `https://github.com/${REPO}/actions/runs/900`,
      },
      {
        part: "model",
        passed: true,
        detail: "tests and metric rules passed",
        source: `https://github.com/${REPO}/actions/runs/900`,
      },
    ]);
    expect(facts.commands.map((c) => c.user)).toEqual(["dave", "carol"]);
    expect(facts.teams).toEqual({ "@acme/ml-leads": ["dave", "frank"] });
    // The first success counts, even though a later deployment made this one inactive.
    expect(facts.deployments).toEqual([
      { environment: "staging", sha: COMMIT, state: "success", at: "2025-01-08T06:05:00Z" },
    ]);
    expect(facts.gaps).toEqual([]);
    expect(decision.outcome).toBe("approved");
    expect(decision.approvals.counted.map((a) => a.user)).toEqual(["alice", "dave"]);
    expect(decision.approvals.ignored).toEqual([
      expect.objectContaining({ user: "carol", why: "carol wrote #12, and self-approval does not count" }),
    ]);
    // The pull request's run was never opened: its report is no evidence.
    expect(double!.seen.map((s) => s.path)).not.toContain(`/repos/${REPO}/actions/runs/901/artifacts`);
    for (const request of double!.seen.filter((s) => !s.path.startsWith("/storage/"))) {
      // Octokit's form for an installation token (GitHub takes "token" and "Bearer" alike).
      expect(request.headers.authorization).toBe("token ghs_test_token");
      expect(request.headers["x-github-api-version"]).toBe("2022-11-28");
    }
    // The storage host behind the artifact redirect never sees the token.
    expect(double!.seen.find((s) => s.path.startsWith("/storage/"))!.headers.authorization).toBeUndefined();
  });

  test("the job token cannot read the team: its members are unknown, said with how to fix it", async () => {
    const { facts, decision } = await gather({ teams: { "acme/ml-leads": 403 } });
    expect(facts.teams).toEqual({ "@acme/ml-leads": null });
    expect(facts.notes.join("\n")).toMatch(
      /GitHub answered 403 \(Resource not accessible by integration\) while listing the members of @acme\/ml-leads; a workflow's GITHUB_TOKEN cannot read team membership/,
    );
    expect(decision.outcome).toBe("pending");
    expect(decision.reasons.join("\n")).toMatch(
      /the members of @acme\/ml-leads could not be read, so it cannot be told whether dave is an approver/,
    );
  });

  test("long listings are read page by page", async () => {
    const comments = Array.from({ length: 230 }, (_, i) => ({
      user: `user${i}`,
      body: "+1",
      created_at: "2025-01-08T07:00:00Z",
    }));
    comments.push({ user: "frank", body: "/slipway approve production", created_at: "2025-01-08T09:10:00Z" });
    const { facts } = await gather({ comments: { 12: comments } });
    expect(facts.commands.map((c) => c.user)).toEqual(["frank"]);
    expect(double!.seen.filter((s) => s.path === `/repos/${REPO}/issues/12/comments`)).toHaveLength(3);
  });

  test.each<[string, Partial<GateScenario>, RegExp]>([
    [
      "reviews cannot be listed",
      { refuse: { "/repos/{owner}/{repo}/pulls/{pull_number}/reviews": 502 } },
      /GitHub answered 502 .* while listing the reviews of #12/,
    ],
    [
      "the runs cannot be listed",
      { refuse: { "/repos/{owner}/{repo}/actions/runs": 403 } },
      /GitHub answered 403 .* while listing the workflow runs of 0123456/,
    ],
  ])("a fact that could not be read keeps the gate closed: %s", async (_, overrides, gap) => {
    const { facts, decision } = await gather(overrides);
    expect(facts.gaps).toEqual([expect.stringMatching(gap)]);
    expect(decision.outcome).toBe("pending");
  });

  test("a report artifact that cannot be read is a gap, not a pass", async () => {
    const { facts, decision } = await gather({
      runs: [
        { id: 900, headSha: COMMIT, artifacts: [{ id: 91, name: "slipway-report", zip: await reportZip() }] },
        {
          id: 902,
          headSha: COMMIT,
          artifacts: [{ id: 93, name: "slipway-report-gpu", zip: Buffer.from("not a zip") }],
        },
      ],
    });
    expect(facts.gaps).toEqual([
      expect.stringMatching(/the slipway-report-gpu artifact of run 902 is not a readable zip/),
    ]);
    expect(decision.outcome).toBe("pending");
  });

  test("a failed report on a trusted run rejects", async () => {
    const { decision } = await gather({
      runs: [
        {
          id: 900,
          headSha: COMMIT,
          artifacts: [{ id: 91, name: "slipway-report", zip: await reportZip(false) }],
        },
      ],
    });
    expect(decision.outcome).toBe("rejected");
    expect(decision.reasons[0]).toMatch(
      /the model checks failed for commit 0123456 \(rules failed: f1, https:\/\/github.com\/acme\/churn\/actions\/runs\/900\)/,
    );
  });

  test("a bot's comment and an edited comment never approve (as in the app: approvals are comments as written)", async () => {
    const { facts, decision } = await gather({
      comments: {
        12: [
          // Edited at 12:00 into an approval: GitHub lets anyone with write access edit anyone's comment.
          {
            user: "dave",
            body: "/slipway approve production",
            created_at: "2025-01-08T09:00:00Z",
            edited_at: "2025-01-08T12:00:00Z",
          },
          {
            user: "erin[bot]",
            body: "/slipway approve production",
            created_at: "2025-01-08T09:05:00Z",
            bot: true,
          },
        ],
      },
    });
    expect(facts.commands).toEqual([]);
    expect(decision.approvals.counted.map((a) => a.user)).toEqual(["alice"]);
    expect(decision.outcome).not.toBe("approved");
  });

  test("policy file, ref resolution through an annotated tag", async () => {
    double = await startGateScenario(await liveScenario());
    const github = gateGitHubAt(double.url);
    expect(await github.policyFile()).toEqual({ ok: true, value: { branch: "main", text: POLICY } });
    expect(await github.resolveRef("refs/tags/v1.2.0")).toEqual({ ok: true, value: COMMIT });
    // GitHub answers an unknown ref on GET /commits/{ref} with 422.
    expect(await github.resolveRef("refs/heads/nope")).toMatchObject({ ok: false, status: 422 });
  });

  test("asks only what the policy needs", async () => {
    await gather({}, "environments:\n  production: { branches: [main] }\n");
    expect(double!.seen).toEqual([]);
    void environmentSchema;
  });
});
