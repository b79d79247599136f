/**
 * workflow_run.completed through a real Probot and the GitHub API double (requests checked against
 * GitHub's OpenAPI description): baselines from the base branch, reports the app cannot use, the
 * check run and settings, and GitHub's failures. handle-workflow-run-completed.test.ts has a pull
 * request's run and a fork's.
 */
import { describe, expect, it } from "@jest/globals";
import { makeZip, reportZip } from "../../helpers/github/make-zip.js";
import { buildReport, checkResult, dataReport } from "../helpers/build-report.js";
import { tableRows } from "../helpers/markdown-checks.js";
import {
  artifactsOf,
  baseBranchRun,
  newId,
  newRepo,
  pullRequestRun,
  reportWith,
  sha,
  WORKFLOW_ID,
} from "../helpers/scenario.js";
import { METRIC_HEADER, shown, useWorkflowRunApp } from "../helpers/workflow-run-app.js";

const suite = useWorkflowRunApp();
const { run } = suite;

describe("the baseline", () => {
  it("is backfilled from the base branch's latest successful run on a fresh installation", async () => {
    const repo = newRepo(suite.double);
    suite.double.addRun(
      repo,
      {
        id: newId(),
        workflowId: WORKFLOW_ID,
        headSha: sha(1),
        headBranch: "main",
        event: "push",
        createdAt: "2026-03-01T09:00:00Z",
      },
      await artifactsOf({ "": reportWith(0.86) }),
    );
    await run(
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 31,
        headSha: sha(2),
        baseSha: sha(1),
      }),
    );
    const [comment] = suite.double.comments(repo, 31);
    expect(tableRows(comment.body, METRIC_HEADER)[0]?.slice(0, 3)).toEqual(["accuracy", "0.86", "0.91"]);
    const backfill = suite.double.requests.find((r) =>
      r.path.endsWith(`/actions/workflows/${WORKFLOW_ID}/runs`),
    );
    expect(backfill?.query).toMatchObject({
      branch: "main",
      status: "success",
      exclude_pull_requests: "true",
    });
    expect((await suite.store.reportsAt(repo.id, sha(1), { trustedOnly: true })).length).toBe(1);

    // Now stored: the next run of the pull request needs no backfill.
    const before = suite.double.requests.length;
    await run(
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 31,
        headSha: sha(3),
        baseSha: sha(1),
      }),
    );
    expect(suite.double.requests.slice(before).some((r) => r.path.includes("/actions/workflows/"))).toBe(
      false,
    );
  });

  it("ignores a fork's run on a branch named like the base when backfilling", async () => {
    const repo = newRepo(suite.double);
    const fork = { id: repo.id + 100_000, owner: "outsider", name: repo.name };
    suite.double.addRun(
      repo,
      {
        id: newId(),
        workflowId: WORKFLOW_ID,
        headSha: sha(1),
        headBranch: "main",
        event: "push",
        headRepository: fork,
      },
      await artifactsOf({ "": reportWith(0.99) }),
    );
    await run(
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 32,
        headSha: sha(2),
        baseSha: sha(1),
      }),
    );
    const [comment] = suite.double.comments(repo, 32);
    expect(comment.body).toContain("Base: the run's own baseline");
  });

  it("pairs each variant with the same variant on the base branch and marks the best", async () => {
    const repo = newRepo(suite.double);
    await run(
      await baseBranchRun(suite.double, repo, {
        runId: newId(),
        headSha: sha(1),
        reports: { lr: reportWith(0.86), xgb: reportWith(0.89) },
      }),
    );
    await run(
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 33,
        headSha: sha(2),
        baseSha: sha(1),
        reports: { lr: reportWith(0.87), xgb: reportWith(0.93) },
      }),
    );
    const [comment] = suite.double.comments(repo, 33);
    expect(tableRows(comment.body, ["Metric", "variant lr", "🏆 variant xgb"])[1]).toEqual([
      "**accuracy** (primary, higher is better)",
      "0.87",
      "0.93",
    ]);
    expect(tableRows(comment.body, METRIC_HEADER)[0]?.slice(0, 3)).toEqual(["accuracy", "0.89", "0.93"]);
  });

  it("charts the base branch's recent commits with this pull request's value", async () => {
    const repo = newRepo(suite.double);
    for (let i = 1; i <= 4; i++) {
      await run(
        await baseBranchRun(suite.double, repo, {
          runId: newId(),
          headSha: sha(i),
          reports: { "": reportWith(0.85 + i / 100) },
          createdAt: `2026-03-0${i}T10:00:00Z`,
        }),
      );
    }
    await run(
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 34,
        headSha: sha(9),
        baseSha: sha(4),
      }),
    );
    const [comment] = suite.double.comments(repo, 34);
    expect(comment.body).toContain(
      `x-axis ["${sha(1).slice(0, 7)}", "${sha(2).slice(0, 7)}", "${sha(3).slice(0, 7)}", "${sha(4).slice(0, 7)}", "PR 34"]`,
    );
    expect(comment.body).toContain("line [0.86, 0.87, 0.88, 0.89, 0.91]");
  });
});

describe("reports the app cannot use", () => {
  it.each<[string, () => Promise<Buffer>, RegExp]>([
    [
      "an invalid report",
      () => reportZip({ ...reportWith(0.9), passed: "yes" }),
      /passed&#58; expected boolean, got &#34;yes&#34;/,
    ],
    [
      "a report of an unknown version",
      () => reportZip({ ...reportWith(0.9), schema: "slipway/report@2" }),
      /slipway\/report@2&#34;, which this Slipway app does not know/,
    ],
    [
      "a zip without a report",
      () => makeZip([{ name: "notes.txt", data: "hi" }]),
      /holds no slipway-report.json/,
    ],
    [
      "a zip bomb",
      async () => makeZip([{ name: "slipway-report.json", data: Buffer.alloc(8 * 1024 * 1024, 32) }]),
      /unpacks to 8388608 bytes/,
    ],
  ])("%s is said in the check run, which fails", async (_name, zip, message) => {
    const repo = newRepo(suite.double);
    const artifacts = [{ id: newId(), name: "slipway-report", zip: await zip() }];
    await run(
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 41,
        headSha: sha(2),
        baseSha: sha(1),
        artifacts,
      }),
    );
    const [check] = suite.double.checkRuns(repo);
    expect(check.request.conclusion).toBe("failure");
    expect(check.request.output.title).toBe("Not verified: 1 report could not be read");
    expect(shown(check.request.output.summary)).toMatch(message);
    expect(shown(suite.double.comments(repo, 41)[0].body)).toMatch(message);
  });

  it("refuses an artifact GitHub says is too big without downloading it", async () => {
    const repo = newRepo(suite.double);
    const artifacts = [
      {
        id: newId(),
        name: "slipway-report",
        zip: await reportZip(reportWith(0.9)),
        reportedSize: 50 * 1024 * 1024,
      },
    ];
    await run(
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 42,
        headSha: sha(2),
        baseSha: sha(1),
        artifacts,
      }),
    );
    expect(
      suite.double.requests.some((r) => r.path.includes(`/actions/artifacts/${artifacts[0]!.id}/zip`)),
    ).toBe(false);
    expect(shown(suite.double.checkRuns(repo)[0].request.output.summary)).toContain(
      "the artifact is 52428800 bytes",
    );
  });
});

describe("check run and settings", () => {
  it("annotates failed data checks at their file and line", async () => {
    const repo = newRepo(suite.double);
    const report = buildReport({
      data: [
        dataReport({
          path: "data/train.csv",
          valid: false,
          checks: [
            checkResult({
              id: "age.minimum",
              success: false,
              unexpected_count: 2,
              unexpected_percent: 0.2,
              samples: [
                { row: 17, value: -3 },
                { row: 40, value: -1 },
              ],
            }),
          ],
        }),
      ],
    });
    await run(
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 51,
        headSha: sha(2),
        baseSha: sha(1),
        reports: { "": report },
      }),
    );
    const [check] = suite.double.checkRuns(repo);
    expect(check.request.conclusion).toBe("failure");
    expect(check.request.output.annotations).toEqual([
      {
        path: "data/train.csv",
        start_line: 18,
        end_line: 18,
        annotation_level: "failure",
        title: "train: age.minimum",
        message: "minimum on column age: 2 unexpected (0.2%); expected 0; rows 17, 40",
      },
    ]);
  });

  it("posts only the check run when comments are turned off", async () => {
    const repo = newRepo(suite.double, "comment: { enabled: false }\n");
    await run(
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 52,
        headSha: sha(2),
        baseSha: sha(1),
      }),
    );
    expect(suite.double.checkRuns(repo)).toHaveLength(1);
    expect(suite.double.comments(repo, 52)).toHaveLength(0);
  });

  it("uses the defaults and says so when .github/slipway.yml is broken", async () => {
    const repo = newRepo(suite.double, "model:\n  primery: accuracy\n");
    await run(
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 53,
        headSha: sha(2),
        baseSha: sha(1),
      }),
    );
    const [comment] = suite.double.comments(repo, 53);
    expect(comment.body).toContain("> ⚠️ **Settings**");
    expect(comment.body).toContain("unknown key &#34;primery&#34;. Did you mean &#34;primary&#34;?");
  });

  it("does nothing more for a run without Slipway reports", async () => {
    const repo = newRepo(suite.double);
    const payload = await pullRequestRun(suite.double, repo, {
      runId: newId(),
      pull: 54,
      headSha: sha(2),
      baseSha: sha(1),
      artifacts: [],
    });
    const before = suite.double.requests.length;
    await run(payload);
    expect(suite.double.apiCalls(before).map((r) => r.method)).toEqual(["GET"]);
  });

  it("stores a push run on the base branch as a baseline and checks it, without commenting", async () => {
    const repo = newRepo(suite.double);
    await run(await baseBranchRun(suite.double, repo, { runId: newId(), headSha: sha(1) }));
    expect(suite.double.checkRuns(repo)).toHaveLength(1);
    expect((await suite.store.latestOnBranch(repo.id, WORKFLOW_ID, "main")).map((r) => r.commit)).toEqual([
      sha(1),
    ]);
  });
});

describe("when GitHub fails", () => {
  it("says so in a check run with the delivery id, logs it, and handles the redelivery", async () => {
    const repo = newRepo(suite.double);
    const payload = await pullRequestRun(suite.double, repo, {
      runId: newId(),
      pull: 61,
      headSha: sha(2),
      baseSha: sha(1),
    });
    suite.double.failNext("GET", /\/actions\/artifacts\/\d+\/zip$/, 500);
    await expect(run(payload, "delivery-fails")).rejects.toThrow();
    const [check] = suite.double.checkRuns(repo);
    expect(check.request.output.title).toBe("Slipway could not read this run's results");
    expect(check.request.output.summary).toContain("delivery <code>delivery-fails</code>");
    expect(suite.app.logs.some((log) => log.delivery === "delivery-fails" && log.level === 50)).toBe(true);

    await run(payload, "delivery-fails");
    // The failure check run is found by the run's external_id and turned into the result.
    const checks = suite.double.checkRuns(repo);
    expect(checks).toHaveLength(1);
    expect(checks[0].writes.map((w: { conclusion: string }) => w.conclusion)).toEqual(["failure", "success"]);
    expect(suite.double.comments(repo, 61)).toHaveLength(1);
  });
});
