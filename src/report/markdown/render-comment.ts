/**
 * The pull-request comment (and check-run summary): one Markdown text from the reports of a run,
 * the base-branch reports they compare against, and the base branch's trend. Pure: plain data in,
 * a string out. Every report-born string goes through escape.ts, because reports of forks are
 * untrusted; the whole stays under GitHub's size limit, cutting whole sections with a visible note
 * so no <details> or code fence is ever left open.
 *
 * Each dataset and the image are the data, drift and package helpers' own renderings (as in job
 * summaries), folded. The model's table is this file's: it compares with the base branch's stored
 * report (not the run's own baseline, which renderModelMarkdown shows), as `Metric | base | head |
 * Δ | rule`, with slices apart and variants side by side.
 */
import { formatShare } from "../format.js";
import { xyChart } from "../mermaid-xychart.js";
import type { DataReport, PackageReport } from "../types.js";
import { renderImages, renderTeamSections } from "./comment-extras.js";
import { renderModel, renderParams, renderSlices, renderTests } from "./comment-model.js";
import { renderPlots } from "./comment-plots.js";
import { code, link, MAX, plural, shortSha, variantLabel } from "./comment-text.js";
import type { CommentInput, CommentVariant, Direction, UnreadableReport } from "./comment-types.js";
import { bestVariant, metricDirection, pickPrimary, renderVariants } from "./comment-variants.js";
import { commentVerdict, failureReasons, verdictLine } from "./comment-verdict.js";
import { codeBlock, details, inlineText, table } from "./escape.js";
import { renderDataMarkdown } from "./render-data.js";
import { formatBytes, renderPackageMarkdown } from "./render-package.js";

export type {
  CommentInput,
  CommentVariant,
  CommentVerdict,
  Direction,
  TrendPoint,
  UnreadableReport,
} from "./comment-types.js";
export { bestVariant, commentVerdict, metricDirection, pickPrimary };

/** GitHub refuses comment bodies over 65536 characters (check-run summaries: 65535). */
export const GITHUB_COMMENT_LIMIT = 65536;

export function renderComment(input: CommentInput): string {
  const limit = input.limit ?? GITHUB_COMMENT_LIMIT;
  const verdict = commentVerdict(input);
  const primary = pickPrimary(input);
  const reported = input.variants.find((variant) => variant.head.model?.directions)?.head.model?.directions;
  const better = (metric: string) => metricDirection(metric, input.better?.[metric], reported?.[metric]);
  const best = bestVariant(input.variants, primary, better);
  const main = best ?? input.variants[0];
  const icon = { passed: "✅", failed: "❌", unverified: "⚠️", empty: "⚠️" }[verdict.kind];

  const head: string[] = [];
  if (input.marker) head.push(input.marker);
  head.push(`### ${icon} Slipway · ${inlineText(input.workflow, MAX.name)}`);
  head.push(verdictLine(verdict, main, primary, better));
  if (input.unreadable.length > 0) head.push(renderUnreadable(input.unreadable));
  if (input.notices && input.notices.length > 0) head.push(renderNotices(input.notices));

  const sections: Section[] = [];
  if (input.variants.length > 1) {
    sections.push({ title: "Variants", text: renderVariants(input.variants, best, primary, better) });
  }
  if (main) {
    const label = input.variants.length > 1 ? ` · ${variantLabel(main)}` : "";
    if (main.head.model) {
      sections.push({
        title: "Model",
        text: renderModel(main.head.model, main.base?.model ?? null, `Model${label}`, input.base, better),
      });
      const slices = renderSlices(main.head.model, main.base?.model ?? null, better);
      if (slices) sections.push({ title: "Slices", text: slices });
      const plots = renderPlots(main.head.model.plots, main.base?.model?.plots, input.base?.ref ?? null);
      if (plots) sections.push({ title: "Plots", text: plots });
      const tests = renderTests(main.head.model);
      if (tests) sections.push({ title: "Tests", text: tests });
    }
    sections.push(...renderTeamSections(main.head.sections));
    const images = renderImages(main.head.images, input.run.url);
    if (images) sections.push({ title: "Images", text: images });
    if (main.head.data.length > 0) sections.push({ title: "Data", text: renderData(main.head.data, label) });
    const params = main.head.model ? renderParams(main.head.model, main.base?.model ?? null) : null;
    if (params) sections.push({ title: "Parameters", text: params });
    if (main.head.package) {
      sections.push({ title: "Image", text: renderImage(main.head.package, main.base?.package ?? null) });
    }
  }
  const trend = renderTrend(input, primary, main);
  if (trend) sections.push({ title: "Trend", text: trend });
  for (const other of input.variants.filter((variant) => variant !== main).slice(0, MAX.other)) {
    sections.push({ title: variantLabel(other), text: renderOtherVariant(other, input.base, better) });
  }
  const footer = renderFooter(input);
  return assemble(head, sections, footer, limit, input.run.url);
}

interface Section {
  title: string;
  text: string;
}

/** Adds sections in order while they fit; a section that does not is left out and named in the note. */
function assemble(
  head: string[],
  sections: Section[],
  footer: string,
  limit: number,
  runUrl: string,
): string {
  const join = (parts: string[]) => parts.join("\n\n");
  const full = join([...head, ...sections.map((s) => s.text), footer]);
  if (full.length <= limit) return full;
  const cut: string[] = [];
  const kept: string[] = [];
  const noteFor = (names: string[]) =>
    `> ✂️ **Cut to fit GitHub's ${limit}-character limit.** Left out: ${names.map((n) => inlineText(n, MAX.name)).join(", ")}. ` +
    `The full report is in the run's \`slipway-report\` artifacts (${link("the run", runUrl)}).`;
  // Reserve room for a note naming every section, the worst case.
  const reserve = noteFor(sections.map((s) => s.title)).length + 4;
  let used = join([...head, footer]).length + reserve;
  for (const section of sections) {
    if (used + section.text.length + 2 <= limit) {
      kept.push(section.text);
      used += section.text.length + 2;
    } else {
      cut.push(section.title);
    }
  }
  const result = join([...head, ...kept, noteFor(cut), footer]);
  if (result.length <= limit) return result;
  // Only reachable with a limit smaller than the bounded head: keep the verdict and the note.
  return join([
    head
      .slice(0, 3)
      .join("\n\n")
      .slice(0, Math.max(0, limit - reserve - 2)),
    noteFor(["everything"]),
  ]).slice(0, limit);
}

function renderUnreadable(unreadable: UnreadableReport[]): string {
  const lines = unreadable
    .slice(0, 10)
    .map((item) => `> - ${code(item.artifact, MAX.name)}: ${inlineText(item.message, 800)}`);
  if (unreadable.length > 10) lines.push(`> - … and ${unreadable.length - 10} more`);
  const n = unreadable.length;
  return [
    `> ⚠️ **${n} report${n === 1 ? "" : "s"} could not be read** and ${n === 1 ? "is" : "are"} not in this verdict:`,
    ...lines,
  ].join("\n");
}

function renderNotices(notices: string[]): string {
  const lines = notices.slice(0, 10).map((notice) => `> - ${inlineText(notice, 400)}`);
  if (notices.length > 10) lines.push(`> - … and ${notices.length - 10} more`);
  return ["> ⚠️ **Settings**", ...lines].join("\n");
}

function renderData(datasets: DataReport[], label: string): string {
  const shown = datasets.slice(0, MAX.datasets);
  const rows = shown.map((data) => {
    const failedChecks = data.checks.filter((check) => !check.success).length;
    const drift = data.drift
      ? `${data.drift.drifted ? "⚠️ drifted" : "no drift"} (${formatShare(data.drift.share)} of columns)`
      : "—";
    return [
      inlineText(data.dataset, MAX.name),
      String(data.rows),
      String(data.columns),
      failedChecks > 0
        ? `❌ ${failedChecks} of ${data.checks.length} failed`
        : `✅ ${data.checks.length} passed`,
      data.errors.length > 0 ? `❌ ${data.errors.length}` : "—",
      drift,
      data.valid ? "✅ valid" : "❌ invalid",
    ];
  });
  const parts = [
    `#### Data${inlineText(label, MAX.name)}`,
    table(["Dataset", "Rows", "Columns", "Checks", "Errors", "Drift", "Result"], rows, [
      "l",
      "r",
      "r",
      "l",
      "l",
      "l",
      "l",
    ]),
  ];
  for (const data of shown) parts.push(renderDatasetDetails(data));
  if (datasets.length > shown.length)
    parts.push(`${datasets.length - shown.length} more datasets are in the report.`);
  return parts.join("\n\n");
}

/** The data helper's rendering of one dataset (checks, errors, drift), folded; open when invalid. */
function renderDatasetDetails(data: DataReport): string {
  const problems = data.checks.filter((check) => !check.success).length + data.errors.length;
  const drift = data.drift ? `, drift ${formatShare(data.drift.share)}` : "";
  const summary = `${data.dataset}: ${problems > 0 ? plural(problems, "problem") : "all checks passed"}${drift}`;
  const body = renderDataMarkdown(data);
  return details(summary, body, !data.valid);
}

/** The package helper's rendering of the image, and its size against the base branch's image. */
function renderImage(pkg: PackageReport, basePkg: PackageReport | null): string {
  const parts = [renderPackageMarkdown(pkg)];
  if (basePkg) {
    const delta = pkg.size_bytes - basePkg.size_bytes;
    parts.push(
      `Size against the base branch's image: ${delta >= 0 ? "+" : "−"}${formatBytes(Math.abs(delta))} (base ${formatBytes(basePkg.size_bytes)}).`,
    );
  }
  return parts.join("\n\n");
}

function renderTrend(
  input: CommentInput,
  primary: string | null,
  main: CommentVariant | undefined,
): string | null {
  const points = (input.trend ?? []).filter((p) => Number.isFinite(p.value));
  const headValue = primary ? main?.head.model?.metrics[primary] : undefined;
  if (!primary || points.length === 0) return null;
  const labels = points.map((p) => (/^[0-9a-f]{7,40}$/i.test(p.commit) ? p.commit.slice(0, 7) : "?"));
  const values = points.map((p) => p.value);
  if (headValue !== undefined && Number.isFinite(headValue)) {
    labels.push(input.pullNumber ? `PR ${input.pullNumber}` : "this run");
    values.push(headValue);
  }
  const chart = xyChart({
    title: `${primary} on ${input.base?.ref ?? "base"}${headValue !== undefined ? ", then this PR" : ""}`,
    x: { categories: labels },
    y: { label: primary },
    lines: [{ values }],
  });
  return [
    `#### Trend of ${inlineText(primary, MAX.name)} (last ${points.length} commits on ${code(input.base?.ref ?? "base", MAX.name)})`,
    codeBlock(chart, 8000, "mermaid"),
  ].join("\n\n");
}

function renderOtherVariant(
  variant: CommentVariant,
  base: CommentInput["base"],
  better: (metric: string) => Direction,
): string {
  const parts: string[] = [];
  if (variant.head.model)
    parts.push(renderModel(variant.head.model, variant.base?.model ?? null, "Model", base, better));
  const invalid = variant.head.data.filter((data) => !data.valid);
  if (invalid.length > 0) parts.push(renderData(invalid, ""));
  if (variant.head.package) parts.push(renderImage(variant.head.package, variant.base?.package ?? null));
  const result = variant.head.passed ? "passed" : `failed: ${failureReasons(variant.head).join("; ")}`;
  return details(
    `${variantLabel(variant)}: ${result}`,
    parts.join("\n\n") || "Nothing more in this report.",
    !variant.head.passed,
  );
}

function renderFooter(input: CommentInput): string {
  const attempt = input.run.attempt > 1 ? `, attempt ${input.run.attempt}` : "";
  const base = input.base
    ? ` against ${code(input.base.ref, MAX.name)}${input.base.sha ? ` at ${shortSha(input.base.sha)}` : ""}`
    : "";
  return `<sub>${link(`Workflow run ${input.run.id}${attempt}`, input.run.url)} · head ${shortSha(input.headSha)}${base} · updated by Slipway</sub>`;
}
