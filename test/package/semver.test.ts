import { describe, expect, it } from "@jest/globals";
import { parseSemver } from "../../src/package/semver.js";

describe("parseSemver (semver.org's grammar, leading v allowed)", () => {
  it.each([
    ["1.2.3", { major: 1, minor: 2, patch: 3, prerelease: null, version: "1.2.3" }],
    ["v10.0.1", { major: 10, minor: 0, patch: 1, prerelease: null, version: "10.0.1" }],
    ["1.0.0-rc.1+sha.5114f85", { major: 1, minor: 0, patch: 0, prerelease: "rc.1", version: "1.0.0-rc.1" }],
  ])("reads %s", (text, expected) => {
    expect(parseSemver(text)).toEqual(expected);
  });

  it.each(["1.2", "01.2.3", "1.2.3-", "release-1", "v1.2.3.4", ""])("rejects %j", (text) => {
    expect(parseSemver(text)).toBeNull();
  });
});
