/**
 * The comment `slipway run` prints is the app's: the same renderer, given what the app's own
 * commentInput makes of the same report when there is no pull request to compare with. Each case
 * renders both ways and wants them identical, character for character.
 */
import { describe, expect, it } from "@jest/globals";
import { parseConfig } from "../../src/config/parse-config.js";
import type { Config } from "../../src/config/schema.js";
import { commentInput, type GatheredRun } from "../../src/report/comment-input.js";
import { renderComment } from "../../src/report/markdown/render-comment.js";
import type { Report } from "../../src/report/types.js";
import { localCommentInput, renderLocalComment } from "../../src/run/local-comment.js";
import { buildReport, dataReport, modelReport, packageReport } from "../app/helpers/build-report.js";

function config(yaml: string): Config {
  const result = parseConfig(yaml, ".github/slipway.yml");
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.config;
}

function asTheAppWould(report: Report, cfg: Config, variant: string, notices: string[]): string {
  const gathered: GatheredRun = {
    workflow: report.run?.workflow ?? "slipway run",
    run: report.run
      ? { url: report.run.url, id: report.run.id, attempt: report.run.attempt }
      : { url: "", id: 0, attempt: 1 },
    headSha: report.commit ?? "working tree",
    heads: [{ variant, report }],
    unreadable: [],
    pull: null,
    bases: [],
    history: [],
    config: cfg,
    notices,
  };
  return renderComment(commentInput(gathered));
}

const failing = modelReport({
  passed: false,
  metrics: { accuracy: 0.8, log_loss: 0.5, "recall[region=eu]": 0.6 },
  rules: [
    { metric: "accuracy", rule: "min", threshold: 0.85, value: 0.8, passed: false },
    { metric: "recall[region=eu]", rule: "min", threshold: 0.7, value: 0.6, passed: false },
  ],
});

describe("the local comment is the app's", () => {
  it.each([
    [
      "data, model and image; the config names the primary metric and a direction",
      buildReport({ data: [dataReport()], model: modelReport(), package: packageReport() }),
      "model: { primary: log_loss, rules: { log_loss: { better: lower } } }",
      "",
      [],
    ],
    [
      "a failing model with slices, from a local run (no commit, no workflow run)",
      buildReport({ commit: null, run: null, model: failing, passed: false }),
      "model: { rules: { accuracy: { min: 0.85 } } }",
      "",
      ["model.rules.acuracy: did you mean accuracy?"],
    ],
    [
      "one variant of a matrix, data only",
      buildReport({ data: [dataReport({ valid: false })], passed: false }),
      "data: [{ name: train, path: data/train.csv }]",
      "random_forest",
      [],
    ],
  ])("%s", (_, report, yaml, variant, notices) => {
    const cfg = config(yaml);
    const local = renderLocalComment({ report, config: cfg, warnings: notices, variant });
    expect(local).toBe(asTheAppWould(report, cfg, variant, notices));
    expect(local).toContain("Slipway");
  });

  it("in a pull request's action run, names the base branch it was compared against", () => {
    const input = localCommentInput({
      report: buildReport({ model: modelReport() }),
      config: config("{}"),
      warnings: [],
      baseRef: "main",
    });
    expect(input.base).toEqual({ ref: "main", sha: null });
    expect(renderComment(input)).toContain("against <code>main</code>");
  });
});
