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
import { defaultDirection } from "../../model/rules/metric-direction.js";
import type { DataReport, ModelReport, PackageReport, Report, RuleResult } from "../types.js";
import { codeBlock, codeText, details, inlineText, table } from "./escape.js";
import { renderDataMarkdown } from "./render-data.js";
import { formatBytes, renderPackageMarkdown } from "./render-package.js";

/** GitHub refuses comment bodies over 65536 characters (check-run summaries: 65535). */
export const GITHUB_COMMENT_LIMIT = 65536;

export type Direction = "higher" | "lower";

export interface CommentVariant {
  /** null for the artifact named plain `slipway-report`. */
  name: string | null;
  head: Report;
  /** The base branch's report for the same variant, when there is one. */
  base: Report | null;
}

export interface UnreadableReport {
  artifact: string;
  /** Why: may quote report content, so it is escaped when rendered. */
  message: string;
}

export interface TrendPoint {
  commit: string;
  value: number;
}

export interface CommentInput {
  workflow: string;
  run: { url: string; id: number; attempt: number };
  headSha: string;
  base: { ref: string; sha: string | null } | null;
  pullNumber?: number | null;
  variants: CommentVariant[];
  unreadable: UnreadableReport[];
  /** `model.primary` from .github/slipway.yml; else the first rule's metric, else the first metric. */
  primary?: string | null;
  /** `better:` per metric from .github/slipway.yml rules; else guessed from the name. */
  better?: Record<string, Direction | undefined>;
  /** The primary metric on the base branch, oldest first. */
  trend?: TrendPoint[];
  /** Problems to show under the verdict (a broken config); plain text, escaped here. */
  notices?: string[];
  /** A hidden first line (the app's marker to find its comment again). */
  marker?: string;
  limit?: number;
}

export interface CommentVerdict {
  kind: "passed" | "failed" | "unverified" | "empty";
  conclusion: "success" | "failure" | "neutral";
  /** One plain-text line (a check run's title). */
  title: string;
}

const MAX = { name: 80, cell: 60, rows: 60, slices: 150, checks: 30, datasets: 20, variants: 8, other: 6 };

/**
 * The verdict fails closed: a report that could not be read (invalid, another version, too big)
 * means nothing was verified, so the check fails rather than pass as "neutral" — GitHub counts a
 * neutral check as passing where the check is required. Neutral is left for runs with no report.
 */
export function commentVerdict(input: Pick<CommentInput, "variants" | "unreadable">): CommentVerdict {
  const failed = input.variants.filter((variant) => !variant.head.passed);
  if (failed.length > 0) {
    const first = failed[0]!;
    const what =
      input.variants.length === 1
        ? ""
        : ` (${failed.length} of ${input.variants.length} variants; ${variantLabel(first)})`;
    return {
      kind: "failed",
      conclusion: "failure",
      title: `Failed${what}: ${failureReasons(first.head).join("; ")}`,
    };
  }
  const n = input.unreadable.length;
  if (n > 0) {
    return {
      kind: "unverified",
      conclusion: "failure",
      title: `Not verified: ${plural(n, "report")} could not be read`,
    };
  }
  if (input.variants.length === 0) return { kind: "empty", conclusion: "neutral", title: "No report" };
  return {
    kind: "passed",
    conclusion: "success",
    title: `Passed${input.variants.length > 1 ? ` (${input.variants.length} variants)` : ""}`,
  };
}

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
      const tests = renderTests(main.head.model);
      if (tests) sections.push({ title: "Tests", text: tests });
    }
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

function verdictLine(
  verdict: CommentVerdict,
  main: CommentVariant | undefined,
  primary: string | null,
  better: (metric: string) => Direction,
): string {
  const parts: string[] = [];
  if (verdict.kind === "failed") {
    // The title names the first failed variant and its reasons.
    parts.push(`**Failed**`, inlineText(verdict.title.replace(/^Failed:? ?/, ""), 300));
  } else if (verdict.kind === "passed") {
    parts.push("**Passed**");
  } else {
    parts.push(`**${inlineText(verdict.title)}**`);
  }
  const model = main?.head.model;
  if (model && primary && model.metrics[primary] !== undefined) {
    const value = model.metrics[primary]!;
    const base = baseMetrics(model, main?.base?.model ?? null)?.[primary];
    const delta =
      base === undefined
        ? ""
        : ` (${[signed(value - base), "vs base", quality(value - base, better(primary))].filter(Boolean).join(" ")})`;
    parts.push(`${inlineText(primary, MAX.name)} **${num(value)}**${delta}`.trimEnd());
  }
  if (main && verdict.kind === "passed") {
    if (model && model.rules.length > 0) {
      parts.push(
        `${model.rules.filter((rule) => rule.passed).length}/${plural(model.rules.length, "rule")} met`,
      );
    }
    if (main.head.data.length > 0) parts.push(`${plural(main.head.data.length, "dataset")} valid`);
    if (model && model.tests.passed > 0) parts.push(`${plural(model.tests.passed, "test")} passed`);
    if (main.head.package) parts.push(`image ${formatBytes(main.head.package.size_bytes)}`);
  }
  return parts.join(" · ");
}

/** Plain-text reasons a report failed (escaped by the caller). */
function failureReasons(report: Report): string[] {
  const reasons: string[] = [];
  const failedRules = report.model?.rules.filter((rule) => !rule.passed) ?? [];
  if (failedRules.length > 0) {
    const shown = failedRules
      .slice(0, 3)
      .map((rule) => `${rule.metric} ${rule.rule} ${num(rule.threshold)}: ${num(rule.value)}`);
    const more = failedRules.length > 3 ? ` and ${failedRules.length - 3} more` : "";
    reasons.push(`rule${failedRules.length === 1 ? "" : "s"} failed: ${shown.join(", ")}${more}`);
  }
  if (report.model && report.model.tests.failed > 0)
    reasons.push(`${plural(report.model.tests.failed, "model test")} failed`);
  const invalid = report.data.filter((data) => !data.valid);
  if (invalid.length > 0) {
    reasons.push(
      `data invalid: ${invalid
        .slice(0, 3)
        .map((data) => data.dataset)
        .join(", ")}${invalid.length > 3 ? ` and ${invalid.length - 3} more` : ""}`,
    );
  }
  if (report.package?.smoke && !report.package.smoke.passed) reasons.push("image smoke test failed");
  if (reasons.length === 0) reasons.push("the report says it did not pass");
  return reasons;
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

function renderVariants(
  variants: CommentVariant[],
  best: CommentVariant | undefined,
  primary: string | null,
  better: (metric: string) => Direction,
): string {
  const shown = variants.slice(0, MAX.variants);
  const header = [
    "Metric",
    ...shown.map((v) => `${v === best ? "🏆 " : ""}${inlineText(variantLabel(v), 40)}`),
  ];
  const names = unique(shown.flatMap((v) => Object.keys(v.head.model?.metrics ?? {}))).filter(
    (n) => !isSlice(n),
  );
  const ordered =
    primary && names.includes(primary) ? [primary, ...names.filter((n) => n !== primary)] : names;
  const rows: string[][] = [["Result", ...shown.map((v) => (v.head.passed ? "✅ passed" : "❌ failed"))]];
  for (const metric of ordered.slice(0, MAX.rows)) {
    const label =
      metric === primary
        ? `**${inlineText(metric, MAX.name)}** (primary, ${better(metric)} is better)`
        : inlineText(metric, MAX.name);
    rows.push([label, ...shown.map((v) => num(v.head.model?.metrics[metric]))]);
  }
  const notes: string[] = [];
  if (variants.length > shown.length)
    notes.push(`${variants.length - shown.length} more variants not shown.`);
  if (ordered.length > MAX.rows) notes.push(`${ordered.length - MAX.rows} more metrics not shown.`);
  if (best && primary) notes.push(`🏆 best by ${inlineText(primary, MAX.name)}.`);
  return [`#### Variants`, table(header, rows, ["l", ...shown.map(() => "r" as const)]), notes.join(" ")]
    .filter(Boolean)
    .join("\n\n");
}

function renderModel(
  model: ModelReport,
  baseModel: ModelReport | null,
  title: string,
  base: CommentInput["base"],
  better: (metric: string) => Direction,
): string {
  const baseline = baseMetrics(model, baseModel);
  const baseNote = baseModel
    ? `Base: ${base ? `${code(base.ref, MAX.name)}${base.sha ? ` at ${shortSha(base.sha)}` : ""}` : "the base branch"} (its stored Slipway report).`
    : model.baseline
      ? `Base: the run's own baseline${model.baseline_ref ? ` (${code(model.baseline_ref, MAX.name)})` : ""}; no stored report of the base branch yet.`
      : "No baseline: the base branch has no Slipway report yet.";
  const names = unique([
    ...Object.keys(model.metrics),
    ...Object.keys(baseline ?? {}),
    ...model.rules.map((r) => r.metric),
  ]).filter((n) => !isSlice(n));
  const rows = names.slice(0, MAX.rows).map((metric) => metricRow(metric, model, baseline, better));
  const parts = [`#### ${inlineText(title, MAX.name)}`, baseNote];
  if (rows.length === 0) parts.push("The model report has no metrics.");
  else {
    const metricTable = table(["Metric", "base", "head", "Δ", "rule"], rows, ["l", "r", "r", "r", "l"]);
    parts.push(rows.length > 15 ? details(`${rows.length} metrics`, metricTable, true) : metricTable);
  }
  if (names.length > MAX.rows) parts.push(`${names.length - MAX.rows} more metrics are in the report.`);
  const notes = model.notes ?? [];
  if (notes.length > 0) {
    const list = notes.slice(0, 10).map((note) => `- ${inlineText(note, 300)}`);
    if (notes.length > 10) list.push(`- … and ${notes.length - 10} more`);
    parts.push(list.join("\n"));
  }
  const confusion = model.confusion ? renderConfusion(model.confusion) : null;
  if (confusion) parts.push(confusion);
  return parts.join("\n\n");
}

/** sklearn's layout: rows are true labels, columns predicted. */
function renderConfusion(confusion: { labels: string[]; matrix: number[][] }): string | null {
  const labels = confusion.labels.slice(0, 12);
  if (labels.length === 0) return null;
  const rows = labels.map((label, i) => [
    `**${inlineText(label, 30)}**`,
    ...labels.map((_, j) => num(confusion.matrix[i]?.[j])),
  ]);
  const cut =
    confusion.labels.length > labels.length
      ? `\n\nThe first ${labels.length} of ${confusion.labels.length} classes.`
      : "";
  const header = ["true ↓ / predicted →", ...labels.map((label) => inlineText(label, 30))];
  return details("Confusion matrix", table(header, rows, ["l", ...labels.map(() => "r" as const)]) + cut);
}

function metricRow(
  metric: string,
  model: ModelReport,
  baseline: Record<string, number> | null,
  better: (metric: string) => Direction,
): string[] {
  const head = model.metrics[metric];
  const base = baseline?.[metric];
  const delta =
    head !== undefined && base !== undefined
      ? `${signed(head - base)}${relative(head, base)} ${quality(head - base, better(metric))}`.trim()
      : "—";
  const rules = model.rules.filter((rule) => rule.metric === metric).map(ruleText);
  return [inlineText(metric, MAX.name), num(base), num(head), delta, rules.join("<br>") || ""];
}

function ruleText(rule: RuleResult): string {
  return `${rule.passed ? "✅" : "❌"} ${inlineText(rule.rule, 30)} ${num(rule.threshold)}`;
}

function renderSlices(
  model: ModelReport,
  baseModel: ModelReport | null,
  better: (metric: string) => Direction,
): string | null {
  const baseline = baseMetrics(model, baseModel);
  const names = unique([...Object.keys(model.metrics), ...model.rules.map((r) => r.metric)]).filter(isSlice);
  if (names.length === 0) return null;
  const rows = names.slice(0, MAX.slices).map((metric) => metricRow(metric, model, baseline, better));
  const failed = model.rules.filter((rule) => isSlice(rule.metric) && !rule.passed).length;
  const body = [table(["Metric", "base", "head", "Δ", "rule"], rows, ["l", "r", "r", "r", "l"])];
  if (names.length > MAX.slices)
    body.push(`${names.length - MAX.slices} more slice metrics are in the report.`);
  return details(
    `Slices: ${plural(names.length, "metric")}${failed > 0 ? `, ${plural(failed, "rule")} failed` : ""}`,
    body.join("\n\n"),
    failed > 0,
  );
}

function renderTests(model: ModelReport): string | null {
  const { passed, failed, skipped, failures } = model.tests;
  if (passed + failed + skipped === 0) return null;
  const line = `**Tests:** ${passed} passed, ${failed} failed, ${skipped} skipped.`;
  if (failures.length === 0) return line;
  const body = failures
    .slice(0, 10)
    .map(
      (failure) =>
        `**${inlineText(failure.name, 120)}**${failure.file ? ` (${inlineText(failure.file, 120)})` : ""}\n\n${codeBlock(failure.message, 1500)}`,
    )
    .join("\n\n");
  const more = failures.length > 10 ? `\n\n… and ${failures.length - 10} more failures.` : "";
  return `${line}\n\n${details(`${plural(failures.length, "failing test")}`, body + more)}`;
}

function renderData(datasets: DataReport[], label: string): string {
  const shown = datasets.slice(0, MAX.datasets);
  const rows = shown.map((data) => {
    const failedChecks = data.checks.filter((check) => !check.success).length;
    const drift = data.drift
      ? `${data.drift.drifted ? "⚠️ drifted" : "no drift"} (${percent(data.drift.share)} of columns)`
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
  const drift = data.drift ? `, drift ${percent(data.drift.share)}` : "";
  const summary = `${data.dataset}: ${problems > 0 ? plural(problems, "problem") : "all checks passed"}${drift}`;
  const body = renderDataMarkdown(data);
  return details(summary, body, !data.valid);
}

function renderParams(model: ModelReport, baseModel: ModelReport | null): string | null {
  const base = baseModel ? baseModel.params : model.params_baseline;
  const keys = unique([...Object.keys(base), ...Object.keys(model.params)]);
  const changed = keys.filter((key) => JSON.stringify(base[key]) !== JSON.stringify(model.params[key]));
  if (changed.length === 0) return keys.length > 0 ? `**Parameters:** ${keys.length} unchanged.` : null;
  const value = (v: unknown) => (v === undefined ? "—" : inlineText(JSON.stringify(v), MAX.cell));
  const rows = changed
    .slice(0, MAX.rows)
    .map((key) => [inlineText(key, MAX.name), value(base[key]), value(model.params[key])]);
  const more = changed.length > MAX.rows ? `\n\n… and ${changed.length - MAX.rows} more.` : "";
  return details(
    `Parameters: ${changed.length} changed of ${keys.length}`,
    table(["Parameter", "base", "head"], rows) + more,
    changed.length <= 5,
  );
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
  const labels = points.map((p) => `"${/^[0-9a-f]{7,40}$/i.test(p.commit) ? p.commit.slice(0, 7) : "?"}"`);
  const values = points.map((p) => p.value);
  if (headValue !== undefined && Number.isFinite(headValue)) {
    labels.push(`"${input.pullNumber ? `PR ${input.pullNumber}` : "this run"}"`);
    values.push(headValue);
  }
  const name = mermaidText(primary);
  const ref = mermaidText(input.base?.ref ?? "base");
  const chart = [
    "xychart-beta",
    `  title "${name} on ${ref}${headValue !== undefined ? ", then this PR" : ""}"`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "${name}"`,
    `  line [${values.map((v) => num(v, 6)).join(", ")}]`,
  ].join("\n");
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

/**
 * The primary metric: from the app's config (default branch), else the one the report names, else
 * the first rule's, else the first metric; slices never.
 */
export function pickPrimary(input: Pick<CommentInput, "primary" | "variants">): string | null {
  if (input.primary) return input.primary;
  for (const variant of input.variants) {
    const model = variant.head.model;
    if (!model) continue;
    const metric =
      (model.primary && !isSlice(model.primary) ? model.primary : undefined) ??
      model.rules.map((rule) => rule.metric).find((name) => !isSlice(name)) ??
      Object.keys(model.metrics).find((name) => !isSlice(name));
    if (metric) return metric;
  }
  return null;
}

/** Configured direction, else the report's, else read from the name (losses lower), else higher. */
export function metricDirection(metric: string, configured?: Direction, reported?: Direction): Direction {
  return configured ?? reported ?? defaultDirection(metric) ?? "higher";
}

/** The variant with the best primary metric; undefined when none has it. */
export function bestVariant(
  variants: CommentVariant[],
  primary: string | null,
  better: (metric: string) => Direction = (metric) => metricDirection(metric),
): CommentVariant | undefined {
  if (!primary) return undefined;
  let best: CommentVariant | undefined;
  let bestValue = Number.NaN;
  for (const variant of variants) {
    const value = variant.head.model?.metrics[primary];
    if (value === undefined || !Number.isFinite(value)) continue;
    const wins =
      Number.isNaN(bestValue) || (better(primary) === "higher" ? value > bestValue : value < bestValue);
    if (wins) {
      best = variant;
      bestValue = value;
    }
  }
  return best;
}

function baseMetrics(model: ModelReport, baseModel: ModelReport | null): Record<string, number> | null {
  return baseModel ? baseModel.metrics : model.baseline;
}

function variantLabel(variant: CommentVariant): string {
  return variant.name ? `variant ${variant.name}` : "default variant";
}

function isSlice(metric: string): boolean {
  return /\[[^\]]*=[^\]]*\]$/.test(metric);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Numbers as people read them: integers whole, others to `digits` significant digits. */
function num(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(digits)));
}

function signed(delta: number): string {
  if (delta === 0) return "±0";
  return `${delta > 0 ? "+" : "−"}${num(Math.abs(delta))}`;
}

function relative(head: number, base: number): string {
  if (base === 0 || head === base) return "";
  // Rounded to 9 places first so float noise (0.91 − 0.8 = 0.10999…) does not flip the last digit.
  const pct = Math.round(((head - base) / Math.abs(base)) * 100 * 1e9) / 1e9;
  return ` (${pct > 0 ? "+" : "−"}${Math.abs(pct).toFixed(1)}%)`;
}

function quality(delta: number, direction: Direction): string {
  if (delta === 0) return "";
  return delta > 0 === (direction === "higher") ? "🟢" : "🔴";
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

/** A commit as inline code: seven hex digits, or the escaped text when it is not a SHA. */
function shortSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? `\`${sha.slice(0, 7)}\`` : code(sha, 12);
}

/** Inline code for untrusted text: <code> decodes the character references inlineText makes, a Markdown code span would show them raw. */
function code(text: string, max = MAX.cell): string {
  return `<code>${codeText(text, max)}</code>`;
}

/** Mermaid strings: only characters that cannot close the quote or the block. */
function mermaidText(text: string): string {
  return text.replace(/[^A-Za-z0-9_.\-=[\] /]/g, "_").slice(0, 60);
}

/** A link to a URL from GitHub's payload: http(s) only, with characters that would end the target encoded. */
function link(text: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return inlineText(text);
  const safe = url.replace(/[\s()<>[\]"'`]/g, (ch) => encodeURIComponent(ch));
  return `[${inlineText(text)}](${safe})`;
}
