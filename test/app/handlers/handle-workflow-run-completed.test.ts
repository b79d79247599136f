/**
 * workflow_run.completed through a real Probot, with GitHub's example payloads and the GitHub API
 * double; every request the app makes is checked against GitHub's OpenAPI description.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import type { Store } from "../../../app/store/store.js";
import { GitHubDouble } from "../../helpers/github/github-double.js";
import { makeZip, reportZip } from "../../helpers/github/make-zip.js";
import { fullName } from "../../helpers/github/objects.js";
import { type ReceiveHarness, receiveHarness } from "../helpers/app-harness.js";
import { buildReport, checkResult, dataReport } from "../helpers/build-report.js";
import { expectInertMarkdown, tableRows } from "../helpers/markdown-checks.js";
import { openTestPgliteStore } from "../helpers/pglite-template.js";
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

/** Text as a reader sees it: without the invisible joiners that keep GitHub from linking digit runs. */
const shown = (text: string) => text.replaceAll("\u200d", "");

let double: GitHubDouble;
let store: Store;
let app: ReceiveHarness;

beforeAll(async () => {
  double = await GitHubDouble.start();
  store = await openTestPgliteStore();
  app = await receiveHarness({ store, double, limits: { maxUncompressedBytes: 4 * 1024 * 1024 } });
});
afterAll(async () => {
  await store?.close();
  await double?.close();
});
afterEach(() => {
  // A request GitHub would refuse, or an answer GitHub would not give, fails the test that made it.
  expect(double.problems.splice(0)).toEqual([]);
});

const run = (payload: unknown, id?: string) => app.receive({ name: "workflow_run", payload, id });
const METRIC_HEADER = ["Metric", "base", "head", "Δ", "rule"];

describe("a pull request's run", () => {
  it("posts a check run and one comment comparing with the stored base report", async () => {
    const repo = newRepo(double);
    await run(
      await baseBranchRun(double, repo, {
        runId: newId(),
        headSha: sha(1),
        reports: { "": reportWith(0.88) },
      }),
    );
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 12,
      headSha: sha(2),
      baseSha: sha(1),
    });
    const before = double.requests.length;
    await run(payload);

    const checks = double.checkRuns(repo);
    expect(checks.map((c) => [c.request.head_sha, c.request.conclusion])).toEqual([
      [sha(1), "success"],
      [sha(2), "success"],
    ]);
    expect(checks[1].request.output.title).toBe("Passed");
    const comments = double.comments(repo, 12);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.split("\n")[0]).toBe(`<!-- slipway:comment workflow=${WORKFLOW_ID} -->`);
    expect(tableRows(comments[0].body, METRIC_HEADER)[0]).toEqual([
      "accuracy",
      "0.88",
      "0.91",
      "+0.03 (+3.4%) 🟢",
      "✅ min 0.85",
    ]);
    expect(comments[0].body).toContain(`Base: <code>main</code> at \`${sha(1).slice(0, 7)}\``);
    expectInertMarkdown(comments[0].body);
    // The first comment on a fresh store: artifacts, config, download, the check run looked for by
    // external_id and created, comment search and creation (the app's login was asked for the base run).
    const calls = double.apiCalls(before).map((r) => `${r.method} ${r.path.replace(/\d{5,}/g, "N")}`);
    expect(calls).toEqual([
      `GET /repos/${fullName(repo)}/actions/runs/N/artifacts`,
      `GET /repos/${fullName(repo)}/contents/.github%2Fslipway.yml`,
      `GET /repos/${fullName(repo)}/actions/artifacts/N/zip`,
      `GET /repos/${fullName(repo)}/commits/Nfffffffffffffffffffffffffffffffff/check-runs`,
      `POST /repos/${fullName(repo)}/check-runs`,
      // comment.by: auto — is the workflow's own comment (token mode) there? Then the search for the app's.
      `GET /repos/${fullName(repo)}/issues/12/comments`,
      `GET /repos/${fullName(repo)}/issues/12/comments`,
      `POST /repos/${fullName(repo)}/issues/12/comments`,
    ]);
  });

  it("comment.by: auto — leaves a pull request to the workflow's comment (token mode) found there", async () => {
    const repo = newRepo(double);
    await run(await baseBranchRun(double, repo, { runId: newId(), headSha: sha(1) }));
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 14,
      headSha: sha(2),
      baseSha: sha(1),
    });
    double.addComment(
      repo,
      14,
      `<!-- slipway:comment workflow=${WORKFLOW_ID} -->\n**Passed**`,
      "github-actions[bot]",
    );
    await run(payload);
    expect(double.comments(repo, 14).map((c) => c.user.login)).toEqual(["github-actions[bot]"]);
    // The check run is the app's all the same.
    expect(double.checkRuns(repo).filter((c) => c.head_sha === sha(2))).toHaveLength(1);
  });

  it("edits its comment in place on the next run, in at most six API calls with a warm store", async () => {
    const repo = newRepo(double);
    await run(await baseBranchRun(double, repo, { runId: newId(), headSha: sha(1) }));
    await run(
      await pullRequestRun(double, repo, { runId: newId(), pull: 3, headSha: sha(2), baseSha: sha(1) }),
    );
    const before = double.requests.length;
    await run(
      await pullRequestRun(double, repo, {
        runId: newId(),
        pull: 3,
        headSha: sha(3),
        baseSha: sha(1),
        reports: { "": reportWith(0.8) },
      }),
    );
    const comments = double.comments(repo, 3);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(/^\*\*Failed\*\* · rule failed&#58; accuracy min 0.85&#58; 0.8/m);
    const calls = double.apiCalls(before);
    expect(calls.map((r) => r.method)).toEqual(["GET", "GET", "GET", "GET", "POST", "PATCH"]);
    expect(calls.length).toBeLessThanOrEqual(6);
    expect(double.checkRuns(repo).at(-1).request.conclusion).toBe("failure");
  });

  it("finds its comment again by marker and its own login when the store forgot it, ignoring copies by people", async () => {
    const repo = newRepo(double);
    const marker = `<!-- slipway:comment workflow=${WORKFLOW_ID} -->`;
    const human = double.addComment(repo, 8, `${marker}\nI pasted the marker`, "mallory");
    const own = double.addComment(repo, 8, `${marker}\nold results`, `${double.appSlug}[bot]`);
    await run(
      await pullRequestRun(double, repo, { runId: newId(), pull: 8, headSha: sha(2), baseSha: sha(1) }),
    );
    const comments = double.comments(repo, 8);
    expect(comments.map((c) => c.id)).toEqual([human, own]);
    expect(comments[0].body).toContain("I pasted the marker");
    expect(comments[1].body).toContain("### ✅ Slipway");
    expect(await store.commentId(repo.id, 8, WORKFLOW_ID)).toBe(own);
  });

  it("posts a new comment when someone deleted the one it knew", async () => {
    const repo = newRepo(double);
    await run(
      await pullRequestRun(double, repo, { runId: newId(), pull: 4, headSha: sha(2), baseSha: sha(1) }),
    );
    const [first] = double.comments(repo, 4);
    double.deleteComment(repo, 4, first.id);
    await run(
      await pullRequestRun(double, repo, { runId: newId(), pull: 4, headSha: sha(3), baseSha: sha(1) }),
    );
    const comments = double.comments(repo, 4);
    expect(comments).toHaveLength(1);
    expect(comments[0].id).not.toBe(first.id);
    expect(await store.commentId(repo.id, 4, WORKFLOW_ID)).toBe(comments[0].id);
  });

  it("handles a delivery seen twice once", async () => {
    const repo = newRepo(double);
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 5,
      headSha: sha(2),
      baseSha: sha(1),
    });
    await run(payload, "delivery-twice");
    const before = double.requests.length;
    await run(payload, "delivery-twice");
    expect(double.requests.length).toBe(before);
    expect(double.checkRuns(repo)).toHaveLength(1);
    expect(app.logs.some((log) => log.msg === "delivery already handled; ignoring the duplicate")).toBe(true);
  });

  it("gives one comment for two deliveries of the same pull request at the same time", async () => {
    const repo = newRepo(double);
    const a = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 6,
      headSha: sha(2),
      baseSha: sha(1),
    });
    const b = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 6,
      headSha: sha(2),
      baseSha: sha(1),
    });
    await Promise.all([run(a), run(b)]);
    expect(double.comments(repo, 6)).toHaveLength(1);
    expect(double.checkRuns(repo)).toHaveLength(2);
  });

  it("leaves the comment alone when the pull request has moved on to a newer commit", async () => {
    const repo = newRepo(double);
    await run(
      await pullRequestRun(double, repo, {
        runId: newId(),
        pull: 7,
        headSha: sha(2),
        baseSha: sha(1),
        pullHeadSha: sha(9),
      }),
    );
    expect(double.comments(repo, 7)).toHaveLength(0);
    expect(double.checkRuns(repo).map((c) => c.request.head_sha)).toEqual([sha(2)]);
  });
});

describe("a pull request from a fork", () => {
  it("is found from the head commit when the payload lists no pull request", async () => {
    const repo = newRepo(double);
    const fork = { id: repo.id + 100_000, owner: "outsider", name: repo.name };
    await run(
      await pullRequestRun(double, repo, {
        runId: newId(),
        pull: 21,
        headSha: sha(5),
        baseSha: sha(1),
        fork,
      }),
    );
    expect(double.comments(repo, 21)).toHaveLength(1);
    expect(double.requests.some((r) => r.path === `/repos/${fullName(repo)}/commits/${sha(5)}/pulls`)).toBe(
      true,
    );
    // A fork's run never becomes a baseline, even from a branch named like the base.
    expect((await store.reportsAt(repo.id, sha(5)))[0]?.trusted).toBe(false);
  });

  it("is found from the fork's branch when GitHub does not list it under the commit", async () => {
    const repo = newRepo(double);
    const fork = { id: repo.id + 100_000, owner: "outsider", name: repo.name };
    double.commitPullsMissFork = true;
    try {
      await run(
        await pullRequestRun(double, repo, {
          runId: newId(),
          pull: 22,
          headSha: sha(6),
          baseSha: sha(1),
          fork,
        }),
      );
    } finally {
      double.commitPullsMissFork = false;
    }
    expect(double.comments(repo, 22)).toHaveLength(1);
    const lookup = double.requests.find((r) => r.path === `/repos/${fullName(repo)}/pulls`);
    expect(lookup?.query).toMatchObject({ state: "open", head: "outsider:main" });
  });

  it("renders a fork's hostile report inert", async () => {
    const repo = newRepo(double);
    const fork = { id: repo.id + 100_000, owner: "outsider", name: repo.name };
    const evil =
      "x | `y` <img src=x onerror=alert(1)> @maintainers #1 ![t](https://evil.example/t.png) " +
      "A".repeat(3000);
    const report = buildReport({
      data: [
        dataReport({
          dataset: evil,
          valid: false,
          checks: [checkResult({ id: evil, success: false, samples: [{ row: 3, value: evil }] })],
        }),
      ],
    });
    await run(
      await pullRequestRun(double, repo, {
        runId: newId(),
        pull: 23,
        headSha: sha(7),
        baseSha: sha(1),
        fork,
        reports: { [evil.slice(0, 20)]: report },
      }),
    );
    const [comment] = double.comments(repo, 23);
    expectInertMarkdown(comment.body);
    expect(comment.body.length).toBeLessThan(20_000);
    const check = double.checkRuns(repo)[0];
    expect(check.request.output.annotations[0].message.length).toBeLessThanOrEqual(1000);
  });
});

describe("the baseline", () => {
  it("is backfilled from the base branch's latest successful run on a fresh installation", async () => {
    const repo = newRepo(double);
    double.addRun(
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
      await pullRequestRun(double, repo, { runId: newId(), pull: 31, headSha: sha(2), baseSha: sha(1) }),
    );
    const [comment] = double.comments(repo, 31);
    expect(tableRows(comment.body, METRIC_HEADER)[0]?.slice(0, 3)).toEqual(["accuracy", "0.86", "0.91"]);
    const backfill = double.requests.find((r) => r.path.endsWith(`/actions/workflows/${WORKFLOW_ID}/runs`));
    expect(backfill?.query).toMatchObject({
      branch: "main",
      status: "success",
      exclude_pull_requests: "true",
    });
    expect((await store.reportsAt(repo.id, sha(1), { trustedOnly: true })).length).toBe(1);

    // Now stored: the next run of the pull request needs no backfill.
    const before = double.requests.length;
    await run(
      await pullRequestRun(double, repo, { runId: newId(), pull: 31, headSha: sha(3), baseSha: sha(1) }),
    );
    expect(double.requests.slice(before).some((r) => r.path.includes("/actions/workflows/"))).toBe(false);
  });

  it("ignores a fork's run on a branch named like the base when backfilling", async () => {
    const repo = newRepo(double);
    const fork = { id: repo.id + 100_000, owner: "outsider", name: repo.name };
    double.addRun(
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
      await pullRequestRun(double, repo, { runId: newId(), pull: 32, headSha: sha(2), baseSha: sha(1) }),
    );
    const [comment] = double.comments(repo, 32);
    expect(comment.body).toContain("Base: the run's own baseline");
  });

  it("pairs each variant with the same variant on the base branch and marks the best", async () => {
    const repo = newRepo(double);
    await run(
      await baseBranchRun(double, repo, {
        runId: newId(),
        headSha: sha(1),
        reports: { lr: reportWith(0.86), xgb: reportWith(0.89) },
      }),
    );
    await run(
      await pullRequestRun(double, repo, {
        runId: newId(),
        pull: 33,
        headSha: sha(2),
        baseSha: sha(1),
        reports: { lr: reportWith(0.87), xgb: reportWith(0.93) },
      }),
    );
    const [comment] = double.comments(repo, 33);
    expect(tableRows(comment.body, ["Metric", "variant lr", "🏆 variant xgb"])[1]).toEqual([
      "**accuracy** (primary, higher is better)",
      "0.87",
      "0.93",
    ]);
    expect(tableRows(comment.body, METRIC_HEADER)[0]?.slice(0, 3)).toEqual(["accuracy", "0.89", "0.93"]);
  });

  it("charts the base branch's recent commits with this pull request's value", async () => {
    const repo = newRepo(double);
    for (let i = 1; i <= 4; i++) {
      await run(
        await baseBranchRun(double, repo, {
          runId: newId(),
          headSha: sha(i),
          reports: { "": reportWith(0.85 + i / 100) },
          createdAt: `2026-03-0${i}T10:00:00Z`,
        }),
      );
    }
    await run(
      await pullRequestRun(double, repo, { runId: newId(), pull: 34, headSha: sha(9), baseSha: sha(4) }),
    );
    const [comment] = double.comments(repo, 34);
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
    const repo = newRepo(double);
    const artifacts = [{ id: newId(), name: "slipway-report", zip: await zip() }];
    await run(
      await pullRequestRun(double, repo, {
        runId: newId(),
        pull: 41,
        headSha: sha(2),
        baseSha: sha(1),
        artifacts,
      }),
    );
    const [check] = double.checkRuns(repo);
    expect(check.request.conclusion).toBe("failure");
    expect(check.request.output.title).toBe("Not verified: 1 report could not be read");
    expect(shown(check.request.output.summary)).toMatch(message);
    expect(shown(double.comments(repo, 41)[0].body)).toMatch(message);
  });

  it("refuses an artifact GitHub says is too big without downloading it", async () => {
    const repo = newRepo(double);
    const artifacts = [
      {
        id: newId(),
        name: "slipway-report",
        zip: await reportZip(reportWith(0.9)),
        reportedSize: 50 * 1024 * 1024,
      },
    ];
    await run(
      await pullRequestRun(double, repo, {
        runId: newId(),
        pull: 42,
        headSha: sha(2),
        baseSha: sha(1),
        artifacts,
      }),
    );
    expect(double.requests.some((r) => r.path.includes(`/actions/artifacts/${artifacts[0]!.id}/zip`))).toBe(
      false,
    );
    expect(shown(double.checkRuns(repo)[0].request.output.summary)).toContain(
      "the artifact is 52428800 bytes",
    );
  });
});

describe("check run and settings", () => {
  it("annotates failed data checks at their file and line", async () => {
    const repo = newRepo(double);
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
      await pullRequestRun(double, repo, {
        runId: newId(),
        pull: 51,
        headSha: sha(2),
        baseSha: sha(1),
        reports: { "": report },
      }),
    );
    const [check] = double.checkRuns(repo);
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
    const repo = newRepo(double, "comment: { enabled: false }\n");
    await run(
      await pullRequestRun(double, repo, { runId: newId(), pull: 52, headSha: sha(2), baseSha: sha(1) }),
    );
    expect(double.checkRuns(repo)).toHaveLength(1);
    expect(double.comments(repo, 52)).toHaveLength(0);
  });

  it("uses the defaults and says so when .github/slipway.yml is broken", async () => {
    const repo = newRepo(double, "model:\n  primery: accuracy\n");
    await run(
      await pullRequestRun(double, repo, { runId: newId(), pull: 53, headSha: sha(2), baseSha: sha(1) }),
    );
    const [comment] = double.comments(repo, 53);
    expect(comment.body).toContain("> ⚠️ **Settings**");
    expect(comment.body).toContain("unknown key &#34;primery&#34;. Did you mean &#34;primary&#34;?");
  });

  it("does nothing more for a run without Slipway reports", async () => {
    const repo = newRepo(double);
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 54,
      headSha: sha(2),
      baseSha: sha(1),
      artifacts: [],
    });
    const before = double.requests.length;
    await run(payload);
    expect(double.apiCalls(before).map((r) => r.method)).toEqual(["GET"]);
  });

  it("stores a push run on the base branch as a baseline and checks it, without commenting", async () => {
    const repo = newRepo(double);
    await run(await baseBranchRun(double, repo, { runId: newId(), headSha: sha(1) }));
    expect(double.checkRuns(repo)).toHaveLength(1);
    expect((await store.latestOnBranch(repo.id, WORKFLOW_ID, "main")).map((r) => r.commit)).toEqual([sha(1)]);
  });
});

describe("when GitHub fails", () => {
  it("says so in a check run with the delivery id, logs it, and handles the redelivery", async () => {
    const repo = newRepo(double);
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 61,
      headSha: sha(2),
      baseSha: sha(1),
    });
    double.failNext("GET", /\/actions\/artifacts\/\d+\/zip$/, 500);
    await expect(run(payload, "delivery-fails")).rejects.toThrow();
    const [check] = double.checkRuns(repo);
    expect(check.request.output.title).toBe("Slipway could not read this run's results");
    expect(check.request.output.summary).toContain("delivery <code>delivery-fails</code>");
    expect(app.logs.some((log) => log.delivery === "delivery-fails" && log.level === 50)).toBe(true);

    await run(payload, "delivery-fails");
    // The failure check run is found by the run's external_id and turned into the result.
    const checks = double.checkRuns(repo);
    expect(checks).toHaveLength(1);
    expect(checks[0].writes.map((w: { conclusion: string }) => w.conclusion)).toEqual(["failure", "success"]);
    expect(double.comments(repo, 61)).toHaveLength(1);
  });
});
