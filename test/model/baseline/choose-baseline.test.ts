import { describe, expect, it } from "@jest/globals";
import { type BaseBranchReport, chooseBaseline } from "../../../src/model/baseline/choose-baseline.js";

const artifact: BaseBranchReport = {
  branch: "main",
  report: {
    kind: "artifact",
    query: {
      apiUrl: "https://api.github.com",
      token: "t",
      repository: "o/r",
      branch: "main",
      artifactName: "slipway-report",
    },
  },
};
const noToken: BaseBranchReport = { branch: "main", report: null };
const config = { report: "base/report.json", ref: "origin/main" };

describe("chooseBaseline", () => {
  // Each row drops the winner of the row before: the precedence table, top to bottom.
  it.each([
    [
      "the run's file beats everything",
      { file: "b.json", ref: "HEAD~1", config, baseBranch: artifact },
      { kind: "file", path: "b.json" },
    ],
    ["then the run's ref", { ref: "HEAD~1", config, baseBranch: artifact }, { kind: "git", ref: "HEAD~1" }],
    [
      "then the config's report",
      { config, baseBranch: artifact },
      { kind: "file", path: "base/report.json" },
    ],
    [
      "then the config's ref",
      { config: { ref: "origin/main" }, baseBranch: artifact },
      { kind: "git", ref: "origin/main" },
    ],
    ["then the pull request's base branch report", { config: {}, baseBranch: artifact }, artifact.report],
  ])("%s", (_, choice, expected) => {
    expect(chooseBaseline(choice)).toEqual(expected);
  });

  it("treats empty inputs as not given (an action input left blank)", () => {
    expect(chooseBaseline({ file: "", ref: "", config: { ref: "origin/main" } })).toEqual({
      kind: "git",
      ref: "origin/main",
    });
  });

  it.each([
    [
      "a pull request without a token to read the base branch",
      { baseBranch: noToken },
      "No token to read the main branch's slipway-report artifact; compared with nothing.",
    ],
    [
      "an action's run outside a pull request",
      { baseBranch: null, optionNames: "baseline, baseline-ref" },
      "Not a pull request and no baseline configured (baseline, baseline-ref or model.baseline); compared with nothing.",
    ],
    [
      "the CLI with no flag and no config",
      { optionNames: "--baseline-ref, --baseline" },
      "No baseline given (--baseline-ref, --baseline or model.baseline); compared with nothing.",
    ],
    ["slipway run with no model.baseline", {}, "No baseline given (model.baseline); compared with nothing."],
  ])("says why there is none: %s", (_, choice, reason) => {
    expect(chooseBaseline(choice)).toEqual({ kind: "none", reason });
  });
});
