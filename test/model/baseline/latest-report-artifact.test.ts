import { afterEach, describe, expect, test } from "@jest/globals";
import type { ModelConfig } from "../../../src/config/schema.js";
import { findLatestReportArtifact } from "../../../src/github/find-latest-report-artifact.js";
import { commandGit } from "../../../src/model/baseline/git-files.js";
import { resolveBaseline } from "../../../src/model/baseline/resolve-baseline.js";
import { emptyReport, mergeReport } from "../../../src/report/merge-report.js";
import type { ModelReport } from "../../../src/report/types.js";
import { zipFiles } from "../../helpers/github/make-zip.js";
import {
  type ArtifactScenario,
  type GitHubDouble,
  startArtifactScenario,
} from "../../helpers/github/scenarios.js";

const REPO = "acme/churn";
let double: GitHubDouble | undefined;

afterEach(async () => {
  if (double) {
    // Whatever the test asserted, every request and answer kept to GitHub's published contract.
    expect(double.problems).toEqual([]);
    await double.close();
  }
  double = undefined;
});

function modelReport(metrics: Record<string, number>, params: Record<string, unknown> = {}): ModelReport {
  return {
    passed: true,
    tests: { passed: 3, failed: 0, skipped: 0, failures: [] },
    metrics,
    baseline: null,
    baseline_ref: null,
    rules: [],
    params,
    params_baseline: {},
  };
}

async function reportZip(model: ModelReport | null, schema?: string): Promise<Buffer> {
  const report = mergeReport(
    emptyReport({ commit: "b".repeat(40), repository: REPO }),
    model ? { model } : {},
  );
  return zipFiles({ "slipway-report.json": JSON.stringify(schema ? { ...report, schema } : report) });
}

async function lookup(
  scenario: Omit<ArtifactScenario, "repository">,
  extra: { currentRunId?: number; token?: string } = {},
) {
  double = await startArtifactScenario({ repository: REPO, ...scenario });
  return findLatestReportArtifact({
    apiUrl: double.url,
    token: extra.token ?? "ghs_job_token",
    repository: REPO,
    branch: "main",
    artifactName: "slipway-report",
    currentRunId: extra.currentRunId,
  });
}

describe("findLatestReportArtifact against a GitHub API double checked with @octokit/openapi", () => {
  test("takes the newest push run's live artifact, skipping this run, fork PR runs and runs without one", async () => {
    const zip = await reportZip(modelReport({ accuracy: 0.87 }));
    const found = await lookup(
      {
        runs: [
          { id: 900 }, // this very run
          { id: 800, event: "pull_request", headRepository: "mallory/churn" }, // a fork's branch named main
          { id: 700, headRepository: "mallory/churn" },
          { id: 600 }, // no report artifact
          { id: 500, headSha: "c".repeat(40) },
          { id: 400 },
        ],
        artifacts: {
          600: [{ id: 61, name: "coverage" }],
          500: [
            { id: 51, expired: true },
            { id: 52, name: "slipway-report" },
          ],
          400: [{ id: 41 }],
          800: [{ id: 81 }],
          700: [{ id: 71 }],
        },
        zips: { 52: zip, 41: await reportZip(modelReport({ accuracy: 0.5 })) },
      },
      { currentRunId: 900 },
    );
    expect(found).toMatchObject({ found: true, runId: 500, headSha: "c".repeat(40), artifactId: 52 });
    expect(found.found && JSON.parse(found.text).model.metrics).toEqual({ accuracy: 0.87 });

    const paths = double!.seen.map((s) => s.path);
    expect(paths).toEqual([
      `/repos/${REPO}/actions/runs`,
      `/repos/${REPO}/actions/runs/600/artifacts`,
      `/repos/${REPO}/actions/runs/500/artifacts`,
      `/repos/${REPO}/actions/artifacts/52/zip`,
      "/storage/52",
    ]);
    expect(Object.fromEntries(double!.seen[0]!.query)).toMatchObject({ branch: "main", status: "completed" });
    for (const request of double!.seen.slice(0, 4)) {
      // Octokit's form for an installation token (GitHub takes "token" and "Bearer" alike).
      expect(request.headers.authorization).toBe("token ghs_job_token");
      expect(request.headers["x-github-api-version"]).toBe("2022-11-28");
    }
    // The storage host behind the redirect never sees the token.
    expect(double!.seen[4]!.headers.authorization).toBeUndefined();
  });

  test.each([
    [
      "no run on the branch yet",
      { runs: [], artifacts: {}, zips: {} },
      /no completed workflow run on main in acme\/churn yet/,
    ],
    [
      "runs, but none uploaded the report",
      { runs: [{ id: 1 }, { id: 2 }], artifacts: { 1: [{ id: 11, name: "other" }] }, zips: {} },
      /none of the last 2 completed runs on main uploaded a live "slipway-report" artifact/,
    ],
    [
      "only an expired report",
      { runs: [{ id: 1 }], artifacts: { 1: [{ id: 11, expired: true }] }, zips: {} },
      /none of the last 1 completed runs/,
    ],
    [
      "the download route says 410 Gone",
      { runs: [{ id: 1 }], artifacts: { 1: [{ id: 11 }] }, zips: { 11: 410 } },
      /the report artifact has expired/,
    ],
    [
      "an artifact over the size limit is not downloaded",
      { runs: [{ id: 1 }], artifacts: { 1: [{ id: 11, size: 500 * 1024 * 1024 }] }, zips: {} },
      /is 524288000 bytes, over the 20971520-byte limit/,
    ],
    [
      "the token may not read actions",
      { runs: [], runsStatus: 403, artifacts: {}, zips: {} },
      /GitHub answered 403 \(Resource not accessible by integration\) while listing the workflow runs of main; the token needs "actions: read"/,
    ],
  ])("%s: an answer with a reason, not a failure", async (_, scenario, reason) => {
    const found = await lookup(scenario);
    expect(found.found).toBe(false);
    expect(!found.found && found.reason).toMatch(reason);
  });

  test("an artifact whose zip holds no report, or is no zip, is said so", async () => {
    const found = await lookup({
      runs: [{ id: 1 }],
      artifacts: { 1: [{ id: 11 }] },
      zips: { 11: await zipFiles({ "report.txt": "hi" }) },
    });
    expect(found).toEqual({
      found: false,
      reason: "the slipway-report artifact of run 1 holds no slipway-report.json (it holds report.txt)",
    });
    await double!.close();
    const broken = await lookup({
      runs: [{ id: 1 }],
      artifacts: { 1: [{ id: 11 }] },
      zips: { 11: Buffer.from("garbage") },
    });
    expect(!broken.found && broken.reason).toMatch(
      /the slipway-report artifact of run 1 is not a readable zip/,
    );
  });

  test("GitHub out of reach is a reason too", async () => {
    const found = await findLatestReportArtifact({
      apiUrl: "http://127.0.0.1:9",
      token: "t",
      repository: REPO,
      branch: "main",
      artifactName: "slipway-report",
    });
    expect(!found.found && found.reason).toMatch(
      /^GitHub could not be reached while listing the workflow runs of main/,
    );
  });
});

describe("resolveBaseline from the artifact", () => {
  const config = { metrics: [], params: [], rules: {}, "fail-on": "error" } as unknown as ModelConfig;
  const context = { config, root: "/", git: commandGit("/"), findArtifact: findLatestReportArtifact };

  async function resolveWith(zip: Buffer) {
    double = await startArtifactScenario({
      repository: REPO,
      runs: [{ id: 7, headSha: "d".repeat(40) }],
      artifacts: { 7: [{ id: 70 }] },
      zips: { 70: zip },
    });
    return resolveBaseline(
      {
        kind: "artifact",
        query: {
          apiUrl: double.url,
          token: "t",
          repository: REPO,
          branch: "main",
          artifactName: "slipway-report",
        },
      },
      context,
    );
  }

  test("takes the report's model metrics and params, with the run's commit as the ref", async () => {
    const baseline = await resolveWith(await reportZip(modelReport({ accuracy: 0.9 }, { lr: 0.1 })));
    expect(baseline.metrics).toEqual({ accuracy: 0.9 });
    expect(baseline.params).toEqual({ lr: 0.1 });
    expect(baseline.ref).toBe("d".repeat(40));
    expect(baseline.notes[0]).toBe(
      `Baseline: the latest "slipway-report" artifact of main, from run https://github.com/${REPO}/actions/runs/7 at ddddddd.`,
    );
  });

  test.each([
    [
      "a report of another version",
      () => reportZip(modelReport({ a: 1 }), "slipway/report@2"),
      /uses the report format "slipway\/report@2"/,
    ],
    ["a report without a model part", () => reportZip(null), /has no model part/],
    [
      "a report that is not JSON",
      () => zipFiles({ "slipway-report.json": "{oops" }),
      /slipway-report.json is not valid JSON/,
    ],
  ])("%s: compared with nothing, said plainly", async (_, zip, note) => {
    const baseline = await resolveWith(await zip());
    expect(baseline.metrics).toBeNull();
    expect(baseline.notes.join(" ")).toMatch(note);
  });

  test("no artifact: compared with nothing, and the note says why", async () => {
    double = await startArtifactScenario({ repository: REPO, runs: [], artifacts: {}, zips: {} });
    const baseline = await resolveBaseline(
      {
        kind: "artifact",
        query: {
          apiUrl: double.url,
          token: "t",
          repository: REPO,
          branch: "main",
          artifactName: "slipway-report",
        },
      },
      context,
    );
    expect(baseline).toEqual({
      metrics: null,
      params: {},
      ref: null,
      notes: [
        'No baseline from the latest "slipway-report" artifact of main: no completed workflow run on main in acme/churn yet. Compared with nothing.',
      ],
    });
  });
});
