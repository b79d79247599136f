import { describe, expect, it } from "@jest/globals";
import { imageTags, sanitizeTag } from "../../src/package/image-tags.js";

const SHA = "fc89efd0123456789abcdef0123456789abcdef0";
const image = "ghcr.io/acme/churn-model";

describe("imageTags (docker/metadata-action: semver, ref branch/pr, raw, sha; latest=auto)", () => {
  // Rows as in the action's README: event ref → tags, highest priority first.
  it.each([
    ["push to a branch", "refs/heads/main", [], ["main", "sha-fc89efd"]],
    ["a branch with a slash", "refs/heads/releases/v1", [], ["releases-v1", "sha-fc89efd"]],
    ["a pull request", "refs/pull/2/merge", [], ["pr-2", "sha-fc89efd"]],
    ["a release tag", "refs/tags/v1.2.3", [], ["1.2.3", "1.2", "1", "sha-fc89efd", "latest"]],
    ["a 0.x release (no {{major}})", "refs/tags/v0.4.1", [], ["0.4.1", "0.4", "sha-fc89efd", "latest"]],
    [
      "a prerelease (only {{version}}, no latest)",
      "refs/tags/v2.0.8-beta.67",
      [],
      ["2.0.8-beta.67", "sha-fc89efd"],
    ],
    [
      "build metadata is dropped, as node-semver's version does",
      "refs/tags/1.0.0+build.5",
      [],
      ["1.0.0", "1.0", "1", "sha-fc89efd", "latest"],
    ],
    ["a tag that is not semver", "refs/tags/nightly-2024", [], ["sha-fc89efd"]],
    [
      "extra tags rank after ref, before sha",
      "refs/heads/main",
      ["stable", "team/x"],
      ["main", "stable", "team-x", "sha-fc89efd"],
    ],
    ["duplicates collapse", "refs/heads/main", ["main"], ["main", "sha-fc89efd"]],
  ])("%s", (_, ref, extra, expected) => {
    const tags = imageTags({ image, ref, sha: SHA, extra });
    expect(tags.names).toEqual(expected);
    expect(tags.references).toEqual(expected.map((tag) => `${image}:${tag}`));
    expect(tags.version).toBe(expected[0]);
  });

  it("lower-cases the image name and gives no tags without ref or sha", () => {
    expect(imageTags({ image: "GHCR.io/Acme/Model", ref: null, sha: null })).toEqual({
      image: "ghcr.io/acme/model",
      version: null,
      names: [],
      references: [],
    });
  });

  it.each([
    ["feature/new model", "feature-new-model"],
    ["émoji✓ok", "moji-ok"],
    ["..hidden", "hidden"],
    ["x".repeat(200), "x".repeat(128)],
  ])("sanitizes %j to a valid Docker tag", (value, expected) => {
    expect(sanitizeTag(value)).toBe(expected);
    expect(sanitizeTag(value)).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/);
  });
});
