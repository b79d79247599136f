/**
 * The breast-cancer example's pull-request comment with its plots and team section: the base
 * branch's series are the committed outputs of evaluate.py (as main has them), the head's come
 * from really running train.py and evaluate.py (Debian's Python, scikit-learn) in a copy whose
 * params.yaml a pull request changed. Both are read as the steps read them (the example's own
 * .github/slipway.yml), put in reports, and rendered by the app's renderer.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { loadConfig } from "../../../src/config/load-config.js";
import type { Config } from "../../../src/config/schema.js";
import { workingTreeFiles } from "../../../src/model/files/model-files.js";
import { readPlots } from "../../../src/model/plots/read-plots.js";
import { renderComment } from "../../../src/report/markdown/render-comment.js";
import type { Report } from "../../../src/report/types.js";
import { readCommentFiles } from "../../../src/run/read-comment-files.js";
import { buildReport, modelReport } from "../../app/helpers/build-report.js";
import { liveProblems, renderGfm } from "../../app/helpers/render-gfm.js";
import { REFERENCE_PYTHON } from "../../helpers/reference-python.js";
import { copyExample, removeCopies } from "../../run/helpers/example-copy.js";
import { renderedCodeBlocks } from "../helpers/code-blocks.js";

const RUN = "https://github.com/slipway-dev/breast-cancer/actions/runs/9";

async function reportOf(root: string, config: Config): Promise<Report> {
  const files = workingTreeFiles(root);
  const { plots } = await readPlots(files, config.model!.plots, "run evaluate.py");
  const { sections } = await readCommentFiles(files, config.comment);
  return buildReport({ model: modelReport({ plots }), sections });
}

function comment(head: Report, base: Report): string {
  return renderComment({
    workflow: "ml",
    run: { url: RUN, id: 9, attempt: 1 },
    headSha: "0123456789abcdef0123456789abcdef01234567",
    base: { ref: "main", sha: null },
    pullNumber: 4,
    variants: [{ name: null, head, base }],
    unreadable: [],
  });
}

function chartTitled(markdown: string, title: string): string {
  const chart = renderedCodeBlocks(markdown).find((block) => block.includes(`title "${title}"`));
  if (!chart) throw new Error(`no chart titled ${title}`);
  return chart;
}

function lines(chart: string): number[][] {
  return [...chart.matchAll(/^ {2}line \[(.*)\]$/gm)].map((m) => m[1]!.split(", ").map(Number));
}

let base: Report;
let head: Report;
let headRoot: string;
let config: Config;

beforeAll(async () => {
  const baseRoot = copyExample();
  config = loadConfig({ cwd: baseRoot }).config;
  base = await reportOf(baseRoot, config);
  // The pull request: a much stronger regularisation, trained and evaluated for real.
  headRoot = copyExample();
  const params = join(headRoot, "params.yaml");
  writeFileSync(params, readFileSync(params, "utf8").replace("C: 1.0", "C: 0.01"));
  execFileSync(
    REFERENCE_PYTHON,
    [
      "-c",
      "import runpy; runpy.run_path('train.py', run_name='__main__'); runpy.run_path('evaluate.py', run_name='__main__')",
    ],
    {
      cwd: headRoot,
      stdio: "pipe",
    },
  );
  head = await reportOf(headRoot, config);
}, 120_000);

afterAll(removeCopies);

describe("the example's comment", () => {
  test("the config names two plots and the team section; the reports carry their series", () => {
    expect(config.model!.plots).toHaveLength(2);
    expect(config.comment.include).toEqual(["reports/summary.md"]);
    expect(base.model!.plots!.map((plot) => plot.id)).toEqual([
      "reports/plots/precision_recall.csv",
      "reports/plots/calibration.csv",
    ]);
    expect(head.model!.plots!.map((plot) => plot.id)).toEqual(base.model!.plots!.map((plot) => plot.id));
  });

  test("each chart holds the base branch's series and the PR's, on one x axis", () => {
    const markdown = comment(head, base);
    const prc = chartTitled(markdown, "Precision-recall");
    expect(prc).toContain('x-axis "recall" 0 --> 1');
    const [baseLine, headLine] = lines(prc);
    expect(baseLine).toHaveLength(25);
    expect(headLine).toHaveLength(25);
    // Precision is a share; the two models differ, so the lines do.
    for (const value of [...baseLine!, ...headLine!]) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of [...baseLine!, ...headLine!]) expect(value).toBeLessThanOrEqual(1);
    expect(headLine).not.toEqual(baseLine);
    // At recall 1 each line ends at its file's precision there (the mean where recall repeats 1).
    const atFullRecall = (plotRoot: Report) => {
      const points = plotRoot.model!.plots![0]!.points.filter(([x]) => x === 1).map(([, y]) => y);
      return points.reduce((a, b) => a + b, 0) / points.length;
    };
    expect(baseLine!.at(-1)).toBeCloseTo(atFullRecall(base), 5);
    expect(headLine!.at(-1)).toBeCloseTo(atFullRecall(head), 5);
    const calibration = chartTitled(markdown, "Calibration");
    expect(lines(calibration)).toHaveLength(2);
    expect(markdown).toContain("grey: <code>main</code>, blue: this pull request");
  });

  test("the team section is there, formatted, and inert", () => {
    const markdown = comment(head, base);
    const html = renderGfm(markdown);
    expect(html).toContain("<code>reports/summary.md</code>");
    expect(html).toContain("<h5>Held-out review</h5>");
    expect(html).toMatch(/<td>Missed malignant<\/td>\s*<td align="right">\d+<\/td>/);
    expect(liveProblems(markdown, [RUN])).toEqual([]);
  });

  test("an attacker's summary.md in the PR renders with nothing live", async () => {
    writeFileSync(
      join(headRoot, "reports/summary.md"),
      "Hi @octocat #1 <img src=https://evil.example/x.png> [x](https://evil.example) ![y](https://evil.example/y.png) www.evil.example\n\n<script>alert(1)</script>\n",
    );
    const markdown = comment(await reportOf(headRoot, config), base);
    expect(liveProblems(markdown, [RUN])).toEqual([]);
    expect(renderGfm(markdown)).toContain("evil.example");
  });
});
