import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "@jest/globals";
import { liveScenario } from "../gate/helpers/live-scenario.js";
import { type GateScenario, type GitHubDouble, startGateScenario } from "../helpers/github/scenarios.js";
import { runCli } from "../helpers/run-cli.js";

let double: GitHubDouble | undefined;
afterEach(async () => {
  const current = double;
  double = undefined;
  if (!current) return;
  await current.close();
  expect(current.problems).toEqual([]);
});

async function explain(overrides: Partial<GateScenario>, extra: string[] = [], now = "2025-01-08T10:00:00Z") {
  double = await startGateScenario(await liveScenario(overrides));
  // An empty folder: the policy comes from the repository's default branch, not from here.
  const cwd = mkdtempSync(join(tmpdir(), "slipway-gate-live-"));
  return runCli(
    [
      "gate",
      "explain",
      "--repo",
      "acme/churn",
      "-e",
      "production",
      "--ref",
      "refs/tags/v1.2.0",
      "--deployer",
      "deploy-bot",
      "--api-url",
      double.url,
      "--now",
      now,
      ...extra,
    ],
    { cwd, env: { GITHUB_TOKEN: "ghs_test_token" } },
  );
}

describe("slipway gate explain --repo (live, against a GitHub double checked with @octokit/openapi)", () => {
  test("reads the policy from the default branch, resolves the tag, gathers and approves", async () => {
    const run = await explain({});
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^production: APPROVED for commit 0123456 \(refs\/tags\/v1.2.0\)/);
    expect(run.stdout).toMatch(
      /✓ approvals: 2 of 2 approvals: alice \(review on #12\), dave \(\/slipway approve on #12\)\. Not counted: carol/,
    );
    expect(run.stdout).toMatch(
      /✓ after: commit 0123456 was deployed to staging at 2025-01-08 06:05 UTC, more than 1h ago/,
    );
    // The default branch, the policy there, then the tag resolved to its commit in one call
    // (GET /commits/{ref} peels the annotated tag); Octokit encodes the slashes in path parameters.
    expect(double!.seen.map((s) => s.path).slice(0, 3)).toEqual([
      "/repos/acme/churn",
      "/repos/acme/churn/contents/.github%2Fslipway.yml",
      "/repos/acme/churn/commits/tags%2Fv1.2.0",
    ]);
  });

  test("pending during the freeze: exit 1, and what is missing", async () => {
    const run = await explain({}, [], "2025-01-10T20:00:00Z");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/… freeze: production is frozen until 2025-01-13 09:00 Europe\/Paris/);
  });

  test("no policy on the default branch: exit 2, said so", async () => {
    const run = await explain({ policy: null });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "slipway: acme/churn@main:.github/slipway.yml: not found on the default branch; the gate reads its policy from there.\n",
    );
  });

  test("a ref that does not exist: exit 2", async () => {
    const run = await explain({ refs: {} });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^slipway: --ref: refs\/tags\/v1.2.0 could not be resolved: GitHub answered 422 \(No commit found for SHA: tags\/v1.2.0\) while resolving refs\/tags\/v1.2.0\.\n$/,
    );
  });
});
