export const id = 930;
export const ids = [930];
export const modules = {

/***/ 2930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerDrift: () => (/* binding */ registerDrift)
/* harmony export */ });
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7601);
/* harmony import */ var _data_drift_drift_targets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1008);
/* harmony import */ var _data_duckdb_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1257);
/* harmony import */ var _report_markdown_render_drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4022);
/* harmony import */ var _report_text_render_drift_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1260);
/* harmony import */ var _dialect_flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3742);






const METHODS = _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .driftTestSchema */ .rG.options;
const registerDrift = (program, io, setExit) => {
    const command = program
        .command("drift")
        .description("Per-column data drift of current data against a reference (Evidently's tests and defaults).")
        .option("--reference <path>", "reference data file or glob (csv, tsv, parquet, jsonl, .gz)")
        .option("--current <path>", "current data file or glob")
        .option("--method <test>", `test for every column: ${METHODS.join(", ")} (default auto)`)
        .option("--threshold <number>", "p-value (ks, chi2, z) or distance threshold for every column")
        .option("--share <number>", "the dataset drifts when at least this share of columns drift (default 0.5)")
        .option("--dataset <name>", "a dataset of the config: its reference, path and drift settings")
        .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
        .option("--json", "print the drift report as JSON (a list of them for several datasets)")
        .option("--markdown", "print Markdown, as a job summary or PR comment shows it");
    (0,_dialect_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .addDialectFlags */ .Z)(command).action(async (options, command) => {
        const usage = (message) => command.error(`error: ${message}`, { exitCode: 2 });
        const method = options.method;
        if (method !== undefined && !METHODS.includes(method))
            usage(`--method must be one of ${METHODS.join(", ")}, not "${method}".`);
        const threshold = parseNumber(options.threshold, "--threshold", (n) => n > 0, "a number above 0", usage);
        const share = parseNumber(options.share, "--share", (n) => n >= 0 && n <= 1, "a number from 0 to 1", usage);
        const { targets, notices } = (0,_data_drift_drift_targets_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveDriftTargets */ .Q)({
            cwd: io.cwd,
            ...(options.reference ? { reference: options.reference } : {}),
            ...(options.current ? { current: options.current } : {}),
            ...(options.dataset ? { dataset: options.dataset } : {}),
            ...(options.config ? { config: options.config } : {}),
            ...(method ? { method: method } : {}),
            ...(threshold !== undefined ? { threshold } : {}),
            ...(share !== undefined ? { share } : {}),
            ...readFlags(options),
        });
        for (const notice of notices)
            io.stderr(`slipway: ${notice}\n`);
        const sql = await (0,_data_duckdb_js__WEBPACK_IMPORTED_MODULE_2__/* .openDuckDB */ .C)();
        let runs;
        try {
            runs = await (0,_data_drift_drift_targets_js__WEBPACK_IMPORTED_MODULE_1__/* .runDriftTargets */ .d)(sql, targets);
        }
        finally {
            sql.close();
        }
        for (const notice of runs.flatMap((run) => run.notices))
            io.stderr(`slipway: ${notice}\n`);
        const reports = runs.map((run) => run.report);
        if (options.json)
            io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
        else if (options.markdown)
            io.stdout(`${reports.map(_report_markdown_render_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .renderDriftMarkdown */ .b).join("\n\n")}\n`);
        else
            io.stdout(reports.map(_report_text_render_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .renderDriftText */ .j0).join("\n"));
        setExit(reports.some((report) => report.drifted) ? 1 : 0);
    });
};
/** The dialect flags, when any was given: they then apply to both sides of every comparison. */
function readFlags(options) {
    const { dialect, encoding } = (0,_dialect_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .readDialectFlags */ .u)(options);
    if (Object.keys(dialect).length === 0 && !encoding)
        return {};
    return { read: { dialect, ...(encoding ? { encoding } : {}) } };
}
function parseNumber(text, flag, valid, expected, usage) {
    if (text === undefined)
        return undefined;
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value) || !valid(value))
        usage(`${flag} must be ${expected}, not "${text}".`);
    return value;
}


/***/ }),

/***/ 3742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ addDialectFlags),
/* harmony export */   u: () => (/* binding */ readDialectFlags)
/* harmony export */ });
/* harmony import */ var _data_read_dialect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4543);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


function addDialectFlags(command) {
    return command
        .option("--delimiter <char>", "cell separator of CSV/text data (default: detected; \\t or tab for tabs)")
        .option("--header", "row 1 of the data is a header (default: detected)")
        .option("--no-header", "the data has no header row (names come from the schema, else field1, field2, …)")
        .option("--quote <char>", "quote character of CSV data (default \"; '' for none)")
        .option("--escape <char>", "escape character inside quotes (default: the quote, doubled)")
        .option("--comment <char>", "skip lines starting with this")
        .option("--skip-rows <n>", "lines to skip before the header or first row")
        .option("--whitespace-delimited", "cells separated by runs of spaces or tabs (numpy.savetxt)")
        .option("--decimal <char>", "decimal separator of numbers (default .)")
        .option("--encoding <name>", `text encoding: ${_data_read_dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .ENCODINGS */ .JC.join(", ")} (default utf-8)`);
}
/** The dialect and encoding the flags state (keys not given stay unset, to be detected). */
function readDialectFlags(flags) {
    const dialect = {};
    if (flags.delimiter !== undefined)
        dialect.delimiter = delimiterCharacter(flags.delimiter, "--delimiter");
    if (flags.header !== undefined)
        dialect.header = flags.header;
    if (flags.quote !== undefined)
        dialect.quote = flags.quote;
    if (flags.escape !== undefined)
        dialect.escape = flags.escape;
    if (flags.comment !== undefined)
        dialect.comment = flags.comment;
    if (flags.skipRows !== undefined) {
        const rows = Number(flags.skipRows);
        if (!Number.isInteger(rows) || rows < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz("--skip-rows", `must be a whole number, not "${flags.skipRows}".`);
        dialect["skip-rows"] = rows;
    }
    if (flags.whitespaceDelimited)
        dialect["whitespace-delimited"] = true;
    if (flags.decimal !== undefined)
        dialect.decimal = flags.decimal;
    if (flags.encoding === undefined)
        return { dialect };
    const encoding = flags.encoding
        .toLowerCase()
        .replace(/^utf8$/, "utf-8")
        .replace(/^latin1$/, "latin-1");
    if (!_data_read_dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .ENCODINGS */ .JC.includes(encoding))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz("--encoding", `must be one of ${_data_read_dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .ENCODINGS */ .JC.join(", ")}, not "${flags.encoding}".`);
    return { dialect, encoding: encoding };
}
function delimiterCharacter(value, flag) {
    const character = value === "\\t" || value.toLowerCase() === "tab" ? "\t" : value;
    if (character.length === 0 || character.length > 4)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(flag, `must be one to four characters, not "${value}".`);
    return character;
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
