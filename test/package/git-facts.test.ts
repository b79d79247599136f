import { createRequire } from "node:module";
import { describe, expect, it } from "@jest/globals";
import { gitFactsFromGithub, webUrlFromRemote } from "../../src/package/git-facts.js";

// GitHub's published webhook payloads (@octokit/webhooks-examples): the shape a step's
// GITHUB_EVENT_PATH file has.
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples") as {
  name: string;
  examples: { repository?: Record<string, unknown> }[];
}[];
const push = examples.find((event) => event.name === "push")!.examples[0]!;

const env = {
  GITHUB_SHA: "6113728f27ae82c7b1a177c8d03f9e96e0adf246",
  GITHUB_REF: "refs/tags/simple-tag",
  GITHUB_REPOSITORY: "Codertocat/Hello-World",
  GITHUB_SERVER_URL: "https://github.com",
};

describe("gitFactsFromGithub", () => {
  it("reads the commit and ref from the environment and the repository from the event payload", () => {
    expect(gitFactsFromGithub(env, push)).toEqual({
      sha: env.GITHUB_SHA,
      ref: env.GITHUB_REF,
      repositoryUrl: "https://github.com/Codertocat/Hello-World",
      description: null,
      license: null,
    });
  });

  it("takes the license's SPDX id and the description, but not GitHub's NOASSERTION", () => {
    const withLicense = {
      ...push,
      repository: { ...push.repository, description: "Hi", license: { key: "mit", spdx_id: "MIT" } },
    };
    expect(gitFactsFromGithub(env, withLicense)).toMatchObject({ description: "Hi", license: "MIT" });
    const unknown = {
      ...push,
      repository: { ...push.repository, license: { key: "other", spdx_id: "NOASSERTION" } },
    };
    expect(gitFactsFromGithub(env, unknown).license).toBeNull();
  });

  it("falls back to the server and repository variables without a payload (workflow_dispatch from the API)", () => {
    expect(
      gitFactsFromGithub({ ...env, GITHUB_SERVER_URL: "https://ghe.acme.dev" }, null).repositoryUrl,
    ).toBe("https://ghe.acme.dev/Codertocat/Hello-World");
    expect(gitFactsFromGithub({}, null)).toEqual({
      sha: null,
      ref: null,
      repositoryUrl: null,
      description: null,
      license: null,
    });
  });
});

describe("webUrlFromRemote", () => {
  it.each([
    ["git@github.com:acme/churn.git", "https://github.com/acme/churn"],
    ["https://github.com/acme/churn.git", "https://github.com/acme/churn"],
    ["https://github.com/acme/churn", "https://github.com/acme/churn"],
    ["ssh://git@gitlab.acme.dev/ml/churn.git", "https://gitlab.acme.dev/ml/churn"],
    ["https://x-access-token:secret@github.com/acme/churn.git", "https://github.com/acme/churn"],
    ["/srv/git/churn.git", null],
  ])("%s → %s", (remote, expected) => {
    expect(webUrlFromRemote(remote)).toBe(expected);
  });
});
