export const id = 777;
export const ids = [777];
export const modules = {

/***/ 4737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ checksFailuresFirst),
/* harmony export */   Ge: () => (/* binding */ describeExpected),
/* harmony export */   SS: () => (/* binding */ describeOutcome),
/* harmony export */   qZ: () => (/* binding */ dataVerdict),
/* harmony export */   tT: () => (/* binding */ describeSamples)
/* harmony export */ });
/* unused harmony export formatNumber */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
/** Facts about a DataReport that every rendering (terminal, Markdown, annotations) shows alike. */

/** Failed checks first (most unexpected first), then the passed ones in schema order. */
function checksFailuresFirst(checks) {
    const failed = checks
        .filter((check) => !check.success)
        .sort((a, b) => b.unexpected_percent - a.unexpected_percent);
    return [...failed, ...checks.filter((check) => check.success)];
}
function dataVerdict(report) {
    const failed = report.checks.filter((check) => !check.success).length;
    const parts = [`${report.rows.toLocaleString("en-US")} rows`, `${report.columns} columns`];
    const problems = [
        failed > 0
            ? `${failed} of ${report.checks.length} checks failed`
            : `${report.checks.length} checks passed`,
        ...(report.errors.length > 0
            ? [`${report.errors.length} structural error${report.errors.length === 1 ? "" : "s"}`]
            : []),
    ];
    return `${report.valid ? "valid" : "invalid"} — ${parts.join(", ")}; ${problems.join(", ")}`;
}
/** "≥ 0", "in [1, 3]", "matches ^a+$" — what a check expected, in words. */
function describeExpected(check) {
    const e = check.expected;
    switch (check.check) {
        case "type":
            return `is ${String(e)}`;
        case "required":
            return "not null";
        case "unique":
            return "unique";
        case "primaryKey":
            return "unique, non-null key";
        case "duplicate_rows":
            return "no duplicate rows";
        case "foreignKey": {
            const reference = e.reference;
            return `found in ${reference?.resource || "this table"} (${(reference?.fields ?? []).join(", ")})`;
        }
        case "minimum":
            return `≥ ${String(e)}`;
        case "maximum":
            return `≤ ${String(e)}`;
        case "exclusiveMinimum":
            return `> ${String(e)}`;
        case "exclusiveMaximum":
            return `< ${String(e)}`;
        case "minLength":
            return `length ≥ ${String(e)}`;
        case "maxLength":
            return `length ≤ ${String(e)}`;
        case "pattern":
            return `matches ${String(e)}`;
        case "enum":
            return `one of ${e.map(String).join(", ")}`;
        case "freshness":
            return `newer than ${String(e.max_age)}`;
        case "null_fraction":
            return `null share ≤ ${String(e.max)}`;
        default:
            return describeBounds(check.check, e);
    }
}
function describeBounds(name, bounds) {
    const label = bounds.quantile !== undefined ? `q${bounds.quantile}` : name;
    if (bounds.min !== undefined && bounds.max !== undefined)
        return `${label} in [${bounds.min}, ${bounds.max}]`;
    if (bounds.min !== undefined)
        return `${label} ≥ ${bounds.min}`;
    return `${label} ≤ ${bounds.max}`;
}
/** "12 (2.1%)" for counted checks; the observed value for aggregate ones. */
function describeOutcome(check) {
    if (check.observed !== undefined)
        return `observed ${formatNumber(check.observed)}`;
    if (check.unexpected_count === 0)
        return "0";
    return `${check.unexpected_count.toLocaleString("en-US")} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(check.unexpected_percent)})`;
}
function formatNumber(value) {
    if (typeof value !== "number")
        return String(value);
    if (Number.isInteger(value))
        return value.toLocaleString("en-US");
    return String(Number(value.toPrecision(6)));
}
function describeSamples(check, max = 5) {
    if (check.samples.length === 0)
        return "";
    const shown = check.samples.slice(0, max).map((sample) => {
        const where = sample.file ? `${sample.file}:${sample.row}` : `row ${sample.row}`;
        const repeats = sample.repeat_of !== undefined ? ` (repeats row ${sample.repeat_of})` : "";
        return `${where}: ${sample.value === null ? "(empty)" : JSON.stringify(sample.value)}${repeats}`;
    });
    const more = check.unexpected_count - Math.min(max, check.samples.length);
    return shown.join("; ") + (more > 0 ? `; … ${more.toLocaleString("en-US")} more` : "");
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ measureChange),
/* harmony export */   T1: () => (/* binding */ formatShare),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   eD: () => (/* binding */ formatChange),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   mv: () => (/* binding */ changeVerdict)
/* harmony export */ });
/**
 * Numbers as every rendering prints them (terminal, job summary, PR comment): metric values,
 * signed changes between two values, and percents. One place, so the value a reader sees and
 * the change printed beside it can never disagree:
 *
 * - a value keeps 4 significant digits (integers whole, ≥ 1000 one decimal, tiny ones as 1.23e-5);
 * - a change is "±0" when both values print alike, or when it is float noise (under 1e-12 of the
 *   values): `0.04165 → 0.04165` is never `+6.939e-18`;
 * - otherwise its sign and its percent come from the same difference, so they always agree.
 */
/** Significant digits of a metric value. */
const DIGITS = 4;
/** A difference this small against the values is floating-point noise, whatever is printed. */
const NOISE = 1e-12;
/** "0.8612", "12", "1234.6", "1.23e-5", "—" for no value, "NaN", "∞". */
function formatNumber(value, digits = DIGITS) {
    if (value === null || value === undefined)
        return "—";
    if (Number.isNaN(value))
        return "NaN";
    if (!Number.isFinite(value))
        return value > 0 ? "∞" : "-∞";
    if (Number.isInteger(value))
        return String(value);
    const abs = Math.abs(value);
    if (abs >= 10 ** (digits - 1))
        return String(Number(value.toFixed(1)));
    if (abs < 1e-4)
        return exponential(value, digits - 1);
    return String(Number(value.toPrecision(digits)));
}
/** A share in percent (0–100): "12.5%", "<0.1%" for a share too small to show, "0%". */
function formatPercent(percent) {
    if (percent > 0 && percent < 0.1)
        return "<0.1%";
    return `${Number(percent.toFixed(1))}%`;
}
/** A share as a fraction (0–1), in percent. */
function formatShare(share) {
    return formatPercent(share * 100);
}
/** The change from base to head; null when either is not a finite number (nothing to compare). */
function measureChange(base, head) {
    if (!Number.isFinite(base) || !Number.isFinite(head))
        return null;
    const delta = head - base;
    const scale = Math.max(Math.abs(base), Math.abs(head));
    if (delta === 0 || Math.abs(delta) <= scale * NOISE || formatNumber(base) === formatNumber(head)) {
        return { delta, direction: "none", percent: null };
    }
    const percent = base === 0 ? null : (delta / Math.abs(base)) * 100;
    return { delta, direction: delta > 0 ? "up" : "down", percent };
}
/** "+0.02 (+2.5%)", "−0.003", "±0"; "—" when there is nothing to compare. `percent: false`: "+0.02". */
function formatChange(change, options = {}) {
    if (change === null)
        return "—";
    if (change.direction === "none")
        return "±0";
    const sign = change.direction === "up" ? "+" : "−";
    const amount = `${sign}${formatNumber(Math.abs(change.delta))}`;
    if (change.percent === null || options.percent === false)
        return amount;
    return `${amount} (${sign}${percentMagnitude(change.percent)})`;
}
/** Whether a change is an improvement, given which way is better; null when there is no change. */
function changeVerdict(change, better) {
    if (!change || change.direction === "none" || !better)
        return null;
    return (change.direction === "up") === (better === "higher") ? "better" : "worse";
}
/**
 * |percent| to one decimal ("13.8%"); below 0.1% to two significant digits, so a real change never
 * prints as "0.0%". Rounded to 12 digits first: 0.91 − 0.8 is 0.10999…, and 13.75% is 13.8%.
 */
function percentMagnitude(percent) {
    const abs = Number(Math.abs(percent).toPrecision(12));
    if (abs >= 0.1)
        return `${abs.toFixed(1)}%`;
    return `${abs < 1e-4 ? exponential(abs, 2) : String(Number(abs.toPrecision(2)))}%`;
}
/** "1.23e-5", trailing zeros of the mantissa dropped ("6e-6", not "6.00e-6"). */
function exponential(value, significant) {
    const [mantissa, exponent] = value.toExponential(significant - 1).split("e");
    return `${String(Number(mantissa))}e${Number(exponent)}`;
}


/***/ }),

/***/ 9587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   EM: () => (/* binding */ unlinkable),
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   ph: () => (/* binding */ codeText),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/**
 * Report content can come from a fork's pull request: untrusted. Everything we put into Markdown
 * goes through here first, so names and values cannot break a table, inject HTML, images or links,
 * or blow up the comment's size — and cannot make GitHub link anything either. GitHub renders a
 * comment with cmark-gfm (its autolink extension links `www.` and `scheme://` addresses and e-mail
 * addresses), then links mentions (`@name`, `@org/team`), references (`#123`, `owner/repo#123`,
 * `GH-123`) and commit SHAs in the resulting text. Character references survive only the first
 * step (they are text by the second), so the second is stopped by a zero-width joiner (U+200D,
 * invisible) placed where those patterns need a character: after every `@` and `#`, between `GH`
 * and `-`, inside `www.` and `://`, and after every sixth digit of a run of hex digits (a SHA
 * needs seven in a row).
 */
const DEFAULT_MAX = 200;
const JOINER = "\u200d";
/** Text for a Markdown table cell or inline position: inert and bounded. */
function inlineText(value, max = DEFAULT_MAX) {
    return references(unlinkable(bounded(value, max)));
}
/**
 * The zero-width joiners alone, for text that is already Markdown-safe (a text node the team's
 * Markdown serialiser escapes itself): nothing GitHub or cmark-gfm would link is left whole.
 */
function unlinkable(text) {
    return (autolinks(text)
        // GitHub's links after rendering: mentions, references, SHAs.
        .replace(/#/g, `#${JOINER}`)
        .replace(/\b(gh)-/gi, `$1${JOINER}-`)
        .replace(/[0-9a-f]{7,}/gi, (run) => run.replace(/[0-9a-f]{6}(?=[0-9a-f])/gi, `$&${JOINER}`)));
}
/**
 * Text inside `<code>…</code>`. GitHub links no mention, reference or SHA in a code element, so
 * those are left whole — an identifier (a digest, an image tag, a delivery id) copies exactly as
 * shown. cmark-gfm's autolinks are made before that, inside raw `<code>` too, so they are broken.
 */
function codeText(value, max = DEFAULT_MAX) {
    return references(autolinks(bounded(value, max)));
}
/** cmark-gfm's autolink extension: `www.`, `scheme://` and e-mail addresses (and the @ of a mention). */
function autolinks(text) {
    return text
        .replace(/@/g, `@${JOINER}`)
        .replace(/(www)\./gi, `$1${JOINER}.`)
        .replace(/:\/\//g, `:${JOINER}//`);
}
function bounded(value, max) {
    const text = String(value ?? "").replace(/[\r\n\t]+/g, " ");
    return text.length > max ? `${cut(text, max - 1)}…` : text;
}
/** Markdown and HTML syntax characters become character references GitHub renders literally. */
function references(text) {
    return text.replace(/[\\`*_{}[\]()<>#+!|~&"'=:]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
/**
 * Text in a fenced code block, shown exactly as written: the fence is one backtick longer than the
 * longest run of backticks inside (CommonMark: a fence closes only on a run at least as long), so
 * nothing in the text can close it, and nothing inside is escaped — character references, HTML,
 * @mentions and links stay literal text in a code block.
 */
function codeBlock(text, max = 4000, language = "") {
    const body = text.length > max ? `${cut(text, max)}\n… (${text.length - max} more characters cut)` : text;
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${body}\n${fence}`;
}
/** The first `max` UTF-16 units, without splitting a surrogate pair (an emoji cut in half). */
function cut(text, max) {
    const code = text.charCodeAt(max - 1);
    return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
/** A Markdown table from a header and rows whose cells are already escaped. */
function table(header, rows, align) {
    const rule = header.map((_, i) => ({ l: ":--", r: "--:", c: ":-:" })[align?.[i] ?? "l"]);
    const line = (cells) => `| ${cells.join(" | ")} |`;
    return [line(header), line(rule), ...rows.map(line)].join("\n");
}
/** A folded section; the summary is escaped, the body is trusted Markdown built by us. */
function details(summary, body, open = false) {
    return `<details${open ? " open" : ""}><summary>${inlineText(summary)}</summary>\n\n${body}\n\n</details>`;
}


/***/ }),

/***/ 7677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ renderDataMarkdown)
/* harmony export */ });
/* harmony import */ var _data_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4737);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9587);
/* harmony import */ var _render_drift_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4022);
/**
 * A DataReport as Markdown, for job summaries and the PR comment. Every value from the data or the
 * schema is untrusted (a fork's PR can put anything in a CSV) and goes through escape.ts.
 */



function renderDataMarkdown(report) {
    const icon = report.valid ? "✅" : "❌";
    const out = [
        `#### ${icon} Data: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(report.dataset)}`,
        "",
        `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(report.path)}</code> — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)((0,_data_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .dataVerdict */ .qZ)(report))}`,
    ];
    const ordered = (0,_data_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .checksFailuresFirst */ .Bb)(report.checks);
    const failed = ordered.filter((check) => !check.success);
    const passed = ordered.filter((check) => check.success);
    const checkTable = (checks) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(["", "Check", "Expected", "Unexpected", "Failing rows"], checks.map((check) => [
        check.success ? "✓" : "✗",
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(check.id),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)((0,_data_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .describeExpected */ .Ge)(check)),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)((0,_data_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .describeOutcome */ .SS)(check)),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)((0,_data_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSamples */ .tT)(check, 3), 300),
    ]));
    if (failed.length > 0)
        out.push("", checkTable(failed));
    if (passed.length > 0)
        out.push("", (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`${passed.length} checks passed`, checkTable(passed)));
    if (report.errors.length > 0) {
        const rows = report.errors
            .slice(0, 30)
            .map((error) => [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(error.kind),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(error.column ?? ""),
            error.row !== undefined ? String(error.row) : "",
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(error.message, 300),
        ]);
        const more = report.errors.length > 30 ? `\n\n… and ${report.errors.length - 30} more errors.` : "";
        out.push("", (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`${report.errors.length} structural errors`, (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(["Error", "Column", "Row", "Detail"], rows) + more, true));
    }
    // Warnings come from the repository's schema file, a fork can edit it: escaped and capped like the rest.
    const warnings = report.warnings ?? [];
    if (warnings.length > 0) {
        const list = warnings.slice(0, 10).map((warning) => `- ⚠️ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(warning, 300)}`);
        if (warnings.length > 10)
            list.push(`- … and ${warnings.length - 10} more warnings.`);
        out.push("", list.join("\n"));
    }
    if (report.drift)
        out.push("", (0,_render_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .renderDriftMarkdown */ .b)(report.drift));
    return out.join("\n");
}


/***/ }),

/***/ 4022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderDriftMarkdown)
/* harmony export */ });
/* harmony import */ var _text_render_drift_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9587);
/**
 * A DriftReport as Markdown (job summary, PR comment, `slipway drift --markdown`). Column names and
 * paths come from the data, so from a fork possibly: every one goes through escape.ts.
 */


/** Rows beyond this are summarised; drifted columns come first, so they are the ones shown. */
const MAX_ROWS = 100;
function renderDriftMarkdown(drift) {
    const icon = drift.drifted ? "⚠️" : "✅";
    const current = drift.current ? ` of <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(drift.current)}</code>` : "";
    const out = [
        `#### ${icon} Drift${current} against <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(drift.reference)}</code>`,
        "",
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)((0,_text_render_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .driftVerdict */ .Zk)(drift)),
    ];
    const columns = (0,_text_render_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .driftedFirst */ .nz)(drift.columns);
    if (columns.length > 0) {
        const shown = columns.slice(0, MAX_ROWS);
        const withNotes = shown.some((column) => column.note);
        const rows = shown.map((column) => {
            const cells = [
                column.drifted ? "⚠️" : "✓",
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(column.column),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(column.kind ?? ""),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(_text_render_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIFT_TEST_NAMES */ .s0[column.test]),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)((0,_text_render_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .formatStatistic */ .Q7)(column.statistic)),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)((0,_text_render_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPValue */ .td)(column.p_value)),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)((0,_text_render_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .describeThreshold */ .d9)(column)),
            ];
            return withNotes ? [...cells, (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(column.note ?? "", 300)] : cells;
        });
        const header = ["", "Column", "Kind", "Test", "Statistic", "p-value", "Drift when"];
        const align = ["c", "l", "l", "l", "r", "r", "l"];
        out.push("", (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(withNotes ? [...header, "Note"] : header, rows, withNotes ? [...align, "l"] : align));
        const hidden = columns.length - shown.length;
        if (hidden > 0) {
            const hiddenDrifted = columns.slice(MAX_ROWS).filter((column) => column.drifted).length;
            out.push("", `… and ${hidden} more columns (${hiddenDrifted} drifted).`);
        }
    }
    const skipped = drift.not_compared ?? [];
    if (skipped.length > 0) {
        const rows = skipped
            .slice(0, MAX_ROWS)
            .map((column) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(column.column), (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(column.detail, 300)]);
        const more = skipped.length > MAX_ROWS ? `\n\n… and ${skipped.length - MAX_ROWS} more.` : "";
        out.push("", (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`${skipped.length} ${skipped.length === 1 ? "column" : "columns"} not compared`, (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(["Column", "Why"], rows) + more));
    }
    return out.join("\n");
}


/***/ }),

/***/ 3930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _O: () => (/* binding */ emptyReport),
/* harmony export */   bp: () => (/* binding */ mergeReport)
/* harmony export */ });
/* unused harmony export reportPassed */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2563);
/**
 * Every step writes its part into one slipway-report.json. Merging is pure: a data report replaces
 * the one of the same dataset, model and package replace theirs, and `passed` is recomputed from
 * the parts that ran.
 */

function emptyReport(meta = {}) {
    return {
        schema: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA */ .DC,
        commit: meta.commit ?? null,
        ref: meta.ref ?? null,
        repository: meta.repository ?? null,
        run: meta.run ?? null,
        passed: true,
        data: [],
        model: null,
        package: null,
    };
}
function mergeReport(base, part) {
    const data = [...base.data];
    for (const incoming of part.data ?? []) {
        const at = data.findIndex((existing) => existing.dataset === incoming.dataset);
        if (at >= 0)
            data[at] = incoming;
        else
            data.push(incoming);
    }
    const meta = Object.fromEntries(Object.entries(part.meta ?? {}).filter(([, value]) => value != null));
    const merged = {
        ...base,
        ...meta,
        data,
        model: part.model ?? base.model,
        package: part.package ?? base.package,
    };
    if (part.sections)
        merged.sections = part.sections;
    if (part.images)
        merged.images = part.images;
    return { ...merged, passed: reportPassed(merged) };
}
function reportPassed(report) {
    return (report.data.every((data) => data.valid) &&
        (report.model?.passed ?? true) &&
        (report.package?.smoke?.passed ?? true));
}


/***/ }),

/***/ 6757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ readReportFile),
/* harmony export */   aS: () => (/* binding */ writeReportFile),
/* harmony export */   nF: () => (/* binding */ DEFAULT_REPORT_PATH),
/* harmony export */   nS: () => (/* binding */ writeReportPart)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _merge_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3930);
/* harmony import */ var _report_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9268);
/** Reads and writes slipway-report.json, merging each step's part into what earlier steps wrote. */





const DEFAULT_REPORT_PATH = "slipway-report.json";
function readReportFile(path) {
    let parsed;
    try {
        parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "utf8"));
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(path, "is not a readable JSON report. Delete it or pass another --report path.", {}, { cause });
    }
    const result = (0,_report_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReport */ .M)(parsed, path);
    if (!result.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(path, result.detail);
    return result.report;
}
/** Merges `part` into the report at `path` (created when absent) and returns the result. */
function writeReportPart(path, part, meta = {}) {
    const base = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? readReportFile(path) : (0,_merge_report_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyReport */ ._O)(meta);
    const report = (0,_merge_report_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeReport */ .bp)(base, { ...part, meta: { ...meta, ...part.meta } });
    writeReportFile(path, report);
    return report;
}
/** Writes `report` as the whole file (a caller that keeps the report in memory, as `slipway run` does). */
function writeReportFile(path, report) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, `${JSON.stringify(report, null, 2)}\n`);
}


/***/ }),

/***/ 9268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseReport)
/* harmony export */ });
/* unused harmony export MAX_REPORT_DEPTH */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2563);

function failure(kind, source, detail) {
    return { ok: false, kind, message: `${source} ${detail}`, detail };
}
const VERSIONED = /^slipway\/report@(.+)$/;
const MAX_ISSUES = 8;
/**
 * Limits on the JSON itself, checked before the schema: a report deeper than this cannot be
 * written back out (JSON.stringify recurses, and overflows the stack near 10,000 levels) and no
 * Slipway writer nests past a dozen; a NUL character cannot be stored (PostgreSQL's jsonb refuses
 * \u0000) and has no business in a report.
 */
const MAX_REPORT_DEPTH = 64;
/**
 * Checks parsed JSON against slipway/report@1. `source` names where it came from (an artifact and
 * file) and starts every message. Messages hold report content (key paths): render them escaped.
 */
function parseReport(raw, source) {
    const schema = raw !== null && typeof raw === "object" && !Array.isArray(raw)
        ? raw.schema
        : undefined;
    if (typeof schema !== "string" || !VERSIONED.test(schema)) {
        const got = schema === undefined ? 'no "schema" field' : `"schema": ${preview(schema)}`;
        return failure("not-a-report", source, `is not a Slipway report (${got}; expected "${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA */ .DC}").`);
    }
    if (schema !== _types_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA */ .DC) {
        return failure("unknown-version", source, `uses the report format "${schema}", which this Slipway app does not know ` +
            `(it reads "${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA */ .DC}"). Update the app, or pin the workflow's Slipway steps to a ` +
            "release that writes the version the app reads.");
    }
    const limit = jsonLimitProblem(raw);
    if (limit)
        return failure("invalid", source, `is not a readable report: ${limit}.`);
    const result = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .reportSchema */ .Qh.safeParse(raw);
    if (result.success)
        return { ok: true, report: result.data };
    const issues = result.error.issues;
    const lines = issues
        .slice(0, MAX_ISSUES)
        .map((issue) => `${formatPath(issue.path)}: ${describe(issue, raw)}`);
    if (issues.length > MAX_ISSUES)
        lines.push(`… and ${issues.length - MAX_ISSUES} more problems`);
    return failure("invalid", source, `is not a valid ${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA */ .DC} report: ${lines.join("; ")}.`);
}
/** The first value past MAX_REPORT_DEPTH or string holding a NUL, walked without recursion; null when none. */
function jsonLimitProblem(raw) {
    const stack = [{ value: raw, path: [] }];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        const { value, path } = next;
        if (typeof value === "string") {
            if (value.includes("\u0000"))
                return `${formatPath(path)} holds a NUL character (\\u0000), which a report may not contain`;
            continue;
        }
        if (value === null || typeof value !== "object")
            continue;
        if (path.length >= MAX_REPORT_DEPTH) {
            return `${formatPath(path.slice(0, 4))}… nests values more than ${MAX_REPORT_DEPTH} levels deep; reports are read up to ${MAX_REPORT_DEPTH}`;
        }
        const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
        for (const [key, child] of entries) {
            if (typeof key === "string" && key.includes("\u0000"))
                return `a key in ${formatPath(path)} holds a NUL character (\\u0000), which a report may not contain`;
            stack.push({ value: child, path: [...path, key] });
        }
    }
    return null;
}
function describe(issue, raw) {
    const value = valueAt(raw, issue.path);
    if (issue.code === "invalid_type") {
        const got = value === undefined ? "nothing (the field is missing)" : preview(value);
        return `expected ${issue.expected}, got ${got}`;
    }
    if (issue.code === "invalid_value" && "values" in issue) {
        return `${preview(value)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    }
    return `${issue.message} (got ${preview(value)})`;
}
function formatPath(path) {
    if (path.length === 0)
        return "(the report)";
    return path
        .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
        .join("");
}
function valueAt(raw, path) {
    let node = raw;
    for (const key of path) {
        if (node === null || typeof node !== "object")
            return undefined;
        node = node[key];
    }
    return node;
}
function preview(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}


/***/ }),

/***/ 1260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q7: () => (/* binding */ formatStatistic),
/* harmony export */   Zk: () => (/* binding */ driftVerdict),
/* harmony export */   d9: () => (/* binding */ describeThreshold),
/* harmony export */   j0: () => (/* binding */ renderDriftText),
/* harmony export */   nz: () => (/* binding */ driftedFirst),
/* harmony export */   s0: () => (/* binding */ DRIFT_TEST_NAMES),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
/* harmony import */ var _text_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3540);
/**
 * A DriftReport for the terminal: the verdict, one row per compared column (drifted first), then the
 * columns not compared and the notes. The wording helpers are shared with the Markdown rendering.
 */


const DRIFT_TEST_NAMES = {
    ks: "Kolmogorov–Smirnov",
    chi2: "chi-square",
    z: "z-test (proportions)",
    psi: "PSI",
    wasserstein: "Wasserstein (normed)",
    jensenshannon: "Jensen–Shannon",
    linf: "L-infinity",
};
/** "3 of 10 columns drifted (30%); the dataset drifts at ≥ 50%: no dataset drift". */
function driftVerdict(drift) {
    const drifted = drift.columns.filter((c) => c.drifted).length;
    const share = `${drifted} of ${drift.columns.length} columns drifted (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShare */ .T1)(drift.share)})`;
    const rule = drift.threshold === undefined ? "" : `; the dataset drifts at ≥ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShare */ .T1)(drift.threshold)}`;
    if (drift.columns.length === 0)
        return "no column could be compared";
    return `${share}${rule}: ${drift.drifted ? "dataset drift" : "no dataset drift"}`;
}
/** Drifted columns first, otherwise in the data's order. */
function driftedFirst(columns) {
    return [...columns].sort((a, b) => Number(b.drifted) - Number(a.drifted));
}
/** The rule a column was held to: p ≤ / p < for p-value tests (as Evidently), ≥ for distances. */
function describeThreshold(column) {
    if (column.test === "ks")
        return `p ≤ ${column.threshold}`;
    if (column.test === "chi2" || column.test === "z")
        return `p < ${column.threshold}`;
    return `≥ ${column.threshold}`;
}
function formatStatistic(value) {
    // A chi-square statistic with categories the reference lacks is infinite; the report holds the largest double.
    if (value === Number.MAX_VALUE || !Number.isFinite(value))
        return "∞";
    return formatNumber(value);
}
function formatPValue(value) {
    if (value === undefined)
        return "";
    if (value === 0)
        return "0";
    return value < 1e-4 ? value.toExponential(1) : formatNumber(value);
}
function formatNumber(value) {
    if (value === 0)
        return "0";
    const magnitude = Math.abs(value);
    if (magnitude >= 1e6 || magnitude < 1e-4)
        return value.toExponential(3);
    return String(Number(value.toPrecision(4)));
}
function renderDriftText(drift) {
    const against = drift.current
        ? `${drift.current} against ${drift.reference}`
        : `against ${drift.reference}`;
    const lines = [`${(0,_text_table_js__WEBPACK_IMPORTED_MODULE_1__/* .mark */ .G)(!drift.drifted)} Drift ${against}: ${driftVerdict(drift)}`];
    if (drift.columns.length > 0) {
        const rows = driftedFirst(drift.columns).map((column) => [
            (0,_text_table_js__WEBPACK_IMPORTED_MODULE_1__/* .mark */ .G)(!column.drifted),
            column.column,
            column.kind ?? "",
            DRIFT_TEST_NAMES[column.test],
            formatStatistic(column.statistic),
            formatPValue(column.p_value),
            describeThreshold(column),
        ]);
        lines.push("", (0,_text_table_js__WEBPACK_IMPORTED_MODULE_1__/* .textTable */ .e)(["", "Column", "Kind", "Test", "Statistic", "p-value", "Drift when"], rows, [
            "l",
            "l",
            "l",
            "l",
            "r",
            "r",
            "l",
        ]));
    }
    const notes = drift.columns.filter((column) => column.note);
    if (notes.length > 0) {
        lines.push("", "Notes:");
        for (const column of notes)
            lines.push(`  ${column.column}: ${column.note}`);
    }
    const skipped = drift.not_compared ?? [];
    if (skipped.length > 0) {
        lines.push("", "Not compared:");
        for (const column of skipped)
            lines.push(`  ${column.column}: ${column.detail}`);
    }
    return `${lines.join("\n")}\n`;
}


/***/ }),

/***/ 3540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ mark),
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
function textTable(header, rows, align = []) {
    const widths = header.map((title, i) => Math.max(width(title), ...rows.map((row) => width(row[i] ?? ""))));
    const line = (cells) => cells
        .map((cell, i) => {
        // A cell past the header's columns has no column width to fill, so it is left as it is.
        const target = pad(cell, widths[i] ?? 0);
        return align[i] === "r" ? cell.padStart(target) : cell.padEnd(target);
    })
        .join("  ")
        .trimEnd();
    const rule = widths.map((w) => "─".repeat(w)).join("  ");
    return [line(header), rule, ...rows.map(line)].join("\n");
}
/** ✓ or ✗ — the one mark every report uses for pass/fail. */
function mark(passed) {
    return passed ? "✓" : "✗";
}
function width(text) {
    return [...text].length;
}
function pad(text, target) {
    return target + (text.length - width(text));
}


/***/ })

};
