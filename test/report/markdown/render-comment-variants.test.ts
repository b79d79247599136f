/** renderComment with several variants: side by side, their parameters, the best that passed. */
import { describe, expect, it } from "@jest/globals";
import {
  GITHUB_COMMENT_LIMIT,
  metricDirection,
  renderComment,
} from "../../../src/report/markdown/render-comment.js";
import {
  buildReport,
  checkResult,
  dataReport,
  modelReport,
  packageReport,
} from "../../app/helpers/build-report.js";
import { expectInertMarkdown, tableRows } from "../../app/helpers/markdown-checks.js";
import { input, variant } from "./comment-input-builders.js";

describe("renderComment", () => {
  describe("variants side by side", () => {
    const variants = [
      variant("lr", { model: modelReport({ metrics: { f1_macro: 0.81, log_loss: 0.4 } }) }),
      variant("xgb", { model: modelReport({ metrics: { f1_macro: 0.86, log_loss: 0.35 } }) }),
      variant("rf", { model: modelReport({ metrics: { f1_macro: 0.84, log_loss: 0.31 } }) }),
    ];

    it("marks the best by the primary metric, higher is better", () => {
      const text = renderComment(input({ variants, primary: "f1_macro" }));
      const rows = tableRows(text, ["Metric", "variant lr", "🏆 variant xgb", "variant rf"]);
      expect(rows[0]).toEqual(["Result", "✅ passed", "✅ passed", "✅ passed"]);
      expect(rows[1]).toEqual(["**f1&#95;macro** (primary, higher is better)", "0.81", "0.86", "0.84"]);
      expect(text).toMatch(/^#### Model · variant xgb$/m);
      expect(text).toContain("<details><summary>variant lr&#58; passed</summary>");
      expect(text).toContain("<details><summary>variant rf&#58; passed</summary>");
    });

    it("takes the lowest for a loss", () => {
      const text = renderComment(input({ variants, primary: "log_loss" }));
      expect(tableRows(text, ["Metric", "variant lr", "variant xgb", "🏆 variant rf"])[1]?.[0]).toBe(
        "**log&#95;loss** (primary, lower is better)",
      );
    });

    it("follows `better:` from the config over the name", () => {
      const text = renderComment(input({ variants, primary: "f1_macro", better: { f1_macro: "lower" } }));
      expect(() => tableRows(text, ["Metric", "🏆 variant lr", "variant xgb", "variant rf"])).not.toThrow();
    });
  });

  describe("variants: parameters and the best that passed", () => {
    const withParams = (name: string, f1: number, params: Record<string, unknown>, passed = true) =>
      variant(name, { passed, model: modelReport({ passed, metrics: { f1_macro: f1 }, params }) });

    it("has a row for each parameter that differs between variants, and none for shared ones", () => {
      const variants = [
        withParams("lr", 0.81, { model: "logreg", C: 1, seed: 7 }),
        withParams("xgb", 0.86, { model: "xgboost", depth: 6, seed: 7 }),
      ];
      const rows = tableRows(renderComment(input({ variants, primary: "f1_macro" })), [
        "Metric",
        "variant lr",
        "🏆 variant xgb",
      ]);
      expect(rows.filter((row) => row[0]!.endsWith("(param)"))).toEqual([
        ["C (param)", "1", "—"],
        ["depth (param)", "—", "6"],
        ["model (param)", "logreg", "xgboost"],
      ]);
    });

    it("never gives 🏆 to a variant that failed, however good its metric", () => {
      // The finding: 🏆 went to a variant that failed a rule.
      const variants = [
        withParams("lr", 0.81, {}),
        withParams("xgb", 0.95, {}, false),
        withParams("rf", 0.84, {}),
      ];
      const text = renderComment(input({ variants, primary: "f1_macro" }));
      const rows = tableRows(text, ["Metric", "variant lr", "variant xgb", "🏆 variant rf"]);
      expect(rows[0]).toEqual(["Result", "✅ passed", "❌ failed", "✅ passed"]);
      expect(text).toContain("🏆 best by f1&#95;macro among the variants that passed.");
    });

    it("marks none when none passed, and says so", () => {
      const variants = [withParams("lr", 0.81, {}, false), withParams("xgb", 0.86, {}, false)];
      const text = renderComment(input({ variants, primary: "f1_macro" }));
      expect(text).not.toContain("🏆 variant");
      expect(() => tableRows(text, ["Metric", "variant lr", "variant xgb"])).not.toThrow();
      expect(text).toContain("No 🏆: no variant passed.");
      expectInertMarkdown(text);
    });
  });

  it("takes the primary metric and directions from the report when the config names none", () => {
    const variants = [
      variant("a", {
        model: modelReport({
          metrics: { auc: 0.7, cost: 10 },
          primary: "cost",
          directions: { cost: "lower" },
        }),
      }),
      variant("b", {
        model: modelReport({
          metrics: { auc: 0.8, cost: 12 },
          primary: "cost",
          directions: { cost: "lower" },
        }),
      }),
    ];
    const text = renderComment(input({ variants }));
    const rows = tableRows(text, ["Metric", "🏆 variant a", "variant b"]);
    expect(rows[1]?.[0]).toBe("**cost** (primary, lower is better)");
    // The app's config still wins over the report.
    expect(() =>
      tableRows(renderComment(input({ variants, primary: "auc" })), ["Metric", "variant a", "🏆 variant b"]),
    ).not.toThrow();
  });

  it("lists the model's notes and folds its confusion matrix", () => {
    const head = buildReport({
      model: modelReport({
        notes: ["baseline from origin/main @ abc", "<script>x</script>"],
        confusion: {
          labels: ["no", "yes"],
          matrix: [
            [50, 3],
            [7, 40],
          ],
        },
      }),
    });
    const text = renderComment(input({ variants: [{ name: null, head, base: null }] }));
    expect(text).toContain("- baseline from origin/main @\u200d abc");
    expect(tableRows(text, ["true ↓ / predicted →", "no", "yes"])).toEqual([
      ["**no**", "50", "3"],
      ["**yes**", "7", "40"],
    ]);
    expect(text).toContain("<details><summary>Confusion matrix</summary>");
    expectInertMarkdown(text);
  });

  it.each<[string, string]>([
    ["accuracy", "higher"],
    ["r2", "higher"],
    ["log_loss", "lower"],
    ["rmse", "lower"],
    ["eval.loss", "lower"],
    ["mae[region=eu]", "lower"],
    ["roc_auc", "higher"],
  ])("guesses %s is better %s", (metric, direction) => {
    expect(metricDirection(metric)).toBe(direction);
  });

  it("charts the primary metric over the base branch, then this PR, in Mermaid", () => {
    const trend = [
      { commit: "1".repeat(40), value: 0.85 },
      { commit: "2".repeat(40), value: 0.86 },
      { commit: 'not a sha"]\n```', value: 0.87 },
    ];
    const text = renderComment(input({ trend, primary: "accuracy" }));
    const chart = text.match(/```mermaid\n([\s\S]*?)\n```/)?.[1];
    expect(chart?.split("\n")).toEqual([
      "xychart-beta",
      '  title "accuracy on main, then this PR"',
      '  x-axis ["1111111", "2222222", "?", "PR 12"]',
      '  y-axis "accuracy"',
      "  line [0.85, 0.86, 0.87, 0.91]",
    ]);
  });

  it("draws no trend without base-branch history", () => {
    expect(renderComment(input({ trend: [] }))).not.toContain("mermaid");
  });

  it("shows settings problems under the verdict, escaped", () => {
    const text = renderComment(
      input({
        notices: ['.github/slipway.yml: model.primery: unknown key "primery". Did you mean "primary"?'],
      }),
    );
    expect(text).toContain("> ⚠️ **Settings**\n> - .github/slipway.yml&#58; model.primery&#58;");
    expectInertMarkdown(text);
  });

  it("names reports it could not read, escaped", () => {
    const text = renderComment(
      input({ unreadable: [{ artifact: "slipway-report-x", message: 'uses "slipway/report@2" <b>|</b>' }] }),
    );
    expect(text).toContain("> ⚠️ **1 report could not be read** and is not in this verdict:");
    expect(text).toContain("<code>slipway-report-x</code>");
    expectInertMarkdown(text);
  });

  it("links only http(s) run URLs", () => {
    const text = renderComment(input({ run: { url: "javascript:alert(1)", id: 1, attempt: 2 } }));
    expect(text).toContain("Workflow run 1, attempt 2");
    expectInertMarkdown(text, { links: 0 });
  });

  it("renders hostile report content inert and bounded", () => {
    const evil = (tag: string) =>
      `${tag} | \`code\` <img src=x onerror=alert(1)> @octocat #123 ![x](https://evil.example/x.png) [click](javascript:alert(1)) <!-- --> ${"A".repeat(5000)}`;
    const head = buildReport({
      data: [
        dataReport({
          dataset: evil("ds"),
          path: evil("path"),
          valid: false,
          checks: [
            checkResult({
              id: evil("id"),
              column: evil("col"),
              success: false,
              expected: evil("exp"),
              samples: [{ row: 1, value: evil("v") }],
            }),
          ],
          errors: [{ kind: evil("kind"), message: evil("msg"), column: evil("c") }],
          drift: {
            reference: evil("ref"),
            drifted: true,
            share: 1,
            columns: [{ column: evil("dc"), test: "ks", statistic: 1, threshold: 0.05, drifted: true }],
          },
        }),
      ],
      model: modelReport({
        passed: false,
        metrics: { [evil("m")]: 1, [`${evil("s")}[a=b]`]: 2 },
        rules: [{ metric: evil("m"), rule: evil("rule"), threshold: 1, value: 0, passed: false }],
        params: { [evil("p")]: evil("pv") },
        tests: {
          passed: 0,
          failed: 1,
          skipped: 0,
          failures: [{ name: evil("t"), message: evil("tm"), file: evil("f") }],
        },
      }),
      package: packageReport({ image: evil("img"), tags: [evil("tag")], digest: evil("dig") }),
    });
    const text = renderComment(
      input({
        workflow: evil("wf"),
        base: { ref: evil("main"), sha: evil("sha") },
        variants: [{ name: evil("v1"), head, base: null }, variant(evil("v2"), {})],
        unreadable: [{ artifact: evil("art"), message: evil("why") }],
        primary: evil("m"),
        trend: [{ commit: evil("c"), value: 1 }],
      }),
    );
    expectInertMarkdown(text);
    // Each string is cut to its place's bound (at most 1500 characters, in a test failure's code block).
    expect(text).not.toContain("A".repeat(1501));
    expect(text.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
  });
});
