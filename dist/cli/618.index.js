export const id = 618;
export const ids = [618];
export const modules = {

/***/ 2618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerTestModel: () => (/* binding */ registerTestModel)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load-config.ts
var load_config = __webpack_require__(6943);
// EXTERNAL MODULE: ./src/config/schema.ts + 1 modules
var schema = __webpack_require__(7601);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model/baseline/choose-baseline.ts
var choose_baseline = __webpack_require__(8242);
// EXTERNAL MODULE: ./src/model/baseline/git-files.ts
var git_files = __webpack_require__(2127);
// EXTERNAL MODULE: ./src/model/commands/run-shell.ts
var run_shell = __webpack_require__(4662);
// EXTERNAL MODULE: ./src/model/files/model-files.ts
var model_files = __webpack_require__(9030);
// EXTERNAL MODULE: ./src/model/prediction-metrics-seam.ts + 12 modules
var prediction_metrics_seam = __webpack_require__(5654);
// EXTERNAL MODULE: ./src/model/test-model.ts + 13 modules
var test_model = __webpack_require__(8482);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/model-summary.ts
var model_summary = __webpack_require__(5354);
// EXTERNAL MODULE: ./src/report/rule-state.ts
var rule_state = __webpack_require__(3734);
// EXTERNAL MODULE: ./src/report/markdown/comment-text.ts
var comment_text = __webpack_require__(1879);
// EXTERNAL MODULE: ./src/report/markdown/escape.ts
var markdown_escape = __webpack_require__(9587);
;// CONCATENATED MODULE: ./src/report/markdown/render-model.ts
/**
 * A ModelReport as Markdown, for the job summary and the PR comment: the verdict, then
 * `Metric | base | head | Change | Rule` as `dvc metrics diff` shows it with a rule column, the
 * params that changed, the failing tests, and what was compared with what. Every name and message
 * can come from a fork's PR and goes through escape.ts.
 */





const MAX_FAILURES = 30;
const MAX_PARAMS = 50;
function renderModelMarkdown(model) {
    const out = [`#### ${model.passed ? "✅" : "❌"} Model`, "", (0,markdown_escape/* inlineText */.ln)((0,model_summary/* modelVerdict */.xJ)(model))];
    // The ref (a branch or a SHA) in <code>: copyable as written, and GitHub links no SHA inside it.
    out.push("", model.baseline !== null && model.baseline_ref
        ? `Compared with ${(0,comment_text/* code */.aY)(model.baseline_ref, 64)}.`
        : (0,markdown_escape/* inlineText */.ln)((0,model_summary/* baselineLine */.G)(model)));
    const { main, more } = (0,model_summary/* metricRows */.IN)(model);
    if (main.length > 0)
        out.push("", metricTable(main));
    if (more.length > 0)
        out.push("", (0,markdown_escape/* details */.zH)(`${more.length} more metrics`, metricTable(more)));
    const params = (0,model_summary/* paramRows */.lx)(model);
    if (params.length > 0) {
        const rows = params
            .slice(0, MAX_PARAMS)
            .map((p) => [
            (0,markdown_escape/* inlineText */.ln)(p.name),
            (0,markdown_escape/* inlineText */.ln)((0,model_summary/* formatParam */.Nt)(p.base)),
            (0,markdown_escape/* inlineText */.ln)((0,model_summary/* formatParam */.Nt)(p.head)),
            p.change,
        ]);
        const cut = params.length > MAX_PARAMS ? `\n\n… and ${params.length - MAX_PARAMS} more.` : "";
        out.push("", (0,markdown_escape/* details */.zH)(`${params.length} params changed`, (0,markdown_escape/* table */.tp)(["Param", "base", "head", "Change"], rows) + cut, true));
    }
    if (model.tests.failures.length > 0) {
        const shown = model.tests.failures.slice(0, MAX_FAILURES).map(renderFailure);
        const cut = model.tests.failures.length > MAX_FAILURES
            ? [`… and ${model.tests.failures.length - MAX_FAILURES} more.`]
            : [];
        out.push("", `**Failing tests (${model.tests.failed})**`, "", [...shown, ...cut].join("\n\n"));
    }
    if (model.confusion && model.confusion.labels.length <= 20) {
        const { labels, matrix } = model.confusion;
        const rows = matrix.map((counts, i) => [`**${(0,markdown_escape/* inlineText */.ln)(labels[i])}**`, ...counts.map(String)]);
        const header = ["true ↓ / predicted →", ...labels.map((label) => (0,markdown_escape/* inlineText */.ln)(label))];
        out.push("", (0,markdown_escape/* details */.zH)("Confusion matrix", (0,markdown_escape/* table */.tp)(header, rows, ["l", ...labels.map(() => "r")])));
    }
    const notes = model.notes ?? [];
    if (notes.length > 0)
        out.push("", notes.map((note) => `- ${(0,markdown_escape/* inlineText */.ln)(note, 400)}`).join("\n"));
    return out.join("\n");
}
function metricTable(rows) {
    return (0,markdown_escape/* table */.tp)(["Metric", "base", "head", "Change", "Rule"], rows.map((row) => [
        row.primary ? `**${(0,markdown_escape/* inlineText */.ln)(row.metric)}** (primary)` : (0,markdown_escape/* inlineText */.ln)(row.metric),
        (0,format/* formatNumber */.ZV)(row.base),
        (0,format/* formatNumber */.ZV)(row.head),
        (0,markdown_escape/* inlineText */.ln)((0,model_summary/* describeChange */.uQ)(row)),
        row.rules.map((rule) => `${ruleMark(rule)} ${(0,markdown_escape/* inlineText */.ln)((0,model_summary/* describeRule */.IO)(rule))}`).join(" · "),
    ]), ["l", "r", "r", "r", "l"]);
}
/** ✓ met, ✗ failed, ⚪ not evaluated (never a tick: nothing was checked). */
function ruleMark(rule) {
    return { passed: "✓", failed: "✗", "not-evaluated": "⚪" }[(0,rule_state/* ruleState */.GA)(rule)];
}
/** The test's name and place, then the runner's message exactly as it wrote it, in a code block. */
function renderFailure(failure) {
    const where = failure.file
        ? ` (${(0,markdown_escape/* inlineText */.ln)(failure.line ? `${failure.file}:${failure.line}` : failure.file)})`
        : "";
    return `✗ **${(0,markdown_escape/* inlineText */.ln)(failure.name)}**${where}\n\n${(0,markdown_escape/* codeBlock */.DV)(failure.message, 1500)}`;
}

// EXTERNAL MODULE: ./src/report/report-file.ts
var report_file = __webpack_require__(6757);
// EXTERNAL MODULE: ./src/report/text/text-table.ts
var text_table = __webpack_require__(3540);
;// CONCATENATED MODULE: ./src/report/text/render-model.ts
/** A ModelReport for the terminal: verdict, the metric table with rules, changed params, failing tests, notes. */




function renderModelText(model) {
    const lines = [`${(0,text_table/* mark */.G)(model.passed)} model: ${(0,model_summary/* modelVerdict */.xJ)(model)}`, (0,model_summary/* baselineLine */.G)(model)];
    const { main, more } = (0,model_summary/* metricRows */.IN)(model);
    const rows = [...main, ...more];
    if (rows.length > 0) {
        lines.push("", (0,text_table/* textTable */.e)(["Metric", "base", "head", "Change", "Rule"], rows.map((row) => [
            row.primary ? `${row.metric} (primary)` : row.metric,
            (0,format/* formatNumber */.ZV)(row.base),
            (0,format/* formatNumber */.ZV)(row.head),
            (0,model_summary/* describeChange */.uQ)(row),
            row.rules.map((rule) => `${render_model_ruleMark(rule)} ${(0,model_summary/* describeRule */.IO)(rule)}`).join("  "),
        ]), ["l", "r", "r", "r", "l"]));
    }
    const params = (0,model_summary/* paramRows */.lx)(model);
    if (params.length > 0) {
        lines.push("", "Params changed:", (0,text_table/* textTable */.e)(["Param", "base", "head", "Change"], params.map((p) => [p.name, (0,model_summary/* formatParam */.Nt)(p.base), (0,model_summary/* formatParam */.Nt)(p.head), p.change])));
    }
    if (model.tests.failures.length > 0) {
        lines.push("", `Failing tests (${model.tests.failed}):`);
        for (const failure of model.tests.failures)
            lines.push(...failureLines(failure));
    }
    if (model.confusion) {
        const { labels, matrix } = model.confusion;
        lines.push("", "Confusion matrix (rows: true, columns: predicted):", (0,text_table/* textTable */.e)(["", ...labels], matrix.map((counts, i) => [labels[i] ?? "", ...counts.map(String)]), ["l", ...labels.map(() => "r")]));
    }
    for (const note of model.notes ?? [])
        lines.push(`Note: ${note}`);
    return `${lines.join("\n")}\n`;
}
/** ✓ met, ✗ failed, ○ not evaluated. */
function render_model_ruleMark(rule) {
    const state = (0,rule_state/* ruleState */.GA)(rule);
    return state === "not-evaluated" ? "○" : (0,text_table/* mark */.G)(state === "passed");
}
/** "  ✗ name (file:line)", then the message as the runner wrote it, each line indented. */
function failureLines(failure) {
    const where = failure.file ? ` (${failure.line ? `${failure.file}:${failure.line}` : failure.file})` : "";
    const message = failure.message.split(/\r?\n/).map((line) => `      ${line}`.trimEnd());
    return [`  ✗ ${failure.name}${where}`, ...message];
}

// EXTERNAL MODULE: ./src/run/part-not-run-error.ts
var part_not_run_error = __webpack_require__(1439);
// EXTERNAL MODULE: ./src/run/prepare-python.ts + 4 modules
var prepare_python = __webpack_require__(5929);
// EXTERNAL MODULE: ./src/run/probe-python.ts
var probe_python = __webpack_require__(309);
// EXTERNAL MODULE: ./src/run/python-shims.ts
var python_shims = __webpack_require__(7716);
// EXTERNAL MODULE: ./src/cli/python-flags.ts
var python_flags = __webpack_require__(348);
;// CONCATENATED MODULE: ./src/cli/commands/test-model.ts
/**
 * `slipway test-model`: runs the model's tests and evaluation as .github/slipway.yml says, reads
 * the metrics, compares them with a baseline (--baseline-ref, --baseline, or model.baseline) and
 * judges the rules. Exit 0 passed, 1 a rule or test failed, 2 could not run.
 */


















const registerTestModel = (program, io, setExit) => {
    program
        .command("test-model")
        .description("Run the model's tests and evaluation, compare metrics with a baseline, and check the rules.")
        .option("--baseline-ref <ref>", "git revision whose metric and params files are the baseline (e.g. origin/main)")
        .option("--baseline <path>", "a slipway-report.json or metrics file to compare with")
        .option("--no-run", "do not run the test and evaluate commands; read the files as they are")
        .option("--fail-on <level>", "error | warning | never (default: model.fail-on, else error)")
        .option("--report <path>", "merge the ModelReport into this slipway-report.json")
        .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
        .addOption((0,python_flags/* pythonOption */.el)())
        .addOption((0,python_flags/* requirementsOption */.mo)())
        .option("--json", "print the ModelReport as JSON")
        .option("--markdown", "print Markdown, as a job summary or PR comment shows it")
        .action(async (options, command) => {
        if (options.failOn && !schema/* FAIL_ON_LEVELS */.D.includes(options.failOn)) {
            command.error(`error: --fail-on must be error, warning or never, not "${options.failOn}".`, {
                exitCode: 2,
            });
        }
        const loaded = (0,load_config/* loadConfig */.Z9)({ cwd: io.cwd, ...(options.config ? { path: options.config } : {}) });
        for (const warning of loaded.warnings)
            io.stderr(`warning: ${warning}\n`);
        const model = loaded.config.model;
        if (!model) {
            throw new errors/* ConfigError */.xL(loaded.file, "model", "is missing: add a model section to test a model (see README).");
        }
        const env = { ...process.env, ...io.env };
        // The same Python `slipway run` would choose, made the commands' python and python3.
        const plan = options.run
            ? await (0,prepare_python/* preparePython */.s)({
                model,
                root: loaded.root,
                explicit: options.python ?? null,
                requirements: (0,python_flags/* requirementsFlag */.z0)(options, io.cwd),
                env,
                probe: probe_python/* probePython */.f,
                slipway: "slipway test-model",
            })
            : null;
        if (plan?.kind === "missing")
            throw new part_not_run_error/* PartNotRunError */.E("model", plan.reason, plan.next);
        if (plan?.kind === "chosen") {
            io.stderr(`slipway: python ${plan.summary}\n`);
            for (const warning of plan.warnings)
                io.stderr(`warning: ${warning}\n`);
        }
        const shims = plan?.kind === "chosen" ? (0,python_shims/* pythonEnv */.w)(plan.python.executable, env) : null;
        const result = await (0,test_model/* testModel */.Q)({
            config: model,
            configFile: loaded.file,
            root: loaded.root,
            run: { test: options.run, evaluate: options.run },
            // Relative flag paths are the shell's, config paths the repository's.
            baseline: (0,choose_baseline/* chooseBaseline */.h)({
                file: options.baseline ? (0,external_node_path_.resolve)(io.cwd, options.baseline) : undefined,
                ref: options.baselineRef,
                config: model.baseline,
                optionNames: "--baseline-ref, --baseline",
            }),
            env: shims?.env ?? env,
            // The team's own output goes to stderr, so stdout stays the report (--json pipes cleanly).
            onOutput: io.stderr,
            log: (line) => io.stderr(`slipway: ${line}\n`),
        }, {
            files: (0,model_files/* workingTreeFiles */.r)(loaded.root),
            git: (0,git_files/* commandGit */.I)(loaded.root),
            runShell: run_shell/* runShell */.E,
            computePredictions: prediction_metrics_seam/* duckdbPredictions */.w,
        }).finally(() => shims?.remove());
        for (const warning of result.warnings)
            io.stderr(`warning: ${warning}\n`);
        const { report } = result;
        if (options.report)
            (0,report_file/* writeReportPart */.nS)((0,external_node_path_.resolve)(io.cwd, options.report), { model: report });
        if (options.json)
            io.stdout(`${JSON.stringify(report, null, 2)}\n`);
        else if (options.markdown)
            io.stdout(`${renderModelMarkdown(report)}\n`);
        else
            io.stdout(renderModelText(report));
        setExit((0,test_model/* modelFails */.V)(report, options.failOn ?? model["fail-on"]) ? 1 : 0);
    });
};


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
