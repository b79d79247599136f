import { describe, expect, test } from "@jest/globals";
import { alignSeries, PLOT_GRID } from "../../../src/report/markdown/comment-plots.js";
import { renderComment } from "../../../src/report/markdown/render-comment.js";
import type { PlotReport } from "../../../src/report/types.js";
import { buildReport, modelReport } from "../../app/helpers/build-report.js";
import { liveProblems } from "../../app/helpers/render-gfm.js";
import { renderedCodeBlocks } from "../helpers/code-blocks.js";

const RUN = "https://github.com/acme/churn/actions/runs/77";

function plot(overrides: Partial<PlotReport> = {}): PlotReport {
  return {
    id: "eval/prc.csv",
    title: "Precision-recall",
    x: "recall",
    y: "precision",
    points: [
      [0, 1],
      [0.5, 0.9],
      [1, 0.5],
    ],
    total: 3,
    ...overrides,
  };
}

function comment(head: PlotReport[], base: PlotReport[] | null): string {
  return renderComment({
    workflow: "ml",
    run: { url: RUN, id: 77, attempt: 1 },
    headSha: "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
    base: { ref: "main", sha: null },
    variants: [
      {
        name: null,
        head: buildReport({ model: modelReport({ plots: head }) }),
        base: base ? buildReport({ model: modelReport({ plots: base }) }) : null,
      },
    ],
    unreadable: [],
  });
}

/** The Mermaid charts of a comment as GitHub hands them to Mermaid. */
function charts(markdown: string): string[] {
  return renderedCodeBlocks(markdown).filter((block) => block.includes("xychart-beta"));
}

function lines(chart: string): number[][] {
  return [...chart.matchAll(/^ {2}line \[(.*)\]$/gm)].map((m) => m[1]!.split(", ").map(Number));
}

describe("plots in the comment", () => {
  test("base and head series on one grid: the base line first (grey), the head's second (blue)", () => {
    const base = plot({
      points: [
        [0, 1],
        [1, 0.4],
      ],
    });
    const markdown = comment([plot()], [base]);
    const [chart] = charts(markdown);
    expect(chart).toContain('x-axis "recall" 0 --> 1');
    expect(chart).toContain('plotColorPalette": "#8c959f, #0969da"');
    const [baseLine, headLine] = lines(chart!);
    expect(baseLine).toHaveLength(PLOT_GRID);
    expect(headLine).toHaveLength(PLOT_GRID);
    // At recall 0.5 (grid point 12 of 0..24): base interpolates 1 → 0.4, the head has a point there.
    expect(baseLine![12]).toBeCloseTo(0.7, 6);
    expect(headLine![12]).toBeCloseTo(0.9, 6);
    expect(headLine![24]).toBe(0.5);
    expect(markdown).toContain("grey: <code>main</code>, blue: this pull request");
    expect(liveProblems(markdown, [RUN])).toEqual([]);
  });

  test("a series covering less of x is held at its ends, and the comment says so", () => {
    const base = plot({
      points: [
        [0.5, 0.8],
        [1, 0.6],
      ],
    });
    const aligned = alignSeries(plot(), base);
    expect(aligned.lines[0]![0]).toBe(0.8);
    expect(aligned.notes).toEqual([
      "The base series covers recall 0.5–1 only; it is held at its end values beyond.",
    ]);
  });

  test("labelled x: the head's labels; a base missing one of them is left out with a note", () => {
    const head = plot({
      x: "class",
      points: [
        ["benign", 0.9],
        ["malignant", 0.8],
      ],
    });
    expect(
      alignSeries(
        head,
        plot({
          x: "class",
          points: [
            ["malignant", 0.7],
            ["benign", 0.95],
          ],
        }),
      ).lines,
    ).toEqual([
      [0.95, 0.7],
      [0.9, 0.8],
    ]);
    const partial = alignSeries(head, plot({ x: "class", points: [["benign", 0.95]] }));
    expect(partial.lines).toEqual([[0.9, 0.8]]);
    expect(partial.notes[0]).toMatch(/other class labels/);
  });

  test("no base report: the head's line alone, and the text says the base has no such plot", () => {
    const markdown = comment([plot()], null);
    expect(lines(charts(markdown)[0]!)).toHaveLength(1);
    expect(markdown).toContain("has no such plot in its report");
  });

  test("a hostile plot id, title and field cannot end the chart, the string or make anything live", () => {
    const hostile = plot({
      id: "@octocat/x#12 https://evil.example/a.csv",
      title: 'Evil"]\n```\n<img src=x onerror=alert(1)> @team',
      x: '"%%{init}%%',
      y: "y\n  line [9, 9, 9]",
    });
    const markdown = comment([hostile], [hostile]);
    const [chart] = charts(markdown);
    expect(chart!.split("\n").filter((line) => line.startsWith("  line"))).toHaveLength(2);
    // Every label is one quoted string: no line of the chart's code holds more quotes than it opened.
    for (const line of chart!.split("\n").slice(1))
      expect(line.match(/"/g)?.length ?? 0).toBeLessThanOrEqual(2);
    expect(chart!.match(/%%/g)).toHaveLength(2); // only our own directive
    expect(liveProblems(markdown, [RUN])).toEqual([]);
  });
});
