import { describe, expect, it } from "@jest/globals";
import type { MetricsAtCommit, StoredReport } from "../../../app/store/store.js";
import { validateConfig } from "../../../src/config/index.js";
import { baseFor, commentInput, trendPoints } from "../../../src/report/comment-input.js";
import { buildReport, modelReport } from "../helpers/build-report.js";

const at = new Date("2026-03-02T10:00:00Z");
const row = (commit: string, variant: string, metrics: Record<string, number>): MetricsAtCommit => ({
  commit,
  variant,
  runCreatedAt: at,
  metrics,
});

function stored(variant: string, accuracy: number): StoredReport {
  return {
    repositoryId: 1,
    commit: "b".repeat(40),
    workflowId: 1,
    variant,
    repository: "a/b",
    workflowName: "ml",
    branch: "main",
    event: "push",
    trusted: true,
    runId: 1,
    runAttempt: 1,
    runUrl: "https://github.com/a/b/actions/runs/1",
    runCreatedAt: at,
    passed: true,
    report: buildReport({ model: modelReport({ metrics: { accuracy } }) }),
  };
}

describe("baseFor", () => {
  it.each<[string, string, StoredReport[], number | null]>([
    ["the same variant", "xgb", [stored("lr", 1), stored("xgb", 2)], 2],
    ["else the default report", "xgb", [stored("lr", 1), stored("", 3)], 3],
    ["else the only one", "xgb", [stored("lr", 1)], 1],
    ["none among several others", "xgb", [stored("lr", 1), stored("rf", 2)], null],
    ["none at all", "", [], null],
  ])("%s", (_name, variant, bases, accuracy) => {
    expect(baseFor(variant, bases)?.model?.metrics.accuracy ?? null).toBe(accuracy);
  });
});

describe("trendPoints", () => {
  const history = [
    row("c1", "", { f1: 0.8 }),
    row("c2", "a", { f1: 0.7 }),
    row("c2", "b", { f1: 0.9 }),
    row("c3", "", { loss: 1 }),
    row("c4", "a", { f1: 0.75 }),
  ];
  it.each<[string, "higher" | "lower", string | null, [string, number][]]>([
    [
      "the best variant per commit, higher is better",
      "higher",
      null,
      [
        ["c1", 0.8],
        ["c2", 0.9],
        ["c4", 0.75],
      ],
    ],
    [
      "the best variant per commit, lower is better",
      "lower",
      null,
      [
        ["c1", 0.8],
        ["c2", 0.7],
        ["c4", 0.75],
      ],
    ],
    [
      "the named variant where there are several",
      "higher",
      "a",
      [
        ["c1", 0.8],
        ["c2", 0.7],
        ["c4", 0.75],
      ],
    ],
  ])("%s", (_name, direction, variant, expected) => {
    expect(trendPoints(history, "f1", direction, variant).map((p) => [p.commit, p.value])).toEqual(expected);
  });
});

describe("commentInput", () => {
  it("takes the primary metric and directions from the config, and the PR's base", () => {
    const parsed = validateConfig(
      { model: { primary: "log_loss", rules: { log_loss: { better: "lower" } } } },
      "slipway.yml",
    );
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const input = commentInput({
      workflow: "ml",
      run: { url: "https://x", id: 1, attempt: 1 },
      headSha: "a".repeat(40),
      heads: [{ variant: "", report: buildReport() }],
      unreadable: [],
      pull: { number: 4, baseRef: "main", baseSha: "b".repeat(40) },
      bases: [stored("", 0.8)],
      history: [row("c1", "", { log_loss: 0.4 }), row("c2", "", { log_loss: 0.35 })],
      config: parsed.config,
      notices: ["n"],
    });
    expect(input.primary).toBe("log_loss");
    expect(input.better).toEqual({ log_loss: "lower" });
    expect(input.base).toEqual({ ref: "main", sha: "b".repeat(40) });
    expect(input.pullNumber).toBe(4);
    expect(input.variants[0]?.base?.model?.metrics.accuracy).toBe(0.8);
    expect(input.trend).toEqual([
      { commit: "c1", value: 0.4 },
      { commit: "c2", value: 0.35 },
    ]);
    expect(input.notices).toEqual(["n"]);
  });
});
