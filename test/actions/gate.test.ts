/**
 * The gate step as the runner runs it: the committed bundle (dist/gate), inputs as INPUT_*, the
 * job's variables, against a GitHub double checked with @octokit/openapi.
 */
import { join } from "node:path";
import { afterEach, describe, expect, test } from "@jest/globals";
import { COMMIT, liveScenario, REPO, reportZip } from "../gate/helpers/live-scenario.js";
import { runActionStepAsync } from "../gate/helpers/run-step-async.js";
import {
  type GateScenario,
  type GitHubDouble,
  repoFacts,
  startGateScenario,
} from "../helpers/github/scenarios.js";

const BUNDLE = join(import.meta.dirname, "..", "..", "dist", "gate", "index.js");
// No cron freeze here: the step reads the real clock.
const POLICY = `environments:
  production:
    require: [data, model]
    approvals: 2
    approvers: [alice, "@acme/ml-leads"]
    tags: ["v*"]
    after: { environment: staging, soak: 1h }
`;

let double: GitHubDouble | undefined;
afterEach(async () => {
  const current = double;
  double = undefined;
  if (!current) return;
  await current.close();
  expect(current.problems).toEqual([]);
});

async function step(overrides: Partial<GateScenario>, inputs: Record<string, string> = {}) {
  double = await startGateScenario(await liveScenario({ policy: POLICY, ...overrides }));
  return runActionStepAsync(
    BUNDLE,
    { environment: "production", token: "ghs_test_token", timeout: "0s", "poll-interval": "1s", ...inputs },
    {
      GITHUB_REPOSITORY: "acme/churn",
      GITHUB_SHA: COMMIT,
      GITHUB_REF: "refs/tags/v1.2.0",
      GITHUB_API_URL: double.url,
      GITHUB_TRIGGERING_ACTOR: "deploy-bot",
    },
  );
}

describe("actions/gate (dist/gate run as the runner runs it)", () => {
  test("approved: the step passes, with outputs and a job summary", async () => {
    const run = await step({});
    expect(run.errors).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.outputs.outcome).toBe("approved");
    expect(JSON.parse(run.outputs.reasons!)).toContain(
      "2 of 2 approvals: alice (review on #12), dave (/slipway approve on #12). Not counted: carol (/slipway approve on #12): carol wrote #12, and self-approval does not count.",
    );
    expect(JSON.parse(run.outputs.decision!).approvals.counted).toHaveLength(2);
    expect(run.summary).toMatch(/^### Slipway gate: production ✅ approved/);
    // As shown: rule messages carry invisible joiners in hex runs so GitHub links no SHA.
    expect(run.summary.replaceAll("\u200d", "")).toMatch(
      /- ✅ \*\*after\*\*: commit 0123456 was deployed to staging/,
    );
  });

  test("pending, then an approval comes while it polls: approved", async () => {
    const running = step({ comments: { 12: [] } }, { timeout: "30s" });
    // Once the step has looked once, dave approves.
    for (let i = 0; i < 200 && !double?.seen.some((s) => s.path.endsWith("/issues/12/comments")); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    double!.addComment(repoFacts(REPO), 12, "/slipway approve production", "dave", {
      createdAt: new Date().toISOString(),
    });
    const run = await running;
    expect(run.status).toBe(0);
    expect(run.outputs.outcome).toBe("approved");
    expect(run.stdout).toMatch(
      /production: PENDING for commit 0123456[\s\S]*1 of 2 approvals[\s\S]*Deciding again in 1s\./,
    );
    expect(double!.seen.filter((s) => s.path.endsWith("/issues/12/comments")).length).toBeGreaterThanOrEqual(
      2,
    );
  });

  test("still pending at the time-out: the step fails and says what is missing", async () => {
    const run = await step({ reviews: {} });
    expect(run.status).toBe(1);
    expect(run.outputs.outcome).toBe("pending");
    expect(run.errors).toEqual([
      expect.stringMatching(/^The Slipway gate was still pending after 0s: 1 of 2 approvals: dave/),
    ]);
  });

  test("a failed model report: rejected, the step fails", async () => {
    const run = await step({
      runs: [
        {
          id: 900,
          headSha: COMMIT,
          artifacts: [{ id: 91, name: "slipway-report", zip: await reportZip(false) }],
        },
      ],
    });
    expect(run.status).toBe(1);
    expect(run.outputs.outcome).toBe("rejected");
    expect(run.errors[0]).toMatch(
      /^The Slipway gate rejected deploying 0123456 to production: the model checks failed/,
    );
    expect(run.summary).toMatch(/❌ rejected/);
  });

  test("a date freeze: pending with when it ends", async () => {
    const run = await step({ policy: `${POLICY}    freeze: [{ from: "2020-01-01", to: "2100-01-01" }]\n` });
    expect(run.status).toBe(1);
    expect(run.errors[0]).toMatch(/production is frozen until 2100-01-01 00:00 UTC/);
  });

  test("the job token cannot read teams; a team-token can", async () => {
    const without = await step({ teamToken: "ghs_org_reader" });
    expect(without.status).toBe(1);
    expect(without.stdout).toMatch(
      /note: GitHub answered 403 .* a workflow's GITHUB_TOKEN cannot read team membership/,
    );
    await double!.close();
    expect(double!.problems).toEqual([]);
    double = undefined;
    const withToken = await step({ teamToken: "ghs_org_reader" }, { "team-token": "ghs_org_reader" });
    expect(withToken.status).toBe(0);
    const teamRequest = double!.seen.find((s) => s.path === "/orgs/acme/teams/ml-leads/members")!;
    expect(teamRequest.headers.authorization).toBe("token ghs_org_reader");
    expect(
      double!.seen
        .filter((s) => s.path !== teamRequest.path && !s.path.startsWith("/storage/"))
        .every((s) => s.headers.authorization === "token ghs_test_token"),
    ).toBe(true);
  });

  test.each<[string, Partial<GateScenario>, Record<string, string>, RegExp]>([
    [
      "no policy for the environment",
      {},
      { environment: "prod" },
      /acme\/churn@main:\.github\/slipway\.yml: environments: no policy for environment "prod"/,
    ],
    ["no policy file on the default branch", { policy: null }, {}, /not found on the default branch/],
    [
      "a policy that cannot be applied",
      { policy: `${POLICY}    freeze: [{ cron: "0 17 * *", duration: 1h }]\n` },
      {},
      /environments\.production\.freeze\[0\]\.cron: "0 17 \* \*" has 4 fields/,
    ],
    ["a time-out that is no duration", {}, { timeout: "soon" }, /^timeout: "soon" is not a duration/],
  ])("could not run — %s: fails closed with one line", async (_, overrides, inputs, message) => {
    const run = await step(overrides, inputs);
    expect(run.status).toBe(1);
    expect(run.outputs.outcome).toBe("rejected");
    expect(run.errors).toEqual([expect.stringMatching(message)]);
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});
