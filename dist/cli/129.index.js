export const id = 129;
export const ids = [129];
export const modules = {

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerReport: () => (/* binding */ registerReport)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_load_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6943);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7601);
/* harmony import */ var _report_markdown_render_comment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9019);
/* harmony import */ var _report_report_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6757);
/* harmony import */ var _run_local_comment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4697);
/**
 * `slipway report render [REPORT…]`: a slipway-report.json (or several, one per model variant, as a
 * matrix uploads them) rendered as the pull-request comment the app would post — without the app's
 * stored base-branch report and trend. Reports are validated first, as the app does.
 */






const registerReport = (program, io) => {
    const report = program.command("report").description("Slipway reports (slipway-report.json).");
    report
        .command("render")
        .description("Render reports as the pull-request comment the app posts (several files: one per variant).")
        .argument("[reports...]", "report files; slipway-report-<variant>.json names a variant", [
        "slipway-report.json",
    ])
        .option("--config <path>", "config for the primary metric and directions (default: .github/slipway.yml if found)")
        .option("--json", "print the validated reports as JSON instead")
        .action((paths, options) => {
        const reports = paths.map((path) => ({ path, report: (0,_report_report_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readReportFile */ .$h)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, path)) }));
        if (options.json) {
            io.stdout(`${JSON.stringify(reports.map((r) => r.report), null, 2)}\n`);
            return;
        }
        const configFile = options.config ?? (0,_config_load_config_js__WEBPACK_IMPORTED_MODULE_1__/* .findConfig */ .u0)(io.cwd);
        const loaded = configFile ? (0,_config_load_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)({ cwd: io.cwd, path: configFile }) : null;
        const config = loaded?.config ?? _config_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .configSchema */ .Qn.parse({});
        // Commander gives the argument's default (slipway-report.json) when no path is named.
        const [first] = reports;
        if (!first)
            throw new Error("slipway report render was given no report path, not even the default");
        const input = (0,_run_local_comment_js__WEBPACK_IMPORTED_MODULE_5__/* .localCommentInput */ .l9)({
            report: first.report,
            config,
            warnings: loaded?.warnings ?? [],
        });
        if (reports.length > 1) {
            input.variants = reports.map(({ path, report }) => ({
                name: variantName(path),
                head: report,
                base: null,
            }));
        }
        io.stdout(`${(0,_report_markdown_render_comment_js__WEBPACK_IMPORTED_MODULE_3__/* .renderComment */ .wQ)(input)}\n`);
    });
};
/** "slipway-report-random_forest.json" → "random_forest"; any other file name is its own name. */
function variantName(path) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path).replace(/\.json$/, "");
    return name.startsWith("slipway-report-") ? name.slice("slipway-report-".length) : name;
}


/***/ }),

/***/ 458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ diffParams)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/** Params compared with the baseline's, as `dvc params diff` lists them: only what differs. */

function diffParams(head, base) {
    const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
    const changes = [];
    for (const name of names) {
        const inHead = Object.hasOwn(head, name);
        const inBase = Object.hasOwn(base, name);
        if (inHead && !inBase)
            changes.push({ name, change: "added", head: head[name] });
        else if (!inHead && inBase)
            changes.push({ name, change: "removed", base: base[name] });
        else if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(head[name], base[name])) {
            changes.push({ name, change: "changed", base: base[name], head: head[name] });
        }
    }
    return changes;
}


/***/ }),

/***/ 1879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ unique),
/* harmony export */   Dz: () => (/* binding */ isSlice),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Zu: () => (/* binding */ MAX),
/* harmony export */   _q: () => (/* binding */ variantLabel),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   k0: () => (/* binding */ changeText),
/* harmony export */   nf: () => (/* binding */ link)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9587);
/** Small pieces every part of the comment uses: limits, labels, and inert inline code and links. */


/** Caps on what one comment shows; the rest is counted, and the full report is in the run's artifacts. */
const MAX = {
    name: 80,
    cell: 60,
    rows: 60,
    slices: 150,
    checks: 30,
    datasets: 20,
    variants: 8,
    params: 20,
    other: 6,
};
function variantLabel(variant) {
    return variant.name ? `variant ${variant.name}` : "default variant";
}
function isSlice(metric) {
    return /\[[^\]]*=[^\]]*\]$/.test(metric);
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function unique(values) {
    return [...new Set(values)];
}
/**
 * The Δ cell: "+0.11 (+13.8%) 🟢", "−0.02 (−2.3%) 🔴", "±0" for a change too small to print (never
 * coloured), "—" with nothing to compare. `percent: false` for the verdict line's short form.
 */
function changeText(base, head, direction, options = {}) {
    if (base === null || base === undefined || head === null || head === undefined)
        return "—";
    const change = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .measureChange */ .BX)(base, head);
    const verdict = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .changeVerdict */ .mv)(change, direction);
    const mark = verdict === "better" ? " 🟢" : verdict === "worse" ? " 🔴" : "";
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChange */ .eD)(change, options)}${mark}`;
}
/** A commit as inline code: seven hex digits, or the escaped text when it is not a SHA. */
function shortSha(sha) {
    return /^[0-9a-f]{7,64}$/i.test(sha) ? `\`${sha.slice(0, 7)}\`` : code(sha, 12);
}
/** Inline code for untrusted text: <code> decodes the character references inlineText makes, a Markdown code span would show them raw. */
function code(text, max = MAX.cell) {
    return `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeText */ .ph)(text, max)}</code>`;
}
/** A link to a URL from GitHub's payload: http(s) only, with characters that would end the target encoded. */
function link(text, url) {
    if (!/^https?:\/\//i.test(url))
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(text);
    const safe = url.replace(/[\s()<>[\]"'`]/g, (ch) => encodeURIComponent(ch));
    return `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(text)}](${safe})`;
}


/***/ }),

/***/ 189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ renderPackageMarkdown),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9587);

function renderPackageMarkdown(report) {
    const smokeFailed = report.smoke !== null && !report.smoke.passed;
    const icon = smokeFailed ? "❌" : "✅";
    const layers = report.layers ?? [];
    const rows = [
        ["Tags", report.tags.map((tag) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(tag)).join("<br>") || "—"],
        ["Digest", report.digest ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(report.digest) : report.pushed ? "—" : "not pushed"],
        ["Size", `${formatBytes(report.size_bytes)}${layers.length ? ` in ${layers.length} layers` : ""}`],
    ];
    if (report.builder) {
        const took = report.build_seconds !== undefined ? ` (built in ${report.build_seconds.toFixed(1)} s)` : "";
        rows.push(["Builder", `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(report.builder)}${took}`]);
    }
    rows.push(["Smoke test", smokeCell(report)]);
    const out = [`#### ${icon} Image: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(report.image)}`, "", (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["", ""], rows)];
    const labels = Object.entries(report.labels);
    if (labels.length > 0) {
        out.push("", (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`${labels.length} labels`, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["Label", "Value"], labels.map(([key, value]) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(key), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(value, 400)]))));
    }
    if (layers.length > 0) {
        out.push("", (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`${layers.length} layers`, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["Size", "Created by"], layers.map((layer) => [formatBytes(layer.size_bytes), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(layer.created_by, 160)]), ["r", "l"])));
    }
    if (smokeFailed && report.smoke?.log) {
        out.push("", (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)("Container log", (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(report.smoke.log, 6000, "text"), true));
    }
    return out.join("\n");
}
function smokeCell(report) {
    if (!report.smoke)
        return "not run";
    const verdict = report.smoke.passed ? "✅ passed" : "❌ failed";
    const message = report.smoke.message ? ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(report.smoke.message, 600)}` : "";
    return `${verdict} in ${report.smoke.seconds.toFixed(1)} s${message}`;
}
/** 1536 → "1.5 KB" (powers of 1000, as docker image ls shows sizes). */
function formatBytes(bytes) {
    const units = ["B", "KB", "MB", "GB", "TB"];
    let value = bytes;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ defaultDirection)
/* harmony export */ });
const LOWER = new Set([
    "loss",
    "logloss",
    "error",
    "err",
    "mae",
    "mse",
    "rmse",
    "msle",
    "rmsle",
    "mape",
    "smape",
    "brier",
    "perplexity",
    "entropy",
    "latency",
    "fpr",
    "fnr",
    "wer",
    "cer",
    "deviance",
    "hamming",
    "median_ae",
]);
const HIGHER = new Set([
    "accuracy",
    "acc",
    "auc",
    "roc_auc",
    "f1",
    "fbeta",
    "precision",
    "recall",
    "r2",
    "tpr",
    "tnr",
    "specificity",
    "sensitivity",
    "map",
    "ndcg",
    "mrr",
    "bleu",
    "rouge",
    "iou",
    "dice",
    "jaccard",
    "kappa",
    "mcc",
    "score",
    "explained_variance",
]);
function defaultDirection(metric) {
    // The last dotted segment, without a slice suffix: "eval.loss[region=EU]" → "loss".
    const base = metric.replace(/\[.*\]$/, "");
    const leaf = (base.split(".").pop() ?? base).toLowerCase();
    if (LOWER.has(leaf))
        return "lower";
    if (HIGHER.has(leaf))
        return "higher";
    const tokens = leaf.split(/[_\-\s]+/).filter(Boolean);
    if (tokens[0] === "neg")
        return "higher";
    if (tokens.some((token) => LOWER.has(token)))
        return "lower";
    if (tokens.some((token) => HIGHER.has(token)))
        return "higher";
    return null;
}


/***/ }),

/***/ 5354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ baselineLine),
/* harmony export */   GJ: () => (/* binding */ modelCounts),
/* harmony export */   IN: () => (/* binding */ metricRows),
/* harmony export */   IO: () => (/* binding */ describeRule),
/* harmony export */   Nj: () => (/* binding */ paramChanges),
/* harmony export */   Nt: () => (/* binding */ formatParam),
/* harmony export */   lx: () => (/* binding */ paramRows),
/* harmony export */   uQ: () => (/* binding */ describeChange),
/* harmony export */   xJ: () => (/* binding */ modelVerdict)
/* harmony export */ });
/* unused harmony export MAIN_ROWS */
/* harmony import */ var _diff_params_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(458);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2011);
/* harmony import */ var _rule_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3734);
/**
 * Facts about a ModelReport that every rendering (terminal, Markdown) shows alike: the metric
 * rows of `Metric | base | head | Change | Rule` as `dvc metrics diff` lays them out, the params
 * that changed as `dvc params diff` lists them, and the verdict line. Numbers go through
 * format.ts, rule states through rule-state.ts.
 */



/** Rows beyond this go into a fold ("N more metrics"), so a report with many slices stays readable. */
const MAIN_ROWS = 40;
/**
 * Every metric of head and baseline. The main rows are the primary metric, metrics with rules (failed
 * first) and metrics that changed; the rest (unchanged, or nothing to compare) are `more`.
 */
function metricRows(report) {
    const names = [...new Set([...Object.keys(report.metrics), ...Object.keys(report.baseline ?? {})])];
    const rows = names.map((metric) => metricRow(report, metric));
    const changed = (row) => row.change !== null && row.change.direction !== "none";
    const rank = (row) => row.primary
        ? 0
        : row.rules.some((r) => (0,_rule_state_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleState */ .GA)(r) === "failed")
            ? 1
            : row.rules.length > 0
                ? 2
                : changed(row)
                    ? 3
                    : 4;
    const ordered = rows
        .map((row, index) => ({ row, index }))
        .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
        .map(({ row }) => row);
    // Without a baseline nothing "changed": every metric is news, so all are main rows (up to the cap).
    const important = (row) => rank(row) < 4 || report.baseline === null;
    const main = ordered.filter(important).slice(0, MAIN_ROWS);
    return { main, more: ordered.filter((row) => !main.includes(row)) };
}
function metricRow(report, metric) {
    const head = report.metrics[metric] ?? null;
    const base = report.baseline?.[metric] ?? null;
    const change = head !== null && base !== null ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .measureChange */ .BX)(base, head) : null;
    return {
        metric,
        primary: report.primary === metric,
        base,
        head,
        change,
        verdict: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .changeVerdict */ .mv)(change, report.directions?.[metric]),
        rules: report.rules.filter((rule) => rule.metric === metric),
    };
}
/**
 * The params that differ from the baseline's, with or without metrics to compare: the report's own
 * list, else (reports written before it) a diff of `params` and `params_baseline` when there was a
 * baseline to compare with. Null when there was none: every param would read as "added".
 */
function paramChanges(report) {
    if (report.params_changes !== undefined)
        return report.params_changes;
    const compared = report.baseline !== null || Object.keys(report.params_baseline).length > 0;
    return compared ? (0,_diff_params_js__WEBPACK_IMPORTED_MODULE_0__/* .diffParams */ .G)(report.params, report.params_baseline) : null;
}
/** The params diff's rows; none when there was nothing to compare with. */
function paramRows(report) {
    return paramChanges(report) ?? [];
}
/** "+0.012 (+1.4%) better", "±0", "new", "removed" — the Change column. */
function describeChange(row) {
    if (row.head === null)
        return "removed";
    if (row.base === null)
        return "new";
    const word = row.verdict ? ` ${row.verdict}` : "";
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatChange */ .eD)(row.change)}${word}`;
}
/**
 * "min 0.8", "max-drop 0.01", "max-rise 5%"; a rule judged without its values says why:
 * "max-drop 0.01 (not evaluated: no baseline)", "max-drop 0.01 (no baseline; model.require-baseline)".
 */
function describeRule(rule) {
    const relative = rule.rule.endsWith("%");
    const name = relative ? rule.rule.slice(0, -1) : rule.rule;
    const text = `${name} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatNumber */ .ZV)(rule.threshold)}${relative ? "%" : ""}`;
    const reason = (0,_rule_state_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleReason */ .JJ)(rule);
    if ((0,_rule_state_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleState */ .GA)(rule) === "not-evaluated")
        return `${text} (not evaluated: ${(0,_rule_state_js__WEBPACK_IMPORTED_MODULE_1__/* .describeReason */ .Gk)(reason ?? "unknown")})`;
    return reason ? `${text} (${(0,_rule_state_js__WEBPACK_IMPORTED_MODULE_1__/* .describeReason */ .Gk)(reason)}; model.require-baseline)` : text;
}
/** "passed — 3 rules met, 12 tests passed" / "failed — 1 of 3 rules failed, 1 not evaluated: no baseline, …". */
function modelVerdict(report) {
    return `${report.passed ? "passed" : "failed"} — ${modelCounts(report)}`;
}
/** The verdict's counts without its passed/failed (for a line that says that already): "3 rules met, 12 tests passed, 4 metrics". */
function modelCounts(report) {
    const { passed, failed, skipped } = report.tests;
    const total = passed + failed + skipped;
    const parts = [];
    const rules = (0,_rule_state_js__WEBPACK_IMPORTED_MODULE_1__/* .rulesHeadline */ .cD)(report.rules);
    if (rules)
        parts.push(rules);
    if (total > 0) {
        const skippedText = skipped > 0 ? `, ${skipped} skipped` : "";
        parts.push(failed > 0
            ? `${failed} of ${total} tests failed${skippedText}`
            : `${passed} tests passed${skippedText}`);
    }
    parts.push(`${Object.keys(report.metrics).length} metrics`);
    return parts.join(", ");
}
function formatParam(value) {
    if (value === undefined)
        return "—";
    return typeof value === "string" ? value : JSON.stringify(value);
}
/** "Compared with origin/main" or "No baseline: compared with nothing". */
function baselineLine(report) {
    if (report.baseline === null)
        return "No baseline: compared with nothing.";
    return report.baseline_ref ? `Compared with ${report.baseline_ref}.` : "Compared with the baseline.";
}


/***/ }),

/***/ 3734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ ruleState),
/* harmony export */   Gk: () => (/* binding */ describeReason),
/* harmony export */   JJ: () => (/* binding */ ruleReason),
/* harmony export */   Y5: () => (/* binding */ tallyRules),
/* harmony export */   cD: () => (/* binding */ rulesHeadline)
/* harmony export */ });
const STATES = new Set(["passed", "failed", "not-evaluated"]);
const REASONS = {
    "no-baseline": "no baseline",
    "not-in-baseline": "not in the baseline",
    "metric-missing": "metric missing",
};
function ruleState(rule) {
    if (rule.state !== undefined && STATES.has(rule.state))
        return rule.state;
    if (rule.passed && isChangeRule(rule) && (rule.baseline ?? null) === null)
        return "not-evaluated";
    return rule.passed ? "passed" : "failed";
}
/** The reason code of a rule judged without its values (not evaluated, or failed for want of a baseline). */
function ruleReason(rule) {
    if (rule.reason)
        return rule.reason;
    return rule.state === undefined && ruleState(rule) === "not-evaluated" ? "no-baseline" : null;
}
/** "no baseline", "not in the baseline"; a reason this version does not know, as written. */
function describeReason(reason) {
    return REASONS[reason] ?? reason.replace(/-/g, " ");
}
function tallyRules(rules) {
    const tally = { passed: 0, failed: 0, notEvaluated: 0, reasons: [] };
    for (const rule of rules) {
        const state = ruleState(rule);
        if (state === "passed")
            tally.passed++;
        else if (state === "failed")
            tally.failed++;
        else {
            tally.notEvaluated++;
            const reason = describeReason(ruleReason(rule) ?? "unknown");
            if (!tally.reasons.includes(reason))
                tally.reasons.push(reason);
        }
    }
    return tally;
}
/** "3 rules met", "2 rules met, 1 not evaluated: no baseline", "1 of 3 rules failed, 1 not evaluated: …"; "" without rules. */
function rulesHeadline(rules) {
    if (rules.length === 0)
        return "";
    const tally = tallyRules(rules);
    const judged = tally.failed > 0
        ? `${tally.failed} of ${rules.length} rules failed`
        : `${tally.passed} rule${tally.passed === 1 ? "" : "s"} met`;
    const unjudged = tally.notEvaluated > 0 ? `, ${tally.notEvaluated} not evaluated: ${tally.reasons.join(", ")}` : "";
    return `${judged}${unjudged}`;
}
function isChangeRule(rule) {
    return /^max-(drop|rise)%?$/.test(rule.rule);
}


/***/ })

};
