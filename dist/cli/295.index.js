export const id = 295;
export const ids = [295];
export const modules = {

/***/ 1037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerPackage: () => (/* binding */ registerPackage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load-config.ts
var load_config = __webpack_require__(6943);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/package/builders/builder.ts
var builders_builder = __webpack_require__(942);
// EXTERNAL MODULE: ./src/package/builders/detect-builder.ts + 5 modules
var detect_builder = __webpack_require__(1974);
// EXTERNAL MODULE: ./src/package/errors.ts
var package_errors = __webpack_require__(4165);
// EXTERNAL MODULE: ./src/package/package-model.ts + 2 modules
var package_model = __webpack_require__(6296);
// EXTERNAL MODULE: ./src/package/read-git-facts.ts + 1 modules
var read_git_facts = __webpack_require__(987);
// EXTERNAL MODULE: ./src/package/registry-credentials.ts
var registry_credentials = __webpack_require__(9430);
// EXTERNAL MODULE: ./src/report/markdown/render-package.ts
var render_package = __webpack_require__(189);
// EXTERNAL MODULE: ./src/report/report-file.ts
var report_file = __webpack_require__(6757);
// EXTERNAL MODULE: ./src/report/text/text-table.ts
var text_table = __webpack_require__(3540);
;// CONCATENATED MODULE: ./src/report/text/render-package.ts
/** A PackageReport for the terminal: the verdict line, tags, digest, smoke test; labels and layers as tables. */


function renderPackageText(report) {
    const passed = report.smoke?.passed ?? true;
    const layers = report.layers ?? [];
    const facts = [
        report.builder,
        (0,render_package/* formatBytes */.z)(report.size_bytes),
        layers.length ? `${layers.length} layer${layers.length === 1 ? "" : "s"}` : null,
        report.build_seconds !== undefined ? `built in ${report.build_seconds.toFixed(1)} s` : null,
    ]
        .filter(Boolean)
        .join(", ");
    const lines = [`${(0,text_table/* mark */.G)(passed)} image ${report.image} (${facts})`];
    lines.push(`  tags:   ${report.tags.join(", ") || "—"}`);
    lines.push(`  digest: ${report.digest ?? (report.pushed ? "—" : "not pushed")}`);
    lines.push(`  smoke:  ${report.smoke
        ? `${(0,text_table/* mark */.G)(report.smoke.passed)} ${report.smoke.passed ? "passed" : "failed"} in ${report.smoke.seconds.toFixed(1)} s${report.smoke.message ? ` — ${report.smoke.message}` : ""}`
        : "not run"}`);
    const labels = Object.entries(report.labels);
    if (labels.length > 0)
        lines.push("", (0,text_table/* textTable */.e)(["Label", "Value"], labels));
    if (layers.length > 0) {
        lines.push("", (0,text_table/* textTable */.e)(["Size", "Layer"], layers.map((layer) => [(0,render_package/* formatBytes */.z)(layer.size_bytes), truncate(layer.created_by, 100)]), ["r", "l"]));
    }
    if (!passed && report.smoke?.log) {
        const log = report.smoke.log.trimEnd().split("\n").slice(-30);
        lines.push("", "Container log (last lines):", ...log.map((line) => `  ${line}`));
    }
    return `${lines.join("\n")}\n`;
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/cli/commands/package.ts
/**
 * `slipway package`: build the model's image from the package: section, smoke-test it, and push
 * it when asked. Exit 0 when the smoke test passed, 1 when it failed, 2 when packaging could not
 * run (missing model, no builder, a requirement that does not install, a refused push).
 */













const registerPackage = (program, io, setExit) => {
    program
        .command("package")
        .description("Build the model's container image (package: in the config), smoke-test it, push it with --push.")
        .option("--builder <name>", `use this builder: ${builders_builder/* BUILDER_NAMES */.ZJ.join(" | ")} (default: the first found)`)
        .option("--push", "push every tag after a passing smoke test (credentials: SLIPWAY_REGISTRY_USERNAME/_PASSWORD)")
        .option("--tag <tag>", "an extra tag (repeatable)", (value, all = []) => [
        ...all,
        value,
    ])
        .option("--no-smoke", "skip the smoke test")
        .option("--no-cache", "rebuild every layer")
        .option("--context-dir <dir>", "write the generated build context here and keep it")
        .option("--report <path>", "slipway-report.json to read model metrics from and merge into", report_file/* DEFAULT_REPORT_PATH */.nF)
        .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
        .option("--json", "print the PackageReport as JSON")
        .option("--markdown", "print Markdown, as the job summary shows it")
        .option("--verbose", "stream the builder's output to stderr")
        .action(async (options) => {
        if (options.builder && !builders_builder/* BUILDER_NAMES */.ZJ.includes(options.builder)) {
            throw new errors/* InputError */.dz("--builder", `must be one of ${builders_builder/* BUILDER_NAMES */.ZJ.join(", ")}, not "${options.builder}".`);
        }
        const loaded = (0,load_config/* loadConfig */.Z9)({ cwd: io.cwd, ...(options.config ? { path: options.config } : {}) });
        const reportPath = (0,external_node_path_.resolve)(io.cwd, options.report);
        const previous = (0,external_node_fs_.existsSync)(reportPath) ? (0,report_file/* readReportFile */.$h)(reportPath) : null;
        const builder = await (0,detect_builder/* detectBuilder */.h4)({
            env: io.env,
            force: options.builder ?? null,
        });
        const progress = (line) => io.stderr(`${line}\n`);
        let outcome;
        try {
            outcome = await (0,package_model/* packageModel */.g)({
                loaded,
                builder,
                git: await (0,read_git_facts/* readGitFacts */.S)(loaded.root, io.env),
                now: new Date(),
                previous,
                push: Boolean(options.push),
                extraTags: options.tag ?? [],
                credentials: (0,registry_credentials/* credentialsFromEnv */.k)(io.env),
                smoke: options.smoke,
                noCache: !options.cache,
                ...(options.contextDir ? { contextDir: (0,external_node_path_.resolve)(io.cwd, options.contextDir) } : {}),
                onProgress: progress,
                ...(options.verbose ? { onBuildOutput: io.stderr } : {}),
            });
        }
        catch (error) {
            // Built and smoke-tested, then refused by the registry: keep that evidence in the report.
            if (error instanceof package_errors/* PackageError */.J && error.report)
                (0,report_file/* writeReportPart */.nS)(reportPath, { package: error.report });
            throw error;
        }
        (0,report_file/* writeReportPart */.nS)(reportPath, { package: outcome.report });
        if (options.json)
            io.stdout(`${JSON.stringify(outcome.report, null, 2)}\n`);
        else if (options.markdown)
            io.stdout(`${(0,render_package/* renderPackageMarkdown */.Y)(outcome.report)}\n`);
        else
            io.stdout(renderPackageText(outcome.report));
        setExit(outcome.passed ? 0 : 1);
    });
};


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
