export const id = 697;
export const ids = [697];
export const modules = {

/***/ 9609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wf: () => (/* binding */ MAX_SECTIONS),
  To: () => (/* binding */ MAX_SECTION_CHARS),
  hR: () => (/* binding */ renderImages),
  o7: () => (/* binding */ renderTeamSections)
});

// EXTERNAL MODULE: ./src/report/markdown/comment-text.ts
var comment_text = __webpack_require__(1879);
// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 39 modules
var lib = __webpack_require__(7391);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm/lib/index.js + 10 modules
var mdast_util_gfm_lib = __webpack_require__(844);
// EXTERNAL MODULE: ./node_modules/mdast-util-to-markdown/lib/index.js + 10 modules
var mdast_util_to_markdown_lib = __webpack_require__(1286);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm/index.js + 7 modules
var micromark_extension_gfm = __webpack_require__(2297);
// EXTERNAL MODULE: ./src/report/markdown/escape.ts
var markdown_escape = __webpack_require__(9587);
;// CONCATENATED MODULE: ./src/report/markdown/inert-markdown.ts





const RICH_BLOCKS = new Set(["mermaid", "geojson", "topojson", "stl", "math"]);
/** The Markdown, inert: safe to put in the comment as it is. */
function inertMarkdown(markdown) {
    const tree = (0,lib/* fromMarkdown */.Y)(markdown, { extensions: [(0,micromark_extension_gfm/* gfm */.T)()], mdastExtensions: [(0,mdast_util_gfm_lib/* gfmFromMarkdown */.C)()] });
    const definitions = new Map();
    visitDefinitions(tree, definitions);
    const clean = rewrite(tree, definitions);
    return (0,mdast_util_to_markdown_lib/* toMarkdown */.l)(clean, { extensions: [(0,mdast_util_gfm_lib/* gfmToMarkdown */.H)()], bullet: "-", fences: true }).trimEnd();
}
/** True for an https address on GitHub, which the comment may link. */
function isGitHubUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return false;
    }
    const host = parsed.hostname.toLowerCase();
    return (parsed.protocol === "https:" &&
        !parsed.username &&
        !parsed.password &&
        (host === "github.com" || host.endsWith(".githubusercontent.com")));
}
function visitDefinitions(node, into) {
    if (node.type === "definition")
        into.set(node.identifier, node.url);
    if ("children" in node)
        for (const child of node.children)
            visitDefinitions(child, into);
}
function inert_markdown_text(value) {
    return { type: "text", value: (0,markdown_escape/* unlinkable */.EM)(value) };
}
/** The node made inert; an array when a node becomes several (a link becomes its text and address). */
function rewrite(node, definitions, phrasing = false) {
    switch (node.type) {
        case "html":
            // Inline HTML is phrasing; at block level (its parent holds blocks) it needs a paragraph.
            return phrasing ? inert_markdown_text(node.value) : { type: "paragraph", children: [inert_markdown_text(node.value)] };
        case "text":
            return inert_markdown_text(node.value);
        case "definition":
            return [];
        case "link":
        case "linkReference": {
            const url = node.type === "link" ? node.url : (definitions.get(node.identifier) ?? "");
            const children = rewriteChildren(node, definitions);
            if (isGitHubUrl(url))
                return { type: "link", url, title: null, children };
            return url ? [...children, inert_markdown_text(` (${url})`)] : children;
        }
        case "image":
        case "imageReference": {
            const url = node.type === "image" ? node.url : (definitions.get(node.identifier) ?? "");
            if (isGitHubUrl(url))
                return { type: "image", url, title: null, alt: node.alt ?? "" };
            return inert_markdown_text(`${node.alt ? `${node.alt} ` : ""}(image${url ? `: ${url}` : ""})`);
        }
        case "code":
            return RICH_BLOCKS.has((node.lang ?? "").toLowerCase()) ? { ...node, lang: null, meta: null } : node;
        case "heading":
            return {
                ...node,
                depth: node.depth <= 2 ? 5 : 6,
                children: rewriteChildren(node, definitions),
            };
        case "listItem": {
            const children = rewriteChildren(node, definitions);
            if (node.checked === null || node.checked === undefined)
                return { ...node, children };
            const box = node.checked ? "☑ " : "☐ ";
            const [first, ...rest] = children;
            const boxed = first?.type === "paragraph"
                ? [{ ...first, children: [inert_markdown_text(box), ...first.children] }, ...rest]
                : [{ type: "paragraph", children: [inert_markdown_text(box)] }, ...children];
            return { ...node, checked: null, children: boxed };
        }
        case "footnoteReference":
            return inert_markdown_text(`[^${node.label ?? node.identifier}]`);
        case "footnoteDefinition":
            return [
                { type: "paragraph", children: [inert_markdown_text(`[^${node.label ?? node.identifier}]:`)] },
                ...rewriteChildren(node, definitions),
            ];
        default:
            if ("children" in node)
                return { ...node, children: rewriteChildren(node, definitions) };
            return node;
    }
}
const PHRASING_PARENTS = new Set([
    "paragraph",
    "heading",
    "emphasis",
    "strong",
    "delete",
    "link",
    "linkReference",
    "tableCell",
]);
function rewriteChildren(node, definitions) {
    const phrasing = PHRASING_PARENTS.has(node.type);
    return node.children.flatMap((child) => rewrite(child, definitions, phrasing));
}

;// CONCATENATED MODULE: ./src/report/markdown/comment-extras.ts


/** Per file, and files per comment: a report from outside may hold anything. */
const MAX_SECTION_CHARS = 20_000;
const MAX_SECTIONS = 10;
const MAX_IMAGES = 20;
function renderTeamSections(sections) {
    const all = sections ?? [];
    const shown = all.slice(0, MAX_SECTIONS).map((section) => {
        const markdown = section.markdown.slice(0, MAX_SECTION_CHARS);
        const cut = section.cut + (section.markdown.length - markdown.length);
        const parts = [`#### 📝 ${(0,comment_text/* code */.aY)(section.path, comment_text/* MAX */.Zu.name)}`, inertMarkdown(markdown)];
        if (cut > 0)
            parts.push(`<sub>… ${(0,comment_text/* plural */.LS)(cut, "more character")} of this file are in the report.</sub>`);
        return { title: section.path, text: parts.join("\n\n") };
    });
    if (all.length > shown.length) {
        const more = all.length - shown.length;
        shown.push({ title: "more sections", text: `${(0,comment_text/* plural */.LS)(more, "more included file")} in the report.` });
    }
    return shown;
}
function renderImages(images, runUrl) {
    const all = images ?? [];
    if (all.length === 0)
        return null;
    const lines = all
        .slice(0, MAX_IMAGES)
        .map((image) => `- ${(0,comment_text/* code */.aY)(image.path, comment_text/* MAX */.Zu.name)} (${formatKb(image.size_bytes)})`);
    if (all.length > MAX_IMAGES)
        lines.push(`- … and ${all.length - MAX_IMAGES} more`);
    const where = runUrl ? (0,comment_text/* link */.nf)("the run", runUrl) : "the run";
    return [
        "#### 🖼️ Images",
        `In the \`slipway-report\` artifact of ${where}, folder \`slipway-images/\`:`,
        lines.join("\n"),
    ].join("\n\n");
}
function formatKb(bytes) {
    return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
}


/***/ }),

/***/ 9019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EE: () => (/* reexport */ metricDirection),
  Am: () => (/* reexport */ pickPrimary),
  wQ: () => (/* binding */ renderComment)
});

// UNUSED EXPORTS: GITHUB_COMMENT_LIMIT, bestVariant, commentVerdict

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/mermaid-xychart.ts
/**
 * Mermaid `xychart-beta` source for a chart of lines (GitHub draws ```mermaid blocks). Pure: data
 * in, text out, for any part that charts numbers (the comment's plots and trend, the monitor's
 * history). The text goes inside a fenced code block, where GitHub links nothing; labels are still
 * cut to characters that cannot end a quoted Mermaid string, start a directive (%%) or an entity
 * (#), so report text cannot change the chart's code.
 */
/** The chart's Mermaid source, without the fence. */
function xyChart(chart) {
    const out = [];
    if (chart.colors && chart.colors.length > 0) {
        const palette = chart.colors.filter((color) => /^#[0-9a-f]{3,8}$/i.test(color)).join(", ");
        out.push(`%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`);
    }
    out.push("xychart-beta");
    if (chart.title)
        out.push(`  title "${mermaidLabel(chart.title)}"`);
    const xLabel = chart.x.label ? `"${mermaidLabel(chart.x.label)}" ` : "";
    if ("categories" in chart.x) {
        out.push(`  x-axis ${xLabel}[${chart.x.categories.map((c) => `"${mermaidLabel(c, 24)}"`).join(", ")}]`);
    }
    else {
        out.push(`  x-axis ${xLabel}${chartNumber(chart.x.min)} --> ${chartNumber(chart.x.max)}`);
    }
    if (chart.y) {
        const range = chart.y.min !== undefined && chart.y.max !== undefined
            ? ` ${chartNumber(chart.y.min)} --> ${chartNumber(chart.y.max)}`
            : "";
        out.push(`  y-axis ${chart.y.label ? `"${mermaidLabel(chart.y.label)}"` : '""'}${range}`);
    }
    for (const line of chart.lines)
        out.push(`  line [${line.values.map(chartNumber).join(", ")}]`);
    return out.join("\n");
}
/** Text for a quoted Mermaid label: letters, digits and a few marks; anything else becomes "_". */
function mermaidLabel(text, max = 60) {
    const safe = text.replace(/[^\p{L}\p{N}_.\-=[\] /:,()·+?!]/gu, "_");
    return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}
/** Chart data, not display: six significant digits as JavaScript writes numbers. */
function chartNumber(value) {
    return String(Number(value.toPrecision(6)));
}

// EXTERNAL MODULE: ./src/report/markdown/comment-extras.ts + 1 modules
var comment_extras = __webpack_require__(9609);
// EXTERNAL MODULE: ./src/report/diff-params.ts
var diff_params = __webpack_require__(458);
// EXTERNAL MODULE: ./src/report/model-summary.ts
var model_summary = __webpack_require__(5354);
// EXTERNAL MODULE: ./src/report/rule-state.ts
var rule_state = __webpack_require__(3734);
// EXTERNAL MODULE: ./src/report/markdown/comment-text.ts
var comment_text = __webpack_require__(1879);
// EXTERNAL MODULE: ./src/report/markdown/escape.ts
var markdown_escape = __webpack_require__(9587);
;// CONCATENATED MODULE: ./src/report/markdown/comment-model.ts
/**
 * The model part of the comment: `Metric | base | head | Δ | rule` against the base branch's stored
 * report (else the run's own baseline), slices folded apart, failing tests as code blocks, the
 * confusion matrix, and the params that changed.
 */






function renderModel(model, baseModel, title, base, better) {
    const baseline = baseMetrics(model, baseModel);
    const baseNote = baseModel
        ? `Base: ${base ? `${(0,comment_text/* code */.aY)(base.ref, comment_text/* MAX */.Zu.name)}${base.sha ? ` at ${(0,comment_text/* shortSha */.Fu)(base.sha)}` : ""}` : "the base branch"} (its stored Slipway report).`
        : model.baseline
            ? `Base: the run's own baseline${model.baseline_ref ? ` (${(0,comment_text/* code */.aY)(model.baseline_ref, comment_text/* MAX */.Zu.name)})` : ""}; no stored report of the base branch yet.`
            : "No baseline: the base branch has no Slipway report yet.";
    const names = (0,comment_text/* unique */.Am)([
        ...Object.keys(model.metrics),
        ...Object.keys(baseline ?? {}),
        ...model.rules.map((r) => r.metric),
    ]).filter((n) => !(0,comment_text/* isSlice */.Dz)(n));
    const rows = names.slice(0, comment_text/* MAX */.Zu.rows).map((metric) => metricRow(metric, model, baseline, better));
    const parts = [`#### ${(0,markdown_escape/* inlineText */.ln)(title, comment_text/* MAX */.Zu.name)}`, baseNote];
    if (rows.length === 0)
        parts.push("The model report has no metrics.");
    else {
        const metricTable = (0,markdown_escape/* table */.tp)(["Metric", "base", "head", "Δ", "rule"], rows, ["l", "r", "r", "r", "l"]);
        parts.push(rows.length > 15 ? (0,markdown_escape/* details */.zH)(`${rows.length} metrics`, metricTable, true) : metricTable);
    }
    if (names.length > comment_text/* MAX */.Zu.rows)
        parts.push(`${names.length - comment_text/* MAX */.Zu.rows} more metrics are in the report.`);
    const notes = model.notes ?? [];
    if (notes.length > 0) {
        const list = notes.slice(0, 10).map((note) => `- ${(0,markdown_escape/* inlineText */.ln)(note, 300)}`);
        if (notes.length > 10)
            list.push(`- … and ${notes.length - 10} more`);
        parts.push(list.join("\n"));
    }
    const confusion = model.confusion ? renderConfusion(model.confusion) : null;
    if (confusion)
        parts.push(confusion);
    return parts.join("\n\n");
}
/** sklearn's layout: rows are true labels, columns predicted. */
function renderConfusion(confusion) {
    const labels = confusion.labels.slice(0, 12);
    if (labels.length === 0)
        return null;
    const rows = labels.map((label, i) => [
        `**${(0,markdown_escape/* inlineText */.ln)(label, 30)}**`,
        ...labels.map((_, j) => (0,format/* formatNumber */.ZV)(confusion.matrix[i]?.[j])),
    ]);
    const cut = confusion.labels.length > labels.length
        ? `\n\nThe first ${labels.length} of ${confusion.labels.length} classes.`
        : "";
    const header = ["true ↓ / predicted →", ...labels.map((label) => (0,markdown_escape/* inlineText */.ln)(label, 30))];
    return (0,markdown_escape/* details */.zH)("Confusion matrix", (0,markdown_escape/* table */.tp)(header, rows, ["l", ...labels.map(() => "r")]) + cut);
}
function metricRow(metric, model, baseline, better) {
    const head = model.metrics[metric];
    const base = baseline?.[metric];
    const rules = model.rules.filter((rule) => rule.metric === metric).map(ruleText);
    return [
        (0,markdown_escape/* inlineText */.ln)(metric, comment_text/* MAX */.Zu.name),
        (0,format/* formatNumber */.ZV)(base),
        (0,format/* formatNumber */.ZV)(head),
        (0,comment_text/* changeText */.k0)(base, head, better(metric)),
        rules.join("<br>") || "",
    ];
}
/** "✅ min 0.85", "❌ max-drop 0.01", "⚪ max-drop 0.01 (not evaluated: no baseline)": never a tick for a rule nobody judged. */
function ruleText(rule) {
    const mark = { passed: "✅", failed: "❌", "not-evaluated": "⚪" }[(0,rule_state/* ruleState */.GA)(rule)];
    return `${mark} ${(0,markdown_escape/* inlineText */.ln)((0,model_summary/* describeRule */.IO)(rule), 120)}`;
}
function renderSlices(model, baseModel, better) {
    const baseline = baseMetrics(model, baseModel);
    const names = (0,comment_text/* unique */.Am)([...Object.keys(model.metrics), ...model.rules.map((r) => r.metric)]).filter(comment_text/* isSlice */.Dz);
    if (names.length === 0)
        return null;
    const rows = names.slice(0, comment_text/* MAX */.Zu.slices).map((metric) => metricRow(metric, model, baseline, better));
    const failed = model.rules.filter((rule) => (0,comment_text/* isSlice */.Dz)(rule.metric) && (0,rule_state/* ruleState */.GA)(rule) === "failed").length;
    const body = [(0,markdown_escape/* table */.tp)(["Metric", "base", "head", "Δ", "rule"], rows, ["l", "r", "r", "r", "l"])];
    if (names.length > comment_text/* MAX */.Zu.slices)
        body.push(`${names.length - comment_text/* MAX */.Zu.slices} more slice metrics are in the report.`);
    return (0,markdown_escape/* details */.zH)(`Slices: ${(0,comment_text/* plural */.LS)(names.length, "metric")}${failed > 0 ? `, ${(0,comment_text/* plural */.LS)(failed, "rule")} failed` : ""}`, body.join("\n\n"), failed > 0);
}
/** The counts, then each failing test's name and place and the runner's message as written, in a code block. */
function renderTests(model) {
    const { passed, failed, skipped, failures } = model.tests;
    if (passed + failed + skipped === 0)
        return null;
    const line = `**Tests:** ${passed} passed, ${failed} failed, ${skipped} skipped.`;
    if (failures.length === 0)
        return line;
    const body = failures
        .slice(0, 10)
        .map((failure) => {
        const place = failure.file && failure.line ? `${failure.file}:${failure.line}` : failure.file;
        return `**${(0,markdown_escape/* inlineText */.ln)(failure.name, 120)}**${place ? ` (${(0,markdown_escape/* inlineText */.ln)(place, 120)})` : ""}\n\n${(0,markdown_escape/* codeBlock */.DV)(failure.message, 1500)}`;
    })
        .join("\n\n");
    const more = failures.length > 10 ? `\n\n… and ${failures.length - 10} more failures.` : "";
    return `${line}\n\n${(0,markdown_escape/* details */.zH)(`${(0,comment_text/* plural */.LS)(failures.length, "failing test")}`, body + more)}`;
}
/**
 * The params that differ from the base branch's report, else from the run's own baseline; shown
 * whether or not there are metrics. With nothing to compare them with, they are only counted.
 */
function renderParams(model, baseModel) {
    const changes = baseModel ? (0,diff_params/* diffParams */.G)(model.params, baseModel.params) : (0,model_summary/* paramChanges */.Nj)(model);
    const count = Object.keys(model.params).length;
    if (changes === null) {
        return count > 0 ? `**Parameters:** ${count}, no baseline to compare them with.` : null;
    }
    const keys = (0,comment_text/* unique */.Am)([...Object.keys(model.params), ...changes.map((change) => change.name)]);
    if (changes.length === 0)
        return keys.length > 0 ? `**Parameters:** ${keys.length} unchanged.` : null;
    const value = (v) => (0,markdown_escape/* inlineText */.ln)((0,model_summary/* formatParam */.Nt)(v), comment_text/* MAX */.Zu.cell);
    const rows = changes
        .slice(0, comment_text/* MAX */.Zu.rows)
        .map((change) => [(0,markdown_escape/* inlineText */.ln)(change.name, comment_text/* MAX */.Zu.name), value(change.base), value(change.head)]);
    const more = changes.length > comment_text/* MAX */.Zu.rows ? `\n\n… and ${changes.length - comment_text/* MAX */.Zu.rows} more.` : "";
    return (0,markdown_escape/* details */.zH)(`Parameters: ${changes.length} changed of ${keys.length}`, (0,markdown_escape/* table */.tp)(["Parameter", "base", "head"], rows) + more, changes.length <= 5);
}
function baseMetrics(model, baseModel) {
    return baseModel ? baseModel.metrics : model.baseline;
}

;// CONCATENATED MODULE: ./src/report/markdown/comment-plots.ts
/**
 * The comment's plots: each of the head's `model.plots` series as a Mermaid line chart with the
 * base branch's series of the same id beside it — `dvc plots diff`, in the PR. xychart draws every
 * line over the same x positions, so two series measured at different x (two precision-recall
 * curves) are first put on one grid: with numeric x, evenly spaced points over both ranges,
 * linearly interpolated (a series is held at its end value past its own range, and the text says
 * so); with labels, the head's labels. Pure: plot series in, Markdown out.
 */



/** Grid points of a chart of numeric x; Mermaid draws a line through them. */
const PLOT_GRID = 25;
/** Charts in one comment; the rest are named. */
const MAX_COMMENT_PLOTS = 8;
const BASE_COLOUR = "#8c959f";
const HEAD_COLOUR = "#0969da";
function renderPlots(head, base, baseRef) {
    const shown = (head ?? []).filter((plot) => plot.points.length > 0);
    if (shown.length === 0)
        return null;
    const baseName = baseRef ? (0,comment_text/* code */.aY)(baseRef, comment_text/* MAX */.Zu.name) : "the base branch";
    const parts = ["#### Plots"];
    for (const plot of shown.slice(0, MAX_COMMENT_PLOTS)) {
        parts.push(renderPlot(plot, base?.find((other) => other.id === plot.id) ?? null, baseName));
    }
    if (shown.length > MAX_COMMENT_PLOTS) {
        const rest = shown.slice(MAX_COMMENT_PLOTS).map((plot) => (0,comment_text/* code */.aY)(plot.id, comment_text/* MAX */.Zu.name));
        parts.push(`${rest.length} more plots are in the report: ${rest.join(", ")}.`);
    }
    return parts.join("\n\n");
}
function renderPlot(head, base, baseName) {
    const usable = base && base.points.length > 0 ? base : null;
    const { axis, lines, notes } = alignSeries(head, usable);
    const chart = xyChart({
        title: head.title,
        x: axis,
        y: { label: head.y },
        lines: lines.map((values) => ({ values })),
        colors: lines.length > 1 ? [BASE_COLOUR, HEAD_COLOUR] : [HEAD_COLOUR],
    });
    const legend = lines.length > 1
        ? `grey: ${baseName}, blue: this pull request`
        : usable
            ? "blue: this pull request (the base series could not be put on the same axis)"
            : `blue: this pull request; ${baseName} has no such plot in its report`;
    const sampled = head.total > head.points.length ? ` · ${head.points.length} of ${head.total} points` : "";
    const lines_ = [
        `**${(0,markdown_escape/* inlineText */.ln)(head.title, comment_text/* MAX */.Zu.name)}** · ${(0,comment_text/* code */.aY)(head.id, comment_text/* MAX */.Zu.name)}${sampled} · ${legend}`,
        (0,markdown_escape/* codeBlock */.DV)(chart, 12000, "mermaid"),
    ];
    if (notes.length > 0)
        lines_.push(notes.map((note) => (0,markdown_escape/* inlineText */.ln)(note, 300)).join(" "));
    return lines_.join("\n\n");
}
function alignSeries(head, base) {
    const numeric = (plot) => plot.points.every(([x]) => typeof x === "number");
    if (numeric(head) && (!base || numeric(base)))
        return onGrid(head, base);
    // Labelled x: the head's labels; the base only when it has a value for every one of them.
    const labels = head.points.map(([x]) => String(x));
    const lines = [head.points.map(([, y]) => y)];
    const notes = [];
    if (base) {
        const byLabel = new Map(base.points.map(([x, y]) => [String(x), y]));
        const values = labels.map((label) => byLabel.get(label));
        if (values.every((value) => value !== undefined))
            lines.unshift(values);
        else
            notes.push(`The base series has other ${head.x} labels; only this pull request's is drawn.`);
    }
    return { axis: { label: head.x, categories: labels }, lines, notes };
}
function onGrid(head, base) {
    const curves = [base, head].filter((plot) => plot !== null).map(curveOf);
    const min = Math.min(...curves.map((c) => c.first.x));
    const max = Math.max(...curves.map((c) => c.last.x));
    const size = min === max ? 1 : PLOT_GRID;
    const grid = Array.from({ length: size }, (_, i) => size === 1 ? min : min + ((max - min) * i) / (size - 1));
    const notes = [];
    curves.forEach(({ first, last }, i) => {
        if (first.x > min || last.x < max) {
            const who = curves.length > 1 && i === 0 ? "The base series" : "This pull request's series";
            notes.push(`${who} covers ${head.x} ${comment_plots_short(first.x)}–${comment_plots_short(last.x)} only; it is held at its end values beyond.`);
        }
    });
    return {
        axis: { label: head.x, min, max },
        lines: curves.map((curve) => grid.map((x) => interpolate(curve, x))),
        notes,
    };
}
/** Points sorted by x, with the mean y where x repeats (a precision-recall curve has many). */
function curveOf(plot) {
    const sums = new Map();
    for (const [x, y] of plot.points) {
        const at = sums.get(x) ?? { sum: 0, n: 0 };
        at.sum += y;
        at.n += 1;
        sums.set(x, at);
    }
    const points = [...sums].sort(([a], [b]) => a - b).map(([x, { sum, n }]) => ({ x, y: sum / n }));
    const first = points[0];
    const last = points.at(-1);
    if (!first || !last) {
        throw new Error(`plot ${plot.id} has no points; only plots with points are drawn (renderPlots filters them)`);
    }
    return { points, first, last };
}
function interpolate({ points, first, last }, x) {
    if (x <= first.x)
        return first.y;
    if (x >= last.x)
        return last.y;
    // first.x < x < last.x: some point after the first is at or past x.
    let previous = first;
    for (const point of points) {
        if (point.x === x)
            return point.y;
        if (point.x > x) {
            const t = (x - previous.x) / (point.x - previous.x);
            return previous.y + t * (point.y - previous.y);
        }
        previous = point;
    }
    throw new Error(`x ${x} lies between the curve's ends ${first.x} and ${last.x} but no point reaches it`);
}
function comment_plots_short(value) {
    return String(Number(value.toPrecision(3)));
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/report/metric-direction.ts
var metric_direction = __webpack_require__(140);
;// CONCATENATED MODULE: ./src/report/markdown/comment-variants.ts
/**
 * Variants side by side (a matrix job's reports): the primary metric that ranks them, its
 * direction, the best variant (among those that passed), and the table that compares them — one
 * column per variant (at most 8), one row per metric, and one row per parameter whose value
 * differs between them, which is what tells the variants apart.
 */






function renderVariants(variants, best, primary, better) {
    const shown = variants.slice(0, comment_text/* MAX */.Zu.variants);
    const header = [
        "Metric",
        ...shown.map((v) => `${v === best ? "🏆 " : ""}${(0,markdown_escape/* inlineText */.ln)((0,comment_text/* variantLabel */._q)(v), 40)}`),
    ];
    const names = (0,comment_text/* unique */.Am)(shown.flatMap((v) => Object.keys(v.head.model?.metrics ?? {}))).filter((n) => !(0,comment_text/* isSlice */.Dz)(n));
    const ordered = primary && names.includes(primary) ? [primary, ...names.filter((n) => n !== primary)] : names;
    const rows = [["Result", ...shown.map((v) => (v.head.passed ? "✅ passed" : "❌ failed"))]];
    for (const metric of ordered.slice(0, comment_text/* MAX */.Zu.rows)) {
        const label = metric === primary
            ? `**${(0,markdown_escape/* inlineText */.ln)(metric, comment_text/* MAX */.Zu.name)}** (primary, ${better(metric)} is better)`
            : (0,markdown_escape/* inlineText */.ln)(metric, comment_text/* MAX */.Zu.name);
        rows.push([label, ...shown.map((v) => (0,format/* formatNumber */.ZV)(v.head.model?.metrics[metric]))]);
    }
    const params = differingParams(shown);
    for (const name of params.slice(0, comment_text/* MAX */.Zu.params)) {
        rows.push([
            `${(0,markdown_escape/* inlineText */.ln)(name, comment_text/* MAX */.Zu.name)} (param)`,
            ...shown.map((v) => (0,markdown_escape/* inlineText */.ln)((0,model_summary/* formatParam */.Nt)(v.head.model?.params[name]), comment_text/* MAX */.Zu.cell)),
        ]);
    }
    const notes = [];
    if (variants.length > shown.length)
        notes.push(`${variants.length - shown.length} more variants not shown.`);
    if (ordered.length > comment_text/* MAX */.Zu.rows)
        notes.push(`${ordered.length - comment_text/* MAX */.Zu.rows} more metrics not shown.`);
    if (params.length > comment_text/* MAX */.Zu.params)
        notes.push(`${(0,comment_text/* plural */.LS)(params.length - comment_text/* MAX */.Zu.params, "more parameter")} differ.`);
    if (best && primary)
        notes.push(`🏆 best by ${(0,markdown_escape/* inlineText */.ln)(primary, comment_text/* MAX */.Zu.name)} among the variants that passed.`);
    else if (primary && !variants.some((v) => v.head.passed))
        notes.push("No 🏆: no variant passed.");
    return [`#### Variants`, (0,markdown_escape/* table */.tp)(header, rows, ["l", ...shown.map(() => "r")]), notes.join(" ")]
        .filter(Boolean)
        .join("\n\n");
}
/**
 * The primary metric: from the app's config (default branch), else the one the report names, else
 * the first rule's, else the first metric; slices never.
 */
function pickPrimary(input) {
    if (input.primary)
        return input.primary;
    for (const variant of input.variants) {
        const model = variant.head.model;
        if (!model)
            continue;
        const metric = (model.primary && !(0,comment_text/* isSlice */.Dz)(model.primary) ? model.primary : undefined) ??
            model.rules.map((rule) => rule.metric).find((name) => !(0,comment_text/* isSlice */.Dz)(name)) ??
            Object.keys(model.metrics).find((name) => !(0,comment_text/* isSlice */.Dz)(name));
        if (metric)
            return metric;
    }
    return null;
}
/** Configured direction, else the report's, else read from the name (losses lower), else higher. */
function metricDirection(metric, configured, reported) {
    return configured ?? reported ?? (0,metric_direction/* defaultDirection */.H)(metric) ?? "higher";
}
/** The params whose values are not the same in every variant (missing counts as a value), sorted. */
function differingParams(variants) {
    const all = variants.map((v) => v.head.model?.params ?? {});
    const [first, ...rest] = all;
    if (!first)
        return [];
    const names = (0,comment_text/* unique */.Am)(all.flatMap((params) => Object.keys(params))).sort();
    return names.filter((name) => rest.some((params) => !(0,external_node_util_.isDeepStrictEqual)(params[name], first[name])));
}
/**
 * The variant with the best primary metric among those that passed: a variant that failed a rule
 * or a test is never "best". Undefined when no variant that passed has the metric.
 */
function bestVariant(variants, primary, better = (metric) => metricDirection(metric)) {
    if (!primary)
        return undefined;
    let best;
    let bestValue = Number.NaN;
    for (const variant of variants.filter((v) => v.head.passed)) {
        const value = variant.head.model?.metrics[primary];
        if (value === undefined || !Number.isFinite(value))
            continue;
        const wins = Number.isNaN(bestValue) || (better(primary) === "higher" ? value > bestValue : value < bestValue);
        if (wins) {
            best = variant;
            bestValue = value;
        }
    }
    return best;
}

// EXTERNAL MODULE: ./src/report/markdown/render-package.ts
var render_package = __webpack_require__(189);
;// CONCATENATED MODULE: ./src/report/markdown/comment-verdict.ts
/**
 * The comment's verdict: the check run's conclusion and title, and the line under the comment's
 * heading (result, primary metric against base, what passed).
 */






/**
 * The verdict fails closed: a report that could not be read (invalid, another version, too big)
 * means nothing was verified, so the check fails rather than pass as "neutral" — GitHub counts a
 * neutral check as passing where the check is required. Neutral is left for runs with no report.
 */
function commentVerdict(input) {
    const failed = input.variants.filter((variant) => !variant.head.passed);
    const [first] = failed;
    if (first) {
        const what = input.variants.length === 1
            ? ""
            : ` (${failed.length} of ${input.variants.length} variants; ${(0,comment_text/* variantLabel */._q)(first)})`;
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
            title: `Not verified: ${(0,comment_text/* plural */.LS)(n, "report")} could not be read`,
        };
    }
    if (input.variants.length === 0)
        return { kind: "empty", conclusion: "neutral", title: "No report" };
    // A rule nobody could judge is no pass: the title says so, even though nothing failed.
    const unjudged = (0,rule_state/* tallyRules */.Y5)(input.variants.flatMap((variant) => variant.head.model?.rules ?? []));
    const notes = [
        input.variants.length > 1 ? `${input.variants.length} variants` : "",
        unjudged.notEvaluated > 0
            ? `${(0,comment_text/* plural */.LS)(unjudged.notEvaluated, "rule")} not evaluated: ${unjudged.reasons.join(", ")}`
            : "",
    ].filter(Boolean);
    return {
        kind: "passed",
        conclusion: "success",
        title: `Passed${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`,
    };
}
function verdictLine(verdict, main, primary, better) {
    const parts = [];
    if (verdict.kind === "failed") {
        // The title names the first failed variant and its reasons.
        parts.push(`**Failed**`, (0,markdown_escape/* inlineText */.ln)(verdict.title.replace(/^Failed:? ?/, ""), 300));
    }
    else if (verdict.kind === "passed") {
        parts.push("**Passed**");
    }
    else {
        parts.push(`**${(0,markdown_escape/* inlineText */.ln)(verdict.title)}**`);
    }
    const model = main?.head.model;
    const value = primary ? model?.metrics[primary] : undefined;
    if (model && primary && value !== undefined) {
        const base = baseMetrics(model, main?.base?.model ?? null)?.[primary];
        const delta = base === undefined
            ? ""
            : ` (${(0,comment_text/* changeText */.k0)(base, value, better(primary), { percent: false }).replace(/^(\S+)/, "$1 vs base")})`;
        parts.push(`${(0,markdown_escape/* inlineText */.ln)(primary, comment_text/* MAX */.Zu.name)} **${(0,format/* formatNumber */.ZV)(value)}**${delta}`);
    }
    if (main && verdict.kind === "passed") {
        if (model && model.rules.length > 0)
            parts.push((0,markdown_escape/* inlineText */.ln)((0,rule_state/* rulesHeadline */.cD)(model.rules)));
        if (main.head.data.length > 0)
            parts.push(`${(0,comment_text/* plural */.LS)(main.head.data.length, "dataset")} valid`);
        if (model && model.tests.passed > 0)
            parts.push(`${(0,comment_text/* plural */.LS)(model.tests.passed, "test")} passed`);
        if (main.head.package)
            parts.push(`image ${(0,render_package/* formatBytes */.z)(main.head.package.size_bytes)}`);
    }
    return parts.join(" · ");
}
/** Plain-text reasons a report failed (escaped by the caller). */
function failureReasons(report) {
    const reasons = [];
    const failedRules = report.model?.rules.filter((rule) => (0,rule_state/* ruleState */.GA)(rule) === "failed") ?? [];
    if (failedRules.length > 0) {
        const shown = failedRules.slice(0, 3).map((rule) => {
            // Failed unjudged (model.require-baseline): the reason, not a value, is what failed it.
            const reason = (0,rule_state/* ruleReason */.JJ)(rule);
            const outcome = reason
                ? `${(0,rule_state/* describeReason */.Gk)(reason)} (model.require-baseline)`
                : (0,format/* formatNumber */.ZV)(rule.value);
            return `${rule.metric} ${rule.rule} ${(0,format/* formatNumber */.ZV)(rule.threshold)}: ${outcome}`;
        });
        const more = failedRules.length > 3 ? ` and ${failedRules.length - 3} more` : "";
        reasons.push(`rule${failedRules.length === 1 ? "" : "s"} failed: ${shown.join(", ")}${more}`);
    }
    if (report.model && report.model.tests.failed > 0)
        reasons.push(`${(0,comment_text/* plural */.LS)(report.model.tests.failed, "model test")} failed`);
    const invalid = report.data.filter((data) => !data.valid);
    if (invalid.length > 0) {
        reasons.push(`data invalid: ${invalid
            .slice(0, 3)
            .map((data) => data.dataset)
            .join(", ")}${invalid.length > 3 ? ` and ${invalid.length - 3} more` : ""}`);
    }
    if (report.package?.smoke && !report.package.smoke.passed)
        reasons.push("image smoke test failed");
    if (reasons.length === 0)
        reasons.push("the report says it did not pass");
    return reasons;
}

// EXTERNAL MODULE: ./src/report/markdown/render-data.ts
var render_data = __webpack_require__(7677);
;// CONCATENATED MODULE: ./src/report/markdown/render-comment.ts
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












/** GitHub refuses comment bodies over 65536 characters (check-run summaries: 65535). */
const GITHUB_COMMENT_LIMIT = 65536;
function renderComment(input) {
    const limit = input.limit ?? GITHUB_COMMENT_LIMIT;
    const verdict = commentVerdict(input);
    const primary = pickPrimary(input);
    const reported = input.variants.find((variant) => variant.head.model?.directions)?.head.model?.directions;
    const better = (metric) => metricDirection(metric, input.better?.[metric], reported?.[metric]);
    const best = bestVariant(input.variants, primary, better);
    const main = best ?? input.variants[0];
    const icon = { passed: "✅", failed: "❌", unverified: "⚠️", empty: "⚠️" }[verdict.kind];
    const head = [];
    if (input.marker)
        head.push(input.marker);
    head.push(`### ${icon} Slipway · ${(0,markdown_escape/* inlineText */.ln)(input.workflow, comment_text/* MAX */.Zu.name)}`);
    head.push(verdictLine(verdict, main, primary, better));
    if (input.unreadable.length > 0)
        head.push(renderUnreadable(input.unreadable));
    if (input.notices && input.notices.length > 0)
        head.push(renderNotices(input.notices));
    const sections = [];
    if (input.variants.length > 1) {
        sections.push({ title: "Variants", text: renderVariants(input.variants, best, primary, better) });
    }
    if (main) {
        const label = input.variants.length > 1 ? ` · ${(0,comment_text/* variantLabel */._q)(main)}` : "";
        if (main.head.model) {
            sections.push({
                title: "Model",
                text: renderModel(main.head.model, main.base?.model ?? null, `Model${label}`, input.base, better),
            });
            const slices = renderSlices(main.head.model, main.base?.model ?? null, better);
            if (slices)
                sections.push({ title: "Slices", text: slices });
            const plots = renderPlots(main.head.model.plots, main.base?.model?.plots, input.base?.ref ?? null);
            if (plots)
                sections.push({ title: "Plots", text: plots });
            const tests = renderTests(main.head.model);
            if (tests)
                sections.push({ title: "Tests", text: tests });
        }
        sections.push(...(0,comment_extras/* renderTeamSections */.o7)(main.head.sections));
        const images = (0,comment_extras/* renderImages */.hR)(main.head.images, input.run.url);
        if (images)
            sections.push({ title: "Images", text: images });
        if (main.head.data.length > 0)
            sections.push({ title: "Data", text: renderData(main.head.data, label) });
        const params = main.head.model ? renderParams(main.head.model, main.base?.model ?? null) : null;
        if (params)
            sections.push({ title: "Parameters", text: params });
        if (main.head.package) {
            sections.push({ title: "Image", text: renderImage(main.head.package, main.base?.package ?? null) });
        }
    }
    const trend = renderTrend(input, primary, main);
    if (trend)
        sections.push({ title: "Trend", text: trend });
    for (const other of input.variants.filter((variant) => variant !== main).slice(0, comment_text/* MAX */.Zu.other)) {
        sections.push({ title: (0,comment_text/* variantLabel */._q)(other), text: renderOtherVariant(other, input.base, better) });
    }
    const footer = renderFooter(input);
    return assemble(head, sections, footer, limit, input.run.url);
}
/** Adds sections in order while they fit; a section that does not is left out and named in the note. */
function assemble(head, sections, footer, limit, runUrl) {
    const join = (parts) => parts.join("\n\n");
    const full = join([...head, ...sections.map((s) => s.text), footer]);
    if (full.length <= limit)
        return full;
    const cut = [];
    const kept = [];
    const noteFor = (names) => `> ✂️ **Cut to fit GitHub's ${limit}-character limit.** Left out: ${names.map((n) => (0,markdown_escape/* inlineText */.ln)(n, comment_text/* MAX */.Zu.name)).join(", ")}. ` +
        `The full report is in the run's \`slipway-report\` artifacts (${(0,comment_text/* link */.nf)("the run", runUrl)}).`;
    // Reserve room for a note naming every section, the worst case.
    const reserve = noteFor(sections.map((s) => s.title)).length + 4;
    let used = join([...head, footer]).length + reserve;
    for (const section of sections) {
        if (used + section.text.length + 2 <= limit) {
            kept.push(section.text);
            used += section.text.length + 2;
        }
        else {
            cut.push(section.title);
        }
    }
    const result = join([...head, ...kept, noteFor(cut), footer]);
    if (result.length <= limit)
        return result;
    // Only reachable with a limit smaller than the bounded head: keep the verdict and the note.
    return join([
        head
            .slice(0, 3)
            .join("\n\n")
            .slice(0, Math.max(0, limit - reserve - 2)),
        noteFor(["everything"]),
    ]).slice(0, limit);
}
function renderUnreadable(unreadable) {
    const lines = unreadable
        .slice(0, 10)
        .map((item) => `> - ${(0,comment_text/* code */.aY)(item.artifact, comment_text/* MAX */.Zu.name)}: ${(0,markdown_escape/* inlineText */.ln)(item.message, 800)}`);
    if (unreadable.length > 10)
        lines.push(`> - … and ${unreadable.length - 10} more`);
    const n = unreadable.length;
    return [
        `> ⚠️ **${n} report${n === 1 ? "" : "s"} could not be read** and ${n === 1 ? "is" : "are"} not in this verdict:`,
        ...lines,
    ].join("\n");
}
function renderNotices(notices) {
    const lines = notices.slice(0, 10).map((notice) => `> - ${(0,markdown_escape/* inlineText */.ln)(notice, 400)}`);
    if (notices.length > 10)
        lines.push(`> - … and ${notices.length - 10} more`);
    return ["> ⚠️ **Settings**", ...lines].join("\n");
}
function renderData(datasets, label) {
    const shown = datasets.slice(0, comment_text/* MAX */.Zu.datasets);
    const rows = shown.map((data) => {
        const failedChecks = data.checks.filter((check) => !check.success).length;
        const drift = data.drift
            ? `${data.drift.drifted ? "⚠️ drifted" : "no drift"} (${(0,format/* formatShare */.T1)(data.drift.share)} of columns)`
            : "—";
        return [
            (0,markdown_escape/* inlineText */.ln)(data.dataset, comment_text/* MAX */.Zu.name),
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
        `#### Data${(0,markdown_escape/* inlineText */.ln)(label, comment_text/* MAX */.Zu.name)}`,
        (0,markdown_escape/* table */.tp)(["Dataset", "Rows", "Columns", "Checks", "Errors", "Drift", "Result"], rows, [
            "l",
            "r",
            "r",
            "l",
            "l",
            "l",
            "l",
        ]),
    ];
    for (const data of shown)
        parts.push(renderDatasetDetails(data));
    if (datasets.length > shown.length)
        parts.push(`${datasets.length - shown.length} more datasets are in the report.`);
    return parts.join("\n\n");
}
/** The data helper's rendering of one dataset (checks, errors, drift), folded; open when invalid. */
function renderDatasetDetails(data) {
    const problems = data.checks.filter((check) => !check.success).length + data.errors.length;
    const drift = data.drift ? `, drift ${(0,format/* formatShare */.T1)(data.drift.share)}` : "";
    const summary = `${data.dataset}: ${problems > 0 ? (0,comment_text/* plural */.LS)(problems, "problem") : "all checks passed"}${drift}`;
    const body = (0,render_data/* renderDataMarkdown */.g)(data);
    return (0,markdown_escape/* details */.zH)(summary, body, !data.valid);
}
/** The package helper's rendering of the image, and its size against the base branch's image. */
function renderImage(pkg, basePkg) {
    const parts = [(0,render_package/* renderPackageMarkdown */.Y)(pkg)];
    if (basePkg) {
        const delta = pkg.size_bytes - basePkg.size_bytes;
        parts.push(`Size against the base branch's image: ${delta >= 0 ? "+" : "−"}${(0,render_package/* formatBytes */.z)(Math.abs(delta))} (base ${(0,render_package/* formatBytes */.z)(basePkg.size_bytes)}).`);
    }
    return parts.join("\n\n");
}
function renderTrend(input, primary, main) {
    const points = (input.trend ?? []).filter((p) => Number.isFinite(p.value));
    const headValue = primary ? main?.head.model?.metrics[primary] : undefined;
    if (!primary || points.length === 0)
        return null;
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
        `#### Trend of ${(0,markdown_escape/* inlineText */.ln)(primary, comment_text/* MAX */.Zu.name)} (last ${points.length} commits on ${(0,comment_text/* code */.aY)(input.base?.ref ?? "base", comment_text/* MAX */.Zu.name)})`,
        (0,markdown_escape/* codeBlock */.DV)(chart, 8000, "mermaid"),
    ].join("\n\n");
}
function renderOtherVariant(variant, base, better) {
    const parts = [];
    if (variant.head.model)
        parts.push(renderModel(variant.head.model, variant.base?.model ?? null, "Model", base, better));
    const invalid = variant.head.data.filter((data) => !data.valid);
    if (invalid.length > 0)
        parts.push(renderData(invalid, ""));
    if (variant.head.package)
        parts.push(renderImage(variant.head.package, variant.base?.package ?? null));
    const result = variant.head.passed ? "passed" : `failed: ${failureReasons(variant.head).join("; ")}`;
    return (0,markdown_escape/* details */.zH)(`${(0,comment_text/* variantLabel */._q)(variant)}: ${result}`, parts.join("\n\n") || "Nothing more in this report.", !variant.head.passed);
}
function renderFooter(input) {
    const attempt = input.run.attempt > 1 ? `, attempt ${input.run.attempt}` : "";
    const base = input.base
        ? ` against ${(0,comment_text/* code */.aY)(input.base.ref, comment_text/* MAX */.Zu.name)}${input.base.sha ? ` at ${(0,comment_text/* shortSha */.Fu)(input.base.sha)}` : ""}`
        : "";
    return `<sub>${(0,comment_text/* link */.nf)(`Workflow run ${input.run.id}${attempt}`, input.run.url)} · head ${(0,comment_text/* shortSha */.Fu)(input.headSha)}${base} · updated by Slipway</sub>`;
}


/***/ }),

/***/ 4697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l9: () => (/* binding */ localCommentInput),
  $$: () => (/* binding */ renderLocalComment)
});

// UNUSED EXPORTS: LOCAL_WORKFLOW

// EXTERNAL MODULE: ./src/report/markdown/render-comment.ts + 5 modules
var render_comment = __webpack_require__(9019);
;// CONCATENATED MODULE: ./src/report/comment-input.ts

function commentInput(gathered) {
    const variants = gathered.heads.map(({ variant, report }) => ({
        name: variant || null,
        head: report,
        base: baseFor(variant, gathered.bases),
    }));
    const better = {};
    for (const [metric, rule] of Object.entries(gathered.config.model?.rules ?? {}))
        better[metric] = rule.better;
    const primary = (0,render_comment/* pickPrimary */.Am)({ primary: gathered.config.model?.primary ?? null, variants });
    const reported = variants.find((v) => v.head.model?.directions)?.head.model?.directions;
    const direction = primary ? (0,render_comment/* metricDirection */.EE)(primary, better[primary], reported?.[primary]) : "higher";
    const pull = gathered.pull;
    return {
        workflow: gathered.workflow,
        run: gathered.run,
        headSha: gathered.headSha,
        base: pull ? { ref: pull.baseRef, sha: pull.baseSha } : null,
        pullNumber: pull?.number ?? null,
        variants,
        unreadable: gathered.unreadable,
        primary,
        better,
        trend: primary
            ? trendPoints(gathered.history, primary, direction, variants.length > 1 ? null : (variants[0]?.name ?? ""))
            : [],
        notices: gathered.notices,
    };
}
/** The same variant on the base branch, else its default report, else its only one. */
function baseFor(variant, bases) {
    const match = bases.find((base) => base.variant === variant) ??
        bases.find((base) => base.variant === "") ??
        (bases.length === 1 ? bases[0] : undefined);
    return match?.report ?? null;
}
/**
 * One value per base-branch commit: the named variant's, else the best of that commit's variants
 * (what the "best" marker would have picked then). Commits without the metric are left out.
 */
function trendPoints(history, primary, direction, variant) {
    const byCommit = new Map();
    for (const row of history)
        byCommit.set(row.commit, [...(byCommit.get(row.commit) ?? []), row]);
    const points = [];
    for (const [commit, rows] of byCommit) {
        const values = rows
            .filter((row) => variant === null || row.variant === variant || rows.length === 1)
            .map((row) => row.metrics[primary])
            .filter((value) => typeof value === "number" && Number.isFinite(value));
        if (values.length === 0)
            continue;
        points.push({ commit, value: direction === "higher" ? Math.max(...values) : Math.min(...values) });
    }
    return points;
}

;// CONCATENATED MODULE: ./src/run/local-comment.ts


const LOCAL_WORKFLOW = "slipway run";
function localCommentInput(options) {
    const { report } = options;
    return commentInput({
        workflow: options.workflow ?? report.run?.workflow ?? LOCAL_WORKFLOW,
        run: report.run
            ? { url: report.run.url, id: report.run.id, attempt: report.run.attempt }
            : { url: "", id: 0, attempt: 1 },
        headSha: report.commit ?? "working tree",
        heads: [{ variant: options.variant ?? "", report }],
        unreadable: [],
        pull: options.baseRef ? { number: null, baseRef: options.baseRef, baseSha: null } : null,
        bases: [],
        history: [],
        config: options.config,
        notices: [...options.warnings],
    });
}
function renderLocalComment(options) {
    return (0,render_comment/* renderComment */.wQ)(localCommentInput(options));
}


/***/ })

};
