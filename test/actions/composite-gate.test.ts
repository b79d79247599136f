/**
 * actions/gate run as a composite: its inputs (and the token's default, the job's token) reach the
 * bundled step through env:, against the GitHub double the gate's own tests use (routes and
 * answers checked with @octokit/openapi); outputs come back through the action's outputs.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "@jest/globals";
import { COMMIT, liveScenario, REPO } from "../gate/helpers/live-scenario.js";
import { cacheStore, standardStandIns } from "../helpers/composite/stand-ins.js";
import { runCompositeAction } from "../helpers/composite-runner.js";
import { type GitHubDouble, startGateScenario } from "../helpers/github/scenarios.js";

const action = join(import.meta.dirname, "..", "..", "actions", "gate");
// No cron freeze: the step reads the real clock.
const POLICY = `environments:
  production:
    require: [data, model]
    approvals: 2
    approvers: [alice, "@acme/ml-leads"]
    tags: ["v*"]
    after: { environment: staging, soak: 1h }
`;
const standIns = standardStandIns({
  cache: cacheStore(),
  artifacts: mkdtempSync(join(tmpdir(), "slipway-artifacts-")),
});

let double: GitHubDouble | undefined;
afterEach(async () => {
  const current = double;
  double = undefined;
  if (!current) return;
  await current.close();
  expect(current.problems).toEqual([]);
});

async function deploy(inputs: Record<string, string>, overrides = {}) {
  double = await startGateScenario(await liveScenario({ policy: POLICY, ...overrides }));
  const workspace = mkdtempSync(join(tmpdir(), "slipway-ws-"));
  return runCompositeAction({
    action,
    workspace,
    inputs: { environment: "production", timeout: "0s", ...inputs },
    standIns,
    github: {
      event_name: "release",
      repository: REPO,
      sha: COMMIT,
      ref: "refs/tags/v1.2.0",
      api_url: double.url,
      token: "ghs_job_token",
      triggering_actor: "deploy-bot",
    },
  });
}

describe("actions/gate as a composite", () => {
  it("approved: passes, with the decision in the action's outputs, using the job's token", async () => {
    const run = await deploy({});
    expect(run.passed).toBe(true);
    expect(run.outputs.outcome).toBe("approved");
    expect(JSON.parse(run.outputs.reasons!)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^2 of 2 approvals: alice/)]),
    );
    expect(JSON.parse(run.outputs.decision!)).toMatchObject({
      outcome: "approved",
      environment: "production",
    });
    expect(run.summary).toMatch(/^### Slipway gate: production ✅ approved/);
    const api = double!.seen.filter((s) => s.path.startsWith("/repos/"));
    expect(api.length).toBeGreaterThan(0);
    expect(api.every((s) => s.headers.authorization === "token ghs_job_token")).toBe(true);
  });

  it("pending at the time-out: the action fails with outcome pending", async () => {
    const run = await deploy({ deployer: "alice" }, { reviews: {} });
    expect(run.passed).toBe(false);
    expect(run.steps[0]).toMatchObject({ id: "gate", outcome: "failure" });
    expect(run.outputs.outcome).toBe("pending");
    expect(run.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(/^The Slipway gate was still pending after 0s/),
    ]);
  });

  it("without the required environment input, the test itself is refused", async () => {
    await expect(runCompositeAction({ action, workspace: tmpdir(), inputs: {}, standIns })).rejects.toThrow(
      /inputs\.environment: is required/,
    );
  });
});
