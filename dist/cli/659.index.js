export const id = 659;
export const ids = [659];
export const modules = {

/***/ 9659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerValidateData: () => (/* binding */ registerValidateData)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/schema.ts + 1 modules
var schema = __webpack_require__(7601);
// EXTERNAL MODULE: ./src/data/validate-datasets.ts + 1 modules
var validate_datasets = __webpack_require__(4456);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/markdown/render-data.ts
var render_data = __webpack_require__(7677);
// EXTERNAL MODULE: ./src/report/report-file.ts
var report_file = __webpack_require__(6757);
// EXTERNAL MODULE: ./src/report/data-summary.ts
var data_summary = __webpack_require__(4737);
// EXTERNAL MODULE: ./src/report/text/render-drift.ts
var render_drift = __webpack_require__(1260);
// EXTERNAL MODULE: ./src/report/text/text-table.ts
var text_table = __webpack_require__(3540);
;// CONCATENATED MODULE: ./src/report/text/render-data.ts
/** A DataReport for the terminal: verdict, then every check with ✓/✗ (failures first), then errors and drift. */



function renderDataText(report, options = {}) {
    const lines = [`${(0,text_table/* mark */.G)(report.valid)} ${report.dataset} (${report.path}): ${(0,data_summary/* dataVerdict */.qZ)(report)}`];
    if (report.read_as)
        lines.push(`  read as: ${report.read_as.text}`);
    for (const warning of report.warnings ?? [])
        lines.push(`  ⚠ ${warning}`);
    const listed = options.all ? report.checks : report.checks.filter((check) => !check.success);
    if (listed.length > 0) {
        const rows = (0,data_summary/* checksFailuresFirst */.Bb)(listed).map((check) => [
            (0,text_table/* mark */.G)(check.success),
            check.id,
            (0,data_summary/* describeExpected */.Ge)(check),
            (0,data_summary/* describeOutcome */.SS)(check),
            (0,data_summary/* describeSamples */.tT)(check, 3),
        ]);
        lines.push("", (0,text_table/* textTable */.e)(["", "Check", "Expected", "Unexpected", "Failing rows"], rows));
    }
    const passed = report.checks.filter((check) => check.success);
    if (!options.all && passed.length > 0)
        lines.push("", `✓ ${passed.length} checks passed: ${countByName(passed)} (--all lists them)`);
    if (report.errors.length > 0) {
        lines.push("", "Errors:");
        for (const error of report.errors.slice(0, 50)) {
            const where = [
                error.file,
                error.row !== undefined ? `row ${error.row}` : undefined,
                error.column ? `column "${error.column}"` : error.field ? `field ${error.field}` : undefined,
            ]
                .filter(Boolean)
                .join(", ");
            lines.push(`  ✗ ${error.kind}${where ? ` (${where})` : ""}: ${error.message}`);
        }
        if (report.errors.length > 50)
            lines.push(`  … ${report.errors.length - 50} more`);
    }
    if (report.drift)
        lines.push("", (0,render_drift/* renderDriftText */.j0)(report.drift));
    return `${lines.join("\n")}\n`;
}
/** "31 type, 32 required, 2 maximum" — passed checks counted per check name, most first. */
function countByName(checks) {
    const counts = new Map();
    for (const check of checks)
        counts.set(check.check, (counts.get(check.check) ?? 0) + 1);
    return [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([name, count]) => `${count} ${name}`)
        .join(", ");
}

// EXTERNAL MODULE: ./src/cli/dialect-flags.ts
var dialect_flags = __webpack_require__(3742);
;// CONCATENATED MODULE: ./src/cli/commands/validate-data.ts
/**
 * `slipway validate-data`: with --data, one file (and --schema, --reference); otherwise every
 * dataset of .github/slipway.yml (or the one named by --dataset).
 */








const registerValidateData = (program, io, setExit) => {
    const command = program
        .command("validate-data")
        .description("Check datasets against their Table Schema, and drift against a reference.")
        .option("--data <path>", "data file or glob (csv, tsv, parquet, jsonl, .gz); without it, the datasets of the config")
        .option("--schema <path>", "Frictionless Table Schema (YAML or JSON), with --data")
        .option("--reference <path>", "reference data for drift, with --data")
        .option("--name <name>", "dataset name shown in the report, with --data")
        .option("--dataset <name>", "only this dataset of the config")
        .option("--fail-on <level>", "error | warning | never (default: each dataset's fail-on, else error)")
        .option("--report <path>", "merge the result into this slipway-report.json")
        .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
        .option("--json", "print the DataReport (a list of them for config datasets) as JSON")
        .option("--markdown", "print Markdown, as a job summary or PR comment shows it")
        .option("--all", "list passed checks one by one too");
    (0,dialect_flags/* addDialectFlags */.Z)(command).action(async (options) => {
        if (options.failOn && !schema/* FAIL_ON_LEVELS */.D.includes(options.failOn)) {
            throw new errors/* InputError */.dz("--fail-on", `must be error, warning or never, not "${options.failOn}".`);
        }
        const stated = (0,dialect_flags/* readDialectFlags */.u)(options);
        const { reports, passed } = await (0,validate_datasets/* validateData */.lv)({ ...options, encoding: undefined, ...stated, cwd: io.cwd }, { now: new Date(), ...(options.failOn ? { failOn: options.failOn } : {}) });
        if (options.report)
            (0,report_file/* writeReportPart */.nS)((0,external_node_path_.resolve)(io.cwd, options.report), { data: reports });
        if (options.json)
            io.stdout(`${JSON.stringify(options.data ? reports[0] : reports, null, 2)}\n`);
        else if (options.markdown)
            io.stdout(`${reports.map((r) => (0,render_data/* renderDataMarkdown */.g)(r)).join("\n\n")}\n`);
        else
            io.stdout(reports.map((r) => renderDataText(r, { all: options.all ?? false })).join("\n"));
        setExit(passed ? 0 : 1);
    });
};


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


/***/ })

};
