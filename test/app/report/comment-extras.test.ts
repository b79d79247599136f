/**
 * The app sees only artifacts: plots and the team's sections must survive the artifact's JSON,
 * the report schema the app checks it with, and its stored base report, and come out in the app's
 * comment — the head's series beside the stored base's, the section inert.
 */
import { describe, expect, it } from "@jest/globals";
import type { StoredReport } from "../../../app/store/store.js";
import { validateConfig } from "../../../src/config/index.js";
import { commentInput } from "../../../src/report/comment-input.js";
import { renderComment } from "../../../src/report/markdown/render-comment.js";
import { parseReport } from "../../../src/report/report-schema.js";
import type { PlotReport, Report } from "../../../src/report/types.js";
import { buildReport, modelReport } from "../helpers/build-report.js";
import { liveProblems } from "../helpers/render-gfm.js";

const RUN = "https://github.com/a/b/actions/runs/2";

const curve = (points: Array<[number, number]>): PlotReport => ({
  id: "eval/prc.csv",
  title: "Precision-recall",
  x: "recall",
  y: "precision",
  points,
  total: points.length,
});

/** A report as the app reads it from an artifact: JSON text, checked by the report schema. */
function fromArtifact(report: Report): Report {
  const parsed = parseReport(JSON.parse(JSON.stringify(report)), "slipway-report.zip/slipway-report.json");
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
}

function stored(report: Report): StoredReport {
  return {
    repositoryId: 1,
    commit: "b".repeat(40),
    workflowId: 1,
    variant: "",
    repository: "a/b",
    workflowName: "ml",
    branch: "main",
    event: "push",
    trusted: true,
    runId: 1,
    runAttempt: 1,
    runUrl: "https://github.com/a/b/actions/runs/1",
    runCreatedAt: new Date("2026-03-02T10:00:00Z"),
    passed: true,
    report,
  };
}

function config() {
  const parsed = validateConfig({}, ".github/slipway.yml");
  if (!parsed.ok) throw new Error("the empty config is valid");
  return parsed.config;
}

describe("plots and sections through the app", () => {
  it("keep their fields through the artifact and the schema, and render base beside head", () => {
    const head = fromArtifact(
      buildReport({
        model: modelReport({
          plots: [
            curve([
              [0, 1],
              [1, 0.6],
            ]),
          ],
        }),
        sections: [{ path: "reports/summary.md", markdown: "## Review\n\nAsk @octocat about #7.\n", cut: 0 }],
        images: [{ path: "reports/roc.png", size_bytes: 2048 }],
      }),
    );
    expect(head.sections?.[0]?.path).toBe("reports/summary.md");
    expect(head.model?.plots?.[0]?.points).toEqual([
      [0, 1],
      [1, 0.6],
    ]);
    const base = fromArtifact(
      buildReport({
        model: modelReport({
          plots: [
            curve([
              [0, 1],
              [1, 0.4],
            ]),
          ],
        }),
      }),
    );
    const markdown = renderComment(
      commentInput({
        workflow: "ml",
        run: { url: RUN, id: 2, attempt: 1 },
        headSha: "a".repeat(40),
        heads: [{ variant: "", report: head }],
        unreadable: [],
        pull: { number: 3, baseRef: "main", baseSha: "b".repeat(40) },
        bases: [stored(base)],
        history: [],
        config: config(),
        notices: [],
      }),
    );
    const lines = [...markdown.matchAll(/^ {2}line \[(.*)\]$/gm)].map((m) => m[1]!.split(", ").map(Number));
    expect(lines.map((line) => line.at(-1))).toEqual([0.4, 0.6]);
    expect(markdown).toContain("##### Review");
    expect(markdown).toContain("<code>reports/roc.png</code> (2.0 KB)");
    expect(liveProblems(markdown, [RUN])).toEqual([]);
  });

  it("a report whose plot has a point that is not [x, number] is refused, naming the field", () => {
    const bad = JSON.parse(JSON.stringify(buildReport({ model: modelReport({ plots: [curve([[0, 1]])] }) })));
    bad.model.plots[0].points[0] = [0, "1"];
    const parsed = parseReport(bad, "slipway-report.json");
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain("model.plots[0].points[0][1]");
  });
});
