/**
 * The shared GitHub double over HTTP: its contract check must be able to fail, or every suite that
 * asserts `problems` empty proves nothing. Requests off GitHub's contract are sent on purpose here.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { GitHubDouble } from "./github-double.js";

const REPO = { id: 4242, owner: "acme", name: "churn" };
let double: GitHubDouble;

beforeAll(async () => {
  double = await GitHubDouble.start();
  double.addRepo(REPO);
  double.addComment(REPO, 7, "hello", "alice");
});
afterAll(async () => {
  await double?.close();
});

const send = (method: string, path: string, body?: unknown) =>
  fetch(`${double.url}${path}`, {
    method,
    headers: { authorization: "token t", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe("the GitHub double's contract check", () => {
  test("takes a request GitHub would take, and answers in GitHub's shape", async () => {
    const answer = await send("GET", "/repos/acme/churn/issues/7/comments?per_page=100");
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { body: string }[]).map((c) => c.body)).toEqual(["hello"]);
    expect(double.problems.splice(0)).toEqual([]);
  });

  test.each([
    [
      "a route GitHub lacks",
      "POST",
      "/repos/acme/churn/issues/7/replies",
      { body: "x" },
      /no such operation/,
    ],
    [
      "an unknown query parameter",
      "GET",
      "/repos/acme/churn/issues/7/comments?pagesize=9",
      undefined,
      /unknown query parameter "pagesize"/,
    ],
    [
      "a query value outside the enum",
      "GET",
      "/repos/acme/churn/actions/runs?status=done",
      undefined,
      /query status=done is not one of/,
    ],
    ["a misspelt body field", "POST", "/repos/acme/churn/issues/7/comments", { bdy: "x" }, /body\./],
    [
      "a check run GitHub would refuse",
      "POST",
      "/repos/acme/churn/check-runs",
      { name: "Slipway", head_sha: "a".repeat(40), conclusion: "passed" },
      /body\.conclusion/,
    ],
    [
      "an operation GitHub has that no suite's double serves",
      "DELETE",
      "/repos/acme/churn",
      undefined,
      /documented but not served by the double/,
    ],
  ])("refuses %s", async (_name, method, path, body, problem) => {
    await send(method, path, body);
    expect(double.problems.splice(0).join("\n")).toMatch(problem);
  });

  test("a request without a token is a problem where the clients always send one", async () => {
    double.requireToken = true;
    await fetch(`${double.url}/repos/acme/churn/issues/7/comments`);
    double.requireToken = false;
    expect(double.problems.splice(0)).toEqual([expect.stringMatching(/no token sent/)]);
  });

  test("holds requests until all have arrived, so a race happens for sure", async () => {
    const hold = double.holdUntilAll("GET", /\/issues\/7\/comments$/, 2, 2_000);
    const first = send("GET", "/repos/acme/churn/issues/7/comments");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hold.met).toBe(false);
    const second = send("GET", "/repos/acme/churn/issues/7/comments");
    expect((await Promise.all([first, second])).map((r) => r.status)).toEqual([200, 200]);
    expect(hold.met).toBe(true);
    expect(double.problems.splice(0)).toEqual([]);
  });
});
