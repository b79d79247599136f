/**
 * The comment `slipway run` prints is the app's (commentInput and renderComment), given a run with
 * no stored base-branch reports and no history: these cases check what the local run hands over.
 */
import { describe, expect, it } from "@jest/globals";
import { parseConfig } from "../../src/config/parse-config.js";
import type { Config } from "../../src/config/schema.js";
import { renderComment } from "../../src/report/markdown/render-comment.js";
import { LOCAL_WORKFLOW, localCommentInput, renderLocalComment } from "../../src/run/local-comment.js";
import { buildReport, dataReport, modelReport } from "../app/helpers/build-report.js";

function config(yaml: string): Config {
  const result = parseConfig(yaml, ".github/slipway.yml");
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.config;
}

describe("localCommentInput", () => {
  it("takes the primary metric and directions from the config and shows its warnings as notices", () => {
    const input = localCommentInput({
      report: buildReport({ model: modelReport({ metrics: { accuracy: 0.9, log_loss: 0.3 } }) }),
      config: config("model: { primary: log_loss, rules: { log_loss: { better: lower } } }"),
      warnings: ["model.rules.acuracy: did you mean accuracy?"],
    });
    expect(input.primary).toBe("log_loss");
    expect(input.better).toEqual({ log_loss: "lower" });
    expect(input.notices).toEqual(["model.rules.acuracy: did you mean accuracy?"]);
    expect(input.trend).toEqual([]);
    expect(input.variants.map((v) => [v.name, v.base])).toEqual([[null, null]]);
  });

  it("names a local run (no commit, no workflow run) as such", () => {
    const input = localCommentInput({
      report: buildReport({ commit: null, run: null, data: [dataReport()] }),
      config: config("{}"),
      warnings: [],
      variant: "random_forest",
    });
    expect(input).toMatchObject({
      workflow: LOCAL_WORKFLOW,
      run: { url: "", id: 0, attempt: 1 },
      headSha: "working tree",
      base: null,
      pullNumber: null,
    });
    expect(input.variants[0]?.name).toBe("random_forest");
    expect(
      renderLocalComment({
        report: buildReport({ commit: null, run: null }),
        config: config("{}"),
        warnings: [],
      }),
    ).toContain("Slipway");
  });

  it("in a pull request's action run, names the base branch it was compared against", () => {
    const input = localCommentInput({
      report: buildReport({ model: modelReport() }),
      config: config("{}"),
      warnings: [],
      baseRef: "main",
    });
    expect(input.base).toEqual({ ref: "main", sha: null });
    expect(input.pullNumber).toBeNull();
    expect(renderComment(input)).toContain("against <code>main</code>");
  });
});
