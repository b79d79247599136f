/**
 * The comment is inert whatever a fork's report holds: each hostile string — the Big List of
 * Naughty Strings (MIT, see fixtures/hostile/README.md) and every form GitHub's documentation says
 * it turns into a link or a notification — goes into every untrusted place of a report; the
 * comment is rendered as the app renders it, then by cmark-gfm as GitHub does, and nothing may be
 * live: no link but the run's, no image or foreign HTML, no mention, reference or SHA in the text.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { validateConfig } from "../../../src/config/index.js";
import { commentInput } from "../../../src/report/comment-input.js";
import { renderComment } from "../../../src/report/markdown/render-comment.js";
import type { Report } from "../../../src/report/types.js";
import { buildReport, checkResult, dataReport, modelReport, packageReport } from "../helpers/build-report.js";
import { expectTablesKeepColumns } from "../helpers/markdown-checks.js";
import { liveProblems, liveProblemsOfMany } from "../helpers/render-gfm.js";

const fixture = (name: string) => new URL(`../fixtures/hostile/${name}`, import.meta.url);
const blns = JSON.parse(readFileSync(fixture("blns.json"), "utf8")) as string[];
const github = (JSON.parse(readFileSync(fixture("github-autolinks.json"), "utf8")) as { strings: string[] })
  .strings;
const RUN_URL = "https://github.com/acme/churn/actions/runs/4242";
const config = (() => {
  const result = validateConfig({}, "test");
  if (!result.ok) throw new Error("the default config is invalid");
  return result.config;
})();

/** A report with `evil` in every string a fork controls that the comment shows. */
function hostileReport(evil: string): Report {
  return buildReport({
    data: [
      dataReport({
        dataset: evil,
        path: evil,
        valid: false,
        checks: [
          checkResult({
            id: evil,
            column: evil,
            success: false,
            unexpected_count: 1,
            unexpected_percent: 10,
            samples: [{ row: 2, value: evil }],
          }),
        ],
        errors: [{ kind: "extra-cell", message: evil, column: evil, row: 3, value: evil }],
        drift: {
          reference: evil,
          drifted: true,
          share: 1,
          columns: [
            { column: evil, test: "ks", statistic: 0.5, p_value: 0.01, threshold: 0.05, drifted: true },
          ],
        },
      }),
    ],
    model: modelReport({
      passed: false,
      tests: { passed: 1, failed: 1, skipped: 0, failures: [{ name: evil, message: evil }] },
      metrics: { accuracy: 0.9, [evil]: 0.5 },
      rules: [{ metric: evil, rule: "min", threshold: 0.85, value: 0.5, passed: false }],
      params: { [evil]: evil, depth: evil },
      params_baseline: { depth: 3 },
      baseline_ref: evil,
      notes: [evil],
    }),
    package: packageReport({
      image: evil,
      tags: [evil],
      labels: { [evil]: evil },
      smoke: { passed: false, seconds: 1, message: evil, log: evil },
    }),
  });
}

function comment(evil: string): string {
  return renderComment(
    commentInput({
      workflow: evil,
      run: { url: RUN_URL, id: 4242, attempt: 1 },
      headSha: "0123456789abcdef0123456789abcdef01234567",
      heads: [{ variant: evil, report: hostileReport(evil) }],
      unreadable: [{ artifact: evil, message: evil }],
      pull: { number: 12, baseRef: evil, baseSha: "fedcba9876543210fedcba9876543210fedcba98" },
      bases: [],
      history: [],
      config,
      notices: [evil],
    }),
  );
}

describe("the comment rendered as GitHub does", () => {
  it.each(github.map((evil) => [evil]))("makes nothing of %j", (evil) => {
    const markdown = comment(evil);
    expect(liveProblems(markdown, [RUN_URL])).toEqual([]);
    expectTablesKeepColumns(markdown);
  });

  it(`makes nothing of any of the ${blns.length} naughty strings`, () => {
    const problems = liveProblemsOfMany(blns.map(comment), [RUN_URL]);
    const found = blns.flatMap((evil, i) =>
      problems[i]!.map((problem) => `${JSON.stringify(evil)}: ${problem}`),
    );
    expect(found).toEqual([]);
  });
});
