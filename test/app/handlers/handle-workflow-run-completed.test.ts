/**
 * workflow_run.completed through a real Probot, with GitHub's example payloads and the GitHub API
 * double; every request the app makes is checked against GitHub's OpenAPI description. This suite:
 * a pull request's run and a fork's; handle-workflow-run-baselines.test.ts: baselines, unusable
 * reports, the check run, settings and GitHub's failures.
 */
import { describe, expect, it } from "@jest/globals";
import { fullName } from "../../helpers/github/objects.js";
import { buildReport, checkResult, dataReport } from "../helpers/build-report.js";
import { expectInertMarkdown, tableRows } from "../helpers/markdown-checks.js";
import {
  baseBranchRun,
  newId,
  newRepo,
  pullRequestRun,
  reportWith,
  sha,
  WORKFLOW_ID,
} from "../helpers/scenario.js";
import { METRIC_HEADER, useWorkflowRunApp } from "../helpers/workflow-run-app.js";

const suite = useWorkflowRunApp();
const { run } = suite;

describe("a pull request's run", () => {
  it("posts a check run and one comment comparing with the stored base report", async () => {
    const repo = newRepo(suite.double);
    await run(
      await baseBranchRun(suite.double, repo, {
        runId: newId(),
        headSha: sha(1),
        reports: { "": reportWith(0.88) },
      }),
    );
    const payload = await pullRequestRun(suite.double, repo, {
      runId: newId(),
      pull: 12,
      headSha: sha(2),
      baseSha: sha(1),
    });
    const before = suite.double.requests.length;
    await run(payload);

    const checks = suite.double.checkRuns(repo);
    expect(checks.map((c) => [c.request.head_sha, c.request.conclusion])).toEqual([
      [sha(1), "success"],
      [sha(2), "success"],
    ]);
    expect(checks[1].request.output.title).toBe("Passed");
    const comments = suite.double.comments(repo, 12);
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
    const calls = suite.double.apiCalls(before).map((r) => `${r.method} ${r.path.replace(/\d{5,}/g, "N")}`);
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
    const repo = newRepo(suite.double);
    await run(await baseBranchRun(suite.double, repo, { runId: newId(), headSha: sha(1) }));
    const payload = await pullRequestRun(suite.double, repo, {
      runId: newId(),
      pull: 14,
      headSha: sha(2),
      baseSha: sha(1),
    });
    suite.double.addComment(
      repo,
      14,
      `<!-- slipway:comment workflow=${WORKFLOW_ID} -->\n**Passed**`,
      "github-actions[bot]",
    );
    await run(payload);
    expect(suite.double.comments(repo, 14).map((c) => c.user.login)).toEqual(["github-actions[bot]"]);
    // The check run is the app's all the same.
    expect(suite.double.checkRuns(repo).filter((c) => c.head_sha === sha(2))).toHaveLength(1);
  });

  it("edits its comment in place on the next run, in at most six API calls with a warm store", async () => {
    const repo = newRepo(suite.double);
    await run(await baseBranchRun(suite.double, repo, { runId: newId(), headSha: sha(1) }));
    await run(
      await pullRequestRun(suite.double, repo, { runId: newId(), pull: 3, headSha: sha(2), baseSha: sha(1) }),
    );
    const before = suite.double.requests.length;
    await run(
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 3,
        headSha: sha(3),
        baseSha: sha(1),
        reports: { "": reportWith(0.8) },
      }),
    );
    const comments = suite.double.comments(repo, 3);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(/^\*\*Failed\*\* · rule failed&#58; accuracy min 0.85&#58; 0.8/m);
    const calls = suite.double.apiCalls(before);
    expect(calls.map((r) => r.method)).toEqual(["GET", "GET", "GET", "GET", "POST", "PATCH"]);
    expect(calls.length).toBeLessThanOrEqual(6);
    expect(suite.double.checkRuns(repo).at(-1).request.conclusion).toBe("failure");
  });

  it("finds its comment again by marker and its own login when the store forgot it, ignoring copies by people", async () => {
    const repo = newRepo(suite.double);
    const marker = `<!-- slipway:comment workflow=${WORKFLOW_ID} -->`;
    const human = suite.double.addComment(repo, 8, `${marker}\nI pasted the marker`, "mallory");
    const own = suite.double.addComment(repo, 8, `${marker}\nold results`, `${suite.double.appSlug}[bot]`);
    await run(
      await pullRequestRun(suite.double, repo, { runId: newId(), pull: 8, headSha: sha(2), baseSha: sha(1) }),
    );
    const comments = suite.double.comments(repo, 8);
    expect(comments.map((c) => c.id)).toEqual([human, own]);
    expect(comments[0].body).toContain("I pasted the marker");
    expect(comments[1].body).toContain("### ✅ Slipway");
    expect(await suite.store.commentId(repo.id, 8, WORKFLOW_ID)).toBe(own);
  });

  it("posts a new comment when someone deleted the one it knew", async () => {
    const repo = newRepo(suite.double);
    await run(
      await pullRequestRun(suite.double, repo, { runId: newId(), pull: 4, headSha: sha(2), baseSha: sha(1) }),
    );
    const [first] = suite.double.comments(repo, 4);
    suite.double.deleteComment(repo, 4, first.id);
    await run(
      await pullRequestRun(suite.double, repo, { runId: newId(), pull: 4, headSha: sha(3), baseSha: sha(1) }),
    );
    const comments = suite.double.comments(repo, 4);
    expect(comments).toHaveLength(1);
    expect(comments[0].id).not.toBe(first.id);
    expect(await suite.store.commentId(repo.id, 4, WORKFLOW_ID)).toBe(comments[0].id);
  });

  it("handles a delivery seen twice once", async () => {
    const repo = newRepo(suite.double);
    const payload = await pullRequestRun(suite.double, repo, {
      runId: newId(),
      pull: 5,
      headSha: sha(2),
      baseSha: sha(1),
    });
    await run(payload, "delivery-twice");
    const before = suite.double.requests.length;
    await run(payload, "delivery-twice");
    expect(suite.double.requests.length).toBe(before);
    expect(suite.double.checkRuns(repo)).toHaveLength(1);
    expect(suite.app.logs.some((log) => log.msg === "delivery already handled; ignoring the duplicate")).toBe(
      true,
    );
  });

  it("gives one comment for two deliveries of the same pull request at the same time", async () => {
    const repo = newRepo(suite.double);
    const a = await pullRequestRun(suite.double, repo, {
      runId: newId(),
      pull: 6,
      headSha: sha(2),
      baseSha: sha(1),
    });
    const b = await pullRequestRun(suite.double, repo, {
      runId: newId(),
      pull: 6,
      headSha: sha(2),
      baseSha: sha(1),
    });
    await Promise.all([run(a), run(b)]);
    expect(suite.double.comments(repo, 6)).toHaveLength(1);
    expect(suite.double.checkRuns(repo)).toHaveLength(2);
  });

  it("leaves the comment alone when the pull request has moved on to a newer commit", async () => {
    const repo = newRepo(suite.double);
    await run(
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 7,
        headSha: sha(2),
        baseSha: sha(1),
        pullHeadSha: sha(9),
      }),
    );
    expect(suite.double.comments(repo, 7)).toHaveLength(0);
    expect(suite.double.checkRuns(repo).map((c) => c.request.head_sha)).toEqual([sha(2)]);
  });
});

describe("a pull request from a fork", () => {
  it("is found from the head commit when the payload lists no pull request", async () => {
    const repo = newRepo(suite.double);
    const fork = { id: repo.id + 100_000, owner: "outsider", name: repo.name };
    await run(
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 21,
        headSha: sha(5),
        baseSha: sha(1),
        fork,
      }),
    );
    expect(suite.double.comments(repo, 21)).toHaveLength(1);
    expect(
      suite.double.requests.some((r) => r.path === `/repos/${fullName(repo)}/commits/${sha(5)}/pulls`),
    ).toBe(true);
    // A fork's run never becomes a baseline, even from a branch named like the base.
    expect((await suite.store.reportsAt(repo.id, sha(5)))[0]?.trusted).toBe(false);
  });

  it("is found from the fork's branch when GitHub does not list it under the commit", async () => {
    const repo = newRepo(suite.double);
    const fork = { id: repo.id + 100_000, owner: "outsider", name: repo.name };
    suite.double.commitPullsMissFork = true;
    try {
      await run(
        await pullRequestRun(suite.double, repo, {
          runId: newId(),
          pull: 22,
          headSha: sha(6),
          baseSha: sha(1),
          fork,
        }),
      );
    } finally {
      suite.double.commitPullsMissFork = false;
    }
    expect(suite.double.comments(repo, 22)).toHaveLength(1);
    const lookup = suite.double.requests.find((r) => r.path === `/repos/${fullName(repo)}/pulls`);
    expect(lookup?.query).toMatchObject({ state: "open", head: "outsider:main" });
  });

  it("renders a fork's hostile report inert", async () => {
    const repo = newRepo(suite.double);
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
      await pullRequestRun(suite.double, repo, {
        runId: newId(),
        pull: 23,
        headSha: sha(7),
        baseSha: sha(1),
        fork,
        reports: { [evil.slice(0, 20)]: report },
      }),
    );
    const [comment] = suite.double.comments(repo, 23);
    expectInertMarkdown(comment.body);
    expect(comment.body.length).toBeLessThan(20_000);
    const check = suite.double.checkRuns(repo)[0];
    expect(check.request.output.annotations[0].message.length).toBeLessThanOrEqual(1000);
  });
});
