/** The contract checker itself: it must refuse what GitHub would refuse, or the app's tests prove nothing. */
import { describe, expect, it } from "@jest/globals";
import { findOperation, requestProblems, responseProblems } from "./contract.js";

const comment = (body: unknown) => ({
  method: "PATCH",
  path: "/repos/acme/churn/issues/comments/5",
  query: {},
  body,
});
const checkRun = (output: unknown) => ({
  method: "POST",
  path: "/repos/acme/churn/check-runs",
  query: {},
  body: { name: "Slipway", head_sha: "a".repeat(40), status: "completed", conclusion: "success", output },
});

describe("GitHub's REST contract", () => {
  it.each([
    ["an accepted comment edit", comment({ body: "hi" }), []],
    [
      "a check run with annotations",
      checkRun({
        title: "t",
        summary: "s",
        annotations: [
          { path: "a.csv", start_line: 2, end_line: 2, annotation_level: "failure", message: "m" },
        ],
      }),
      [],
    ],
    [
      "the artifact download",
      { method: "GET", path: "/repos/acme/churn/actions/artifacts/9/zip", query: {}, body: undefined },
      [],
    ],
    [
      "a config file in a folder",
      { method: "GET", path: "/repos/acme/churn/contents/.github/slipway.yml", query: {}, body: undefined },
      [],
    ],
  ])("takes %s", (_name, request, problems) => {
    expect(requestProblems(request)).toEqual(problems);
  });

  it.each([
    [
      "a route GitHub lacks",
      { method: "POST", path: "/repos/acme/churn/issues/5/replies", query: {}, body: {} },
      /no such operation/,
    ],
    [
      "an unknown query parameter",
      {
        method: "GET",
        path: "/repos/acme/churn/actions/runs/1/artifacts",
        query: { pagesize: "9" },
        body: undefined,
      },
      /unknown query parameter "pagesize"/,
    ],
    ["a comment without its body", comment({}), /body\.body: /],
    ["a misspelt field", comment({ body: "x", bdy: "x" }), /body\.: Unrecognized key/],
    [
      "a conclusion GitHub does not know",
      { ...checkRun({ title: "t", summary: "s" }), body: { name: "n", head_sha: "a", conclusion: "passed" } },
      /body\.conclusion/,
    ],
    [
      "a summary over 65535 characters",
      checkRun({ title: "t", summary: "x".repeat(65536) }),
      /body\.output\.summary/,
    ],
    [
      "51 annotations",
      checkRun({
        title: "t",
        summary: "s",
        annotations: Array.from({ length: 51 }, () => ({
          path: "a",
          start_line: 1,
          end_line: 1,
          annotation_level: "failure",
          message: "m",
        })),
      }),
      /body\.output\.annotations/,
    ],
  ])("refuses %s", (_name, request, problem) => {
    const problems = requestProblems(request);
    expect(problems.join("\n")).toMatch(problem);
  });

  it("checks responses against their documented schema", () => {
    expect(
      responseProblems("GET", "/repos/acme/churn/actions/runs/1/artifacts", 200, {
        total_count: 0,
        artifacts: [],
      }),
    ).toEqual([]);
    expect(
      responseProblems("GET", "/repos/acme/churn/actions/runs/1/artifacts", 200, { artifacts: [{ id: "x" }] })
        .length,
    ).toBeGreaterThan(0);
  });

  it("refuses a query value outside the documented enum, and answers missing required fields", () => {
    expect(findOperation("GET", "/repos/a/b/actions/reports")).toBeUndefined();
    expect(findOperation("GET", "/repos/a/b/actions/runs")?.template).toBe(
      "/repos/{owner}/{repo}/actions/runs",
    );
    expect(
      requestProblems({
        method: "GET",
        path: "/repos/a/b/actions/runs",
        query: { branch: "main", since: "1", status: "done" },
        body: undefined,
      }),
    ).toEqual([
      expect.stringMatching(/unknown query parameter "since"/),
      expect.stringMatching(/query status=done is not one of /),
    ]);
    const problems = responseProblems("GET", "/repos/a/b/actions/runs", 200, {
      total_count: 1,
      workflow_runs: [{ id: "x" }],
    }).join("\n");
    expect(problems).toMatch(/workflow_runs\.0\.id/);
    expect(problems).toMatch(/workflow_runs\.0\.head_sha/);
  });

  it("refuses a success status the operation does not document", () => {
    expect(
      responseProblems("GET", "/repos/a/b/actions/runs", 201, { total_count: 0, workflow_runs: [] }),
    ).toEqual([expect.stringMatching(/GitHub does not document this status/)]);
  });

  it("refuses a path parameter that is not of its documented type", () => {
    const problems = (path: string) => requestProblems({ method: "GET", path, query: {}, body: undefined });
    expect(problems("/repos/acme/churn/issues/7/comments")).toEqual([]);
    expect(problems("/repos/acme/churn/issues/seven/comments").join("\n")).toMatch(
      /\{issue_number\} "seven" is not an integer/,
    );
    expect(problems("/repos/acme/churn/check-runs/latest").join("\n")).toMatch(
      /\{check_run_id\} "latest" is not an integer/,
    );
  });
});
