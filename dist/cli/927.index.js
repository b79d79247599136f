export const id = 927;
export const ids = [927];
export const modules = {

/***/ 9927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkConfigFile: () => (/* binding */ checkConfigFile),
/* harmony export */   registerConfig: () => (/* binding */ registerConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _config_check_config_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1152);
/* harmony import */ var _config_config_json_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8677);
/* harmony import */ var _config_load_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6943);
/* harmony import */ var _config_parse_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5180);
/* harmony import */ var _config_repository_files_at_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8590);
/* harmony import */ var _data_table_schema_load_table_schema_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7953);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3916);
/**
 * `slipway config schema`: the JSON Schema of .github/slipway.yml, for editors.
 * `slipway config check`: validates a repository's config — keys, types and values (with the file,
 * line, key path and nearest valid key), then that the files it names exist and that its data
 * schemas are valid Table Schemas. Exit 0 valid (warnings allowed), 2 not.
 */










const registerConfig = (program, io) => {
    const config = program.command("config").description("The configuration file, .github/slipway.yml.");
    config
        .command("schema")
        .description("Print the JSON Schema of .github/slipway.yml (for editors: completion and checks).")
        .option("--config <path>", "(accepted for symmetry; not used)")
        .option("--json", "(the schema is JSON already)")
        .action(() => {
        io.stdout((0,_config_config_json_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .configJsonSchemaText */ .HT)());
    });
    config
        .command("check")
        .description("Validate .github/slipway.yml: keys, types and values, the files it names, and its data schemas.")
        .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
        .option("--no-files", "check the file alone, not the files it names")
        .option("--json", "print the result as JSON")
        .action((options) => {
        const file = options.config ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, options.config) : (0,_config_load_config_js__WEBPACK_IMPORTED_MODULE_5__/* .findConfig */ .u0)(io.cwd);
        if (!file) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigError */ .xL(_config_load_config_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG_PATH */ .Bi, "", `not found in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd)} or any folder above it. Create one (\`slipway init\`) or pass --config PATH.`);
        }
        const result = checkConfigFile(file, { shown: shownPath(io.cwd, file), files: options.files });
        if (options.json)
            io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        else {
            for (const warning of result.warnings)
                io.stderr(`warning: ${warning}\n`);
            for (const error of result.errors)
                io.stderr(`${error}\n`);
            if (result.valid)
                io.stdout(`${result.file} is valid.\n`);
            else
                io.stderr(`${result.file}: ${plural(result.errors.length, "problem")} to fix.\n`);
        }
        if (!result.valid)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitError */ .RS(2);
    });
};
/** Every problem of one config file, as `file:line: key.path: detail` lines. */
function checkConfigFile(file, options) {
    const shown = options.shown;
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8");
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigError */ .xL(shown, "", "cannot be read. Check the path passed with --config.", { cause });
    }
    const parsed = (0,_config_parse_config_js__WEBPACK_IMPORTED_MODULE_6__/* .parseConfig */ .o4)(text, shown);
    if (!parsed.ok)
        return { file: shown, valid: false, errors: parsed.errors, warnings: [] };
    if (!options.files)
        return { file: shown, valid: true, errors: [], warnings: parsed.warnings };
    // Relative paths in the config start at the repository root: the folder that holds .github/.
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file).endsWith(".github") ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file)) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file);
    const lineOf = keyLines(text);
    const at = (keyPath) => {
        const line = lineOf(keyPath);
        return `${shown}${line ? `:${line}` : ""}: ${(0,_config_parse_config_js__WEBPACK_IMPORTED_MODULE_6__/* .formatPath */ .jV)(keyPath)}`;
    };
    const errors = [];
    const warnings = [...parsed.warnings];
    for (const missing of (0,_config_check_config_files_js__WEBPACK_IMPORTED_MODULE_3__/* .checkConfigFiles */ .M)(parsed.config, (0,_config_repository_files_at_js__WEBPACK_IMPORTED_MODULE_7__/* .repositoryFilesAt */ .z)(root))) {
        (missing.level === "error" ? errors : warnings).push(`${at(missing.keyPath)}: ${missing.detail}`);
    }
    errors.push(...checkDataSchemas(parsed.config, root, at, warnings));
    return { file: shown, valid: errors.length === 0, errors, warnings };
}
/** A data schema that exists must also be a valid Table Schema; its own messages name its lines. */
function checkDataSchemas(config, root, at, warnings) {
    const errors = [];
    for (const [i, dataset] of config.data.entries()) {
        if (!dataset.schema || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, dataset.schema)))
            continue;
        try {
            warnings.push(...(0,_data_table_schema_load_table_schema_js__WEBPACK_IMPORTED_MODULE_8__/* .loadTableSchema */ .y)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, dataset.schema), dataset.schema).warnings);
        }
        catch (error) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .isSlipwayError */ .qQ)(error))
                throw error;
            errors.push(`${at(["data", i, "schema"])}: not a valid Table Schema: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .describeFailure */ .Ic)(error).message}`);
        }
    }
    return errors;
}
/** The 1-based line of a key path in a YAML text (for keys that passed validation, so present). */
function keyLines(text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter });
    return (keyPath) => {
        const node = document.getIn(keyPath, true);
        return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    };
}
/** The config as the person would type it from where they are (absolute on another drive). */
function shownPath(cwd, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, file);
    return rel && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? rel : file;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}


/***/ }),

/***/ 1152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ checkConfigFiles)
});

// UNUSED EXPORTS: fileReferences

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model/metrics/parse-metrics-file.ts
var parse_metrics_file = __webpack_require__(9635);
// EXTERNAL MODULE: ./src/model/metrics/prediction-metric-names.ts
var prediction_metric_names = __webpack_require__(5917);
// EXTERNAL MODULE: ./src/model/rules/metric-name.ts
var metric_name = __webpack_require__(3721);
// EXTERNAL MODULE: ./src/config/globs.ts
var globs = __webpack_require__(6053);
;// CONCATENATED MODULE: ./src/config/check-metrics-files.ts
/**
 * What can be known about the metrics files before a run: each has a format Slipway reads, and
 * none gives a metric the predictions file also gives (`accuracy` from metrics.json and from
 * reports/predictions.csv) — found today only after minutes of training, when the two meet. A
 * metrics file the evaluation rewrites is read as it is now (committed, or from the last run):
 * the names an evaluation writes rarely change between runs.
 */





function checkMetricsFiles(model, files) {
    const problems = [];
    const predictions = model.predictions;
    const computed = predictions ? new Set((0,prediction_metric_names/* predictionMetricNamesFor */.FT)(predictions.task)) : new Set();
    const slices = new Set(predictions?.slices ?? []);
    /** A name the predictions file gives too: a computed metric, overall or for a configured slice. */
    const clashes = (name) => {
        const parsed = (0,metric_name/* parseMetricName */.$Y)(name);
        return computed.has(parsed.base) && (parsed.slice === null || slices.has(parsed.slice.column));
    };
    for (const [i, pattern] of model.metrics.entries()) {
        const keyPath = ["model", "metrics", i];
        const paths = (0,globs/* isGlob */.fg)(pattern) ? files.glob(pattern) : [pattern];
        for (const path of paths) {
            if (!(0,parse_metrics_file/* isMetricsFormat */.V4)(path)) {
                problems.push({
                    keyPath,
                    path,
                    level: "error",
                    detail: `"${path}" is not a metrics format Slipway reads; write ${parse_metrics_file/* METRICS_FORMATS_HINT */.Xy}, or leave it out of model.metrics.`,
                });
                continue;
            }
            if (!predictions)
                continue;
            const text = files.read(path);
            if (text === null)
                continue;
            let names;
            try {
                names = Object.keys((0,parse_metrics_file/* parseMetricsFile */.jI)(text, path).metrics);
            }
            catch (error) {
                // The evaluation may rewrite a broken file; the run reports it if it does not.
                if ((0,errors/* isSlipwayError */.qQ)(error))
                    continue;
                throw error;
            }
            const both = names.filter(clashes);
            if (both.length === 0)
                continue;
            problems.push({
                keyPath,
                path,
                level: "error",
                detail: `"${path}" gives ${list(both)}, which ${both.length === 1 ? "is" : "are"} also computed from ${predictions.path} (model.predictions); ` +
                    "a metric must come from one place. Rename or nest it in the file (cv.accuracy), or drop model.predictions.",
            });
        }
    }
    return problems;
}
function list(names) {
    const quoted = names.slice(0, 5).map((name) => `"${name}"`);
    return names.length > 5 ? `${quoted.join(", ")} and ${names.length - 5} more` : quoted.join(", ");
}

;// CONCATENATED MODULE: ./src/config/check-config-files.ts
/**
 * The one check of the files a config names, run by `slipway config check` and before anything
 * `slipway run` does: every path (or glob) a key holds must name at least one file, and the metrics
 * files must be readable and must not give a metric the predictions also give (checkMetricsFiles).
 * Files a run writes (metrics, predictions, JUnit results, the trained model) may be missing before
 * the run that writes them; those are warnings when a configured command can write them, errors
 * when nothing could. Pure: the file system comes in as a seam (repositoryFilesAt for a folder).
 */


/** Every file reference in the config, with its key path. */
function fileReferences(config) {
    const refs = [];
    /** One path, or a list of them (each then has its index in the key path). */
    const add = (keyPath, value, extra = {}) => {
        if (typeof value === "string") {
            if (value)
                refs.push({ keyPath, path: value, kind: "file", ...extra });
            return;
        }
        for (const [i, path] of (value ?? []).entries()) {
            refs.push({ keyPath: [...keyPath, i], path, kind: "file", ...extra });
        }
    };
    for (const [i, dataset] of config.data.entries()) {
        add(["data", i, "path"], dataset.path);
        add(["data", i, "schema"], dataset.schema);
        // `postgres:<table>`: a table in the dataset's database (drift inside it), not a file.
        if (!dataset.reference?.startsWith("postgres:"))
            add(["data", i, "reference"], dataset.reference);
    }
    const model = config.model;
    // Metrics, predictions and the trained model come from the model's commands.
    const producer = model?.evaluate ? "model.evaluate" : model?.test ? "model.test" : undefined;
    if (model) {
        add(["model", "metrics"], model.metrics, written(producer));
        add(["model", "params"], model.params);
        add(["model", "predictions", "path"], model.predictions?.path, written(producer));
        add(["model", "junit"], model.junit, written(model.test ? "model.test" : undefined));
        add(["model", "baseline", "report"], model.baseline?.report);
    }
    const pkg = config.package;
    if (pkg) {
        add(["package", "model"], pkg.model, written(producer));
        add(["package", "requirements"], pkg.requirements);
        add(["package", "sample"], pkg.sample);
        // Only a custom image is built from the team's Dockerfile and context folder.
        if (pkg.framework === "custom") {
            add(["package", "dockerfile"], pkg.dockerfile);
            add(["package", "context"], pkg.context, { kind: "folder" });
        }
    }
    return refs;
}
function checkConfigFiles(config, files) {
    const missing = [];
    for (const ref of fileReferences(config)) {
        const found = (0,globs/* isGlob */.fg)(ref.path)
            ? files.glob((0,globs/* normalise */.j7)(ref.path)).length > 0
            : files.exists((0,globs/* normalise */.j7)(ref.path), ref.kind);
        if (found)
            continue;
        const what = (0,globs/* isGlob */.fg)(ref.path)
            ? "matches no file"
            : ref.kind === "folder"
                ? "is not a folder"
                : "does not exist";
        missing.push({
            keyPath: ref.keyPath,
            path: ref.path,
            level: ref.writtenBy ? "warning" : "error",
            detail: ref.writtenBy
                ? `"${ref.path}" ${what} yet; ${ref.writtenBy} is expected to write it.`
                : `"${ref.path}" ${what}. Fix the path, or add the file (paths start at the repository root).`,
        });
    }
    return config.model ? [...missing, ...checkMetricsFiles(config.model, files)] : missing;
}
function written(by) {
    return by ? { writtenBy: by } : {};
}


/***/ }),

/***/ 8677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ configJsonSchemaText),
/* harmony export */   NW: () => (/* binding */ CONFIG_SCHEMA_URL)
/* harmony export */ });
/* unused harmony export configJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8439);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7601);
/**
 * The JSON Schema of `.github/slipway.yml`, generated from the one zod definition (schema.ts) with
 * zod 4's own `z.toJSONSchema`, so editors complete and check the same keys Slipway accepts.
 * Committed at schema/slipway.schema.json; a test fails when that file drifts from this.
 */


/** Where the published schema lives: the `$id`, and what `slipway init` points editors at. */
const CONFIG_SCHEMA_URL = "https://raw.githubusercontent.com/slipway-dev/slipway/main/schema/slipway.schema.json";
function configJsonSchema() {
    // "input": what a person writes — keys with defaults are optional, and the defaults are shown.
    const generated = zod__WEBPACK_IMPORTED_MODULE_1__/* .toJSONSchema */ .bl(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .configSchema */ .Qn, { io: "input", unrepresentable: "any" });
    const { $schema, ...rest } = generated;
    return {
        $schema,
        $id: CONFIG_SCHEMA_URL,
        title: "Slipway configuration (.github/slipway.yml)",
        description: "One file for data validation, model tests, packaging and deployment gates. Every section is optional. Generated from src/config/schema.ts: do not edit by hand.",
        ...rest,
    };
}
/** The schema file's text, exactly as committed. */
function configJsonSchemaText() {
    return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}


/***/ }),

/***/ 6053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   hT: () => (/* binding */ expandGlob),
/* harmony export */   j7: () => (/* binding */ normalise)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/**
 * File globs (`reports/*.xml`, `results/**\/junit-*.xml`, `data/part-[0-9].csv`) expanded under a
 * folder. The syntax is picomatch's (the glob library the gate's branch patterns already use), so
 * every glob in the config means the same thing; Node 20 has no fs.glob to walk with.
 */



/**
 * Whether `pattern` holds glob syntax (`*`, `?`, `[…]`, `{a,b}`), so it names files by a rule.
 * Parentheses alone do not make a glob: `results (1).json` is a file people have, and picomatch
 * would read `(1)` as a group.
 */
function isGlob(pattern) {
    return /[*?[{]/.test(pattern) && picomatch__WEBPACK_IMPORTED_MODULE_2___default().scan(normalise(pattern)).isGlob;
}
/** A matcher of whole relative paths (with "/" separators) against `pattern`. */
function globMatcher(pattern) {
    const matcher = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(normalise(pattern));
    // One argument only: picomatch's second one asks for a result object (truthy), as `filter` would pass.
    return (path) => matcher(path);
}
/** Relative paths (sorted, "/" separators) of the files under `root` that match `pattern`. */
function expandGlob(root, pattern) {
    const normalised = normalise(pattern);
    const { base } = picomatch__WEBPACK_IMPORTED_MODULE_2___default().scan(normalised);
    const matches = globMatcher(normalised);
    const out = [];
    const walk = (relative) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, relative), { withFileTypes: true });
        }
        catch {
            return; // a folder that does not exist matches nothing
        }
        for (const entry of entries) {
            const path = relative ? `${relative}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (entry.name !== ".git" && entry.name !== "node_modules")
                    walk(path);
            }
            else if (matches(path))
                out.push(path);
        }
    };
    walk(base);
    return out.sort();
}
/** A path or glob as the config writes it, in "/" separators without a leading "./". */
function normalise(pattern) {
    return pattern.replace(/\\/g, "/").replace(/^\.\//, "");
}


/***/ }),

/***/ 8590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ repositoryFilesAt)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6053);
/** The file-system side of checkConfigFiles: a repository folder as RepositoryFiles. */



function repositoryFilesAt(root) {
    const kindOf = (path) => {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute))
            return null;
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isDirectory() ? "folder" : "file";
    };
    return {
        exists: (path, kind) => kindOf(path) === kind,
        // An absolute glob is outside the repository: nothing there is the config's to check.
        glob: (pattern) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) ? [pattern] : (0,_globs_js__WEBPACK_IMPORTED_MODULE_2__/* .expandGlob */ .hT)(root, pattern)),
        read: (path) => (kindOf(path) === "file" ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path), "utf8") : null),
    };
}


/***/ }),

/***/ 8510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ UNCHECKED_TYPES),
/* harmony export */   IJ: () => (/* binding */ constraintsSchema),
/* harmony export */   PX: () => (/* binding */ foreignKeySchema),
/* harmony export */   bl: () => (/* binding */ primaryKeyOf),
/* harmony export */   cz: () => (/* binding */ fieldSchema),
/* harmony export */   dL: () => (/* binding */ tableSchemaSchema),
/* harmony export */   mu: () => (/* binding */ keyNames)
/* harmony export */ });
/* unused harmony export FIELD_TYPES */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/**
 * Frictionless Table Schema (YAML or JSON) with Slipway's extras, as one zod definition.
 * Frictionless spells keys in camelCase, so this file does too (unlike slipway.yml).
 *
 * The spec allows any extra property anywhere, so objects here are not strict: an unknown key is
 * kept out of the parsed value, and one that looks like a typo of a known key becomes a warning
 * (see table-schema/schema-warnings.ts). Constraint values may be given as strings castable to the
 * field's type (`enum: ["1", "2"]` on an integer field), as the spec allows.
 *
 * Extras: `constraints.mostly` (GX-style tolerance 0–1 for the field's row-level constraints),
 * `constraints.maxNullFraction`, `constraints.mean|stddev: {min, max}`,
 * `constraints.quantiles: [{quantile, min, max}]`, `constraints.freshness` (a duration), and at the
 * top level `rows: {min, max}` and `uniqueRows` (no duplicate rows).
 */


const FIELD_TYPES = [
    "string",
    "integer",
    "number",
    "boolean",
    "date",
    "datetime",
    "time",
    "year",
    "yearmonth",
    "duration",
    "object",
    "array",
    "geopoint",
    "geojson",
    "any",
];
/** Types whose values Slipway reads but does not check (said as a warning when a schema uses one). */
const UNCHECKED_TYPES = ["object", "array", "geopoint", "geojson"];
const scalar = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()]);
const bounds = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(), max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional() })
    .refine((b) => b.min !== undefined || b.max !== undefined, { message: "give min, max or both" });
const constraintsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    required: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    unique: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    minimum: scalar.optional(),
    maximum: scalar.optional(),
    exclusiveMinimum: scalar.optional(),
    exclusiveMaximum: scalar.optional(),
    minLength: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
    maxLength: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
    pattern: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    enum: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(scalar).min(1).optional(),
    // Slipway extras
    mostly: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).optional(),
    maxNullFraction: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).optional(),
    mean: bounds.optional(),
    stddev: bounds.optional(),
    quantiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        quantile: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1),
        min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    }))
        .optional(),
    freshness: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .refine((text) => (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(text) !== null, { message: `expected ${_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_HINT */ .F}` })
        .optional(),
});
const fieldSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(FIELD_TYPES).default("string"),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .optional()
        .describe('"default", "any", or a strptime pattern (e.g. "%d/%m/%Y") for date/datetime/time.'),
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    example: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional(),
    rdfType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    constraints: constraintsSchema.default({}),
    /** Added to the schema's missingValues for this field (see docs/table-schema.md). */
    missingValues: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    trueValues: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default(["true", "True", "TRUE", "1"]),
    falseValues: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default(["false", "False", "FALSE", "0"]),
    /** number/integer: false allows leading and trailing non-numeric text ("€ 95", "95%"). */
    bareNumber: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
    groupChar: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    decimalChar: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default("."),
});
const keyList = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1)]);
const foreignKeySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    fields: keyList,
    reference: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** The dataset (its `name` in .github/slipway.yml); "" or absent: this same table. */
        resource: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        fields: keyList,
    }),
});
const tableSchemaSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    fields: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fieldSchema).min(1),
    missingValues: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([""]),
    primaryKey: keyList.optional(),
    foreignKeys: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(foreignKeySchema).optional(),
    fieldsMatch: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["exact", "equal", "subset", "superset", "partial"]).default("exact"),
    // Slipway extras
    rows: bounds.optional(),
    uniqueRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
});
function primaryKeyOf(schema) {
    return keyNames(schema.primaryKey);
}
function keyNames(key) {
    if (key === undefined)
        return [];
    return typeof key === "string" ? [key] : key;
}


/***/ }),

/***/ 7953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ loadTableSchema)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/config/parse-config.ts
var parse_config = __webpack_require__(5180);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/data/table-schema.ts
var table_schema = __webpack_require__(8510);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/nearest-key.ts
var nearest_key = __webpack_require__(9950);
;// CONCATENATED MODULE: ./src/data/table-schema/schema-warnings.ts
/**
 * Warnings about a table schema that is valid but probably not what its author meant: an extra
 * property that is one typo away from a known one (the spec allows extra properties, so it is
 * kept and ignored, never refused), and field types Slipway reads without checking.
 */




const TOP_KEYS = Object.keys(table_schema/* tableSchemaSchema */.dL.shape);
const FIELD_KEYS = Object.keys(table_schema/* fieldSchema */.cz.shape);
const CONSTRAINT_KEYS = Object.keys(table_schema/* constraintsSchema */.IJ.shape);
const FOREIGN_KEY_KEYS = Object.keys(table_schema/* foreignKeySchema */.PX.shape);
const REFERENCE_KEYS = Object.keys(table_schema/* foreignKeySchema */.PX.shape.reference.shape);
/** "schema.yaml:4: fields[0].constraints.minimun: …" — one sentence per warning. */
function schemaWarnings(text, schema, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter });
    const raw = document.toJS();
    const warnings = [];
    const at = (path) => {
        const node = document.getIn(path, true);
        const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
        return `${file}${line ? `:${line}` : ""}: ${(0,parse_config/* formatPath */.jV)(path)}`;
    };
    const nearMisses = (value, known, path) => {
        if (!isRecord(value))
            return;
        for (const key of Object.keys(value)) {
            if (known.includes(key))
                continue;
            const suggestion = (0,nearest_key/* nearestKey */.q)(key, known);
            if (suggestion)
                warnings.push(`${at([...path, key])}: unknown key "${key}" is ignored. Did you mean "${suggestion}"?`);
        }
    };
    if (!isRecord(raw))
        return warnings;
    nearMisses(raw, TOP_KEYS, []);
    const fields = Array.isArray(raw.fields) ? raw.fields : [];
    fields.forEach((field, i) => {
        nearMisses(field, FIELD_KEYS, ["fields", i]);
        if (isRecord(field))
            nearMisses(field.constraints, CONSTRAINT_KEYS, ["fields", i, "constraints"]);
    });
    const foreignKeys = Array.isArray(raw.foreignKeys) ? raw.foreignKeys : [];
    foreignKeys.forEach((key, i) => {
        nearMisses(key, FOREIGN_KEY_KEYS, ["foreignKeys", i]);
        if (isRecord(key))
            nearMisses(key.reference, REFERENCE_KEYS, ["foreignKeys", i, "reference"]);
    });
    schema.fields.forEach((field, i) => {
        if (table_schema/* UNCHECKED_TYPES */.F.includes(field.type))
            warnings.push(`${at(["fields", i, "type"])}: values of type ${field.type} are read as text and not checked (field "${field.name}").`);
    });
    return warnings;
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/data/table-schema/load-table-schema.ts
/**
 * Reads a table schema file: parsed and checked (errors name the file, line and key path), with
 * the warnings a valid schema can still deserve.
 */





/** `shown` is the path as the user wrote it, for messages; `file` is where to read it. */
function loadTableSchema(file, shown = file) {
    const path = shown;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, "utf8");
    }
    catch (cause) {
        throw new errors/* InputError */.dz(path, "schema file not found or not readable. Check --schema or the dataset's schema: key.", {}, { cause });
    }
    const result = (0,parse_config/* parseYamlWith */.ns)(table_schema/* tableSchemaSchema */.dL, text, path);
    if (!result.ok)
        throw new errors/* ConfigError */.xL(path, "", result.errors.map((e) => e.replace(`${path}`, "").replace(/^:/, "line ")).join("; "));
    const schema = result.value;
    assertNamesResolve(schema, path);
    return { schema, warnings: schemaWarnings(text, schema, path) };
}
function assertNamesResolve(schema, path) {
    const names = new Set();
    schema.fields.forEach((field, i) => {
        if (names.has(field.name))
            throw new errors/* ConfigError */.xL(path, `fields[${i}].name`, `"${field.name}" is declared twice.`);
        names.add(field.name);
    });
    for (const key of (0,table_schema/* primaryKeyOf */.bl)(schema)) {
        if (!names.has(key))
            throw new errors/* ConfigError */.xL(path, "primaryKey", `names "${key}", which is not a field of this schema.`);
    }
    schema.foreignKeys?.forEach((foreignKey, i) => {
        const fields = (0,table_schema/* keyNames */.mu)(foreignKey.fields);
        const referenced = (0,table_schema/* keyNames */.mu)(foreignKey.reference.fields);
        for (const name of fields) {
            if (!names.has(name))
                throw new errors/* ConfigError */.xL(path, `foreignKeys[${i}].fields`, `names "${name}", which is not a field of this schema.`);
        }
        if (fields.length !== referenced.length)
            throw new errors/* ConfigError */.xL(path, `foreignKeys[${i}].reference.fields`, `names ${referenced.length} field(s) but foreignKeys[${i}].fields names ${fields.length}; they pair up one to one.`);
        const self = !foreignKey.reference.resource;
        for (const name of self ? referenced : []) {
            if (!names.has(name))
                throw new errors/* ConfigError */.xL(path, `foreignKeys[${i}].reference.fields`, `names "${name}", which is not a field of this schema (the reference is to this same table).`);
        }
    });
}


/***/ }),

/***/ 7271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ flattenObject)
/* harmony export */ });
function flattenObject(value, path = []) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        const entries = Object.entries(value);
        // An empty mapping is a value of its own (a params section left empty), not nothing.
        if (entries.length === 0 && path.length > 0)
            return [{ name: path.join("."), path, value: {} }];
        return entries.flatMap(([key, inner]) => flattenObject(inner, [...path, key]));
    }
    return path.length === 0 ? [] : [{ name: path.join("."), path, value }];
}


/***/ }),

/***/ 8619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ structuredFormat),
/* harmony export */   b: () => (/* binding */ parseStructuredFile)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * Reads the structured files DVC reads for metrics and params — JSON, YAML and TOML — into plain
 * data, and says on which line a key sits so a bad value can be pointed at.
 *
 * JSON needs care: Python's `json.dump` writes NaN and ±Infinity as bare `NaN`/`Infinity` tokens,
 * which `JSON.parse` rejects with a message about a position. Evaluation scripts do write them
 * (a metric that diverged), and the person should hear "eval.loss is NaN on line 4", so those
 * tokens are turned into numbers here and their lines remembered.
 */



function structuredFormat(file) {
    const lower = file.toLowerCase();
    if (lower.endsWith(".json"))
        return "json";
    if (lower.endsWith(".yaml") || lower.endsWith(".yml"))
        return "yaml";
    if (lower.endsWith(".toml"))
        return "toml";
    return null;
}
function parseStructuredFile(text, file, format) {
    switch (format) {
        case "json":
            return parseJson(text, file);
        case "yaml":
            return parseYaml(text, file);
        case "toml":
            return parseTomlFile(text, file);
    }
}
const MARKER = "\u0000slipway-nonfinite:";
function parseJson(text, file) {
    const marked = markNonFinite(text);
    let data;
    try {
        data = JSON.parse(marked);
    }
    catch (cause) {
        const detail = cause instanceof Error ? cause.message : String(cause);
        const position = /position (\d+)/.exec(detail);
        const line = position ? lineAt(marked, Number(position[1])) : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, `is not valid JSON: ${detail.replace(/ in JSON at position \d+.*$/, "")}.`, {
            line,
        });
    }
    const lines = new Map();
    const restore = (value, path) => {
        if (typeof value === "string" && value.startsWith(MARKER)) {
            const [token, line] = value.slice(MARKER.length).split("@");
            lines.set(pathKey(path), Number(line));
            return token === "NaN" ? Number.NaN : token === "-Infinity" ? -Infinity : Infinity;
        }
        if (Array.isArray(value))
            return value.map((item, i) => restore(item, [...path, String(i)]));
        if (value !== null && typeof value === "object") {
            const out = {};
            for (const [key, inner] of Object.entries(value))
                out[key] = restore(inner, [...path, key]);
            return out;
        }
        return value;
    };
    return { data: restore(data, []), lineOf: (path) => lines.get(pathKey(path)) };
}
/** Replaces bare NaN / Infinity / -Infinity tokens (outside strings) with marker strings holding their line. */
function markNonFinite(text) {
    let out = "";
    let line = 1;
    let i = 0;
    while (i < text.length) {
        const ch = text.charAt(i);
        if (ch === "\n")
            line++;
        if (ch === '"') {
            // Copy the whole string literal, escapes included.
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === "\\" ? 2 : 1;
            out += text.slice(i, j + 1);
            i = j + 1;
            continue;
        }
        const token = /^(-?Infinity|NaN)\b/.exec(text.slice(i, i + 9))?.[1];
        if (token !== undefined) {
            out += JSON.stringify(`${MARKER}${token}@${line}`);
            i += token.length;
            continue;
        }
        out += ch;
        i++;
    }
    return out;
}
function parseYaml(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    const error = document.errors[0];
    if (error) {
        const line = lineCounter.linePos(error.pos[0]).line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, `is not valid YAML: ${error.message.split("\n")[0]}`, { line });
    }
    return {
        data: document.toJS() ?? {},
        lineOf: (path) => {
            const node = document.getIn(path, true);
            return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
        },
    };
}
function parseTomlFile(text, file) {
    try {
        // smol-toml gives null-prototype objects; a JSON round trip would lose NaN, so copy by hand.
        return { data: plain((0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text)), lineOf: () => undefined };
    }
    catch (cause) {
        if (cause instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx) {
            const message = (cause.message.split("\n")[0] ?? cause.message).replace(/^Invalid TOML document: /, "");
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, `is not valid TOML: ${message}.`, { line: cause.line }, { cause });
        }
        throw cause;
    }
}
function plain(value) {
    if (value instanceof Date)
        return value.toISOString();
    if (Array.isArray(value))
        return value.map(plain);
    if (value !== null && typeof value === "object") {
        const out = {};
        for (const [key, inner] of Object.entries(value))
            out[key] = plain(inner);
        return out;
    }
    return value;
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text[i] === "\n")
            line++;
    return line;
}
function pathKey(path) {
    return path.join("\u0001");
}


/***/ }),

/***/ 1717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ splitCsv),
/* harmony export */   X: () => (/* binding */ parseMetricsCsv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Metrics as CSV rows of `name,value` (a header row naming both columns, in any order, other
 * columns ignored). Hand-written rather than DuckDB or a CSV package: the file holds a few dozen
 * rows, and a row number in the message matters more than speed. Quoted cells ("a,b", "say ""x""")
 * are read as RFC 4180 says.
 */

function parseMetricsCsv(text, file) {
    const records = splitCsv(text.replace(/^\uFEFF/, ""));
    const header = records.shift();
    if (!header)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, "is empty; expected a header row `name,value` and one row per metric.");
    const lower = header.cells.map((cell) => cell.trim().toLowerCase());
    const nameAt = lower.indexOf("name");
    const valueAt = lower.indexOf("value");
    if (nameAt < 0 || valueAt < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `the header row has ${header.cells.map((c) => JSON.stringify(c)).join(", ")}; it needs the columns "name" and "value".`, { line: header.line });
    }
    const metrics = {};
    records.forEach((record, index) => {
        const row = index + 1;
        if (record.cells.every((cell) => cell.trim() === ""))
            return; // blank line
        const name = (record.cells[nameAt] ?? "").trim();
        const raw = (record.cells[valueAt] ?? "").trim();
        if (!name)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, "the metric name is empty.", { row, line: record.line, field: "name" });
        if (name in metrics) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `metric "${name}" appears twice; each metric needs one row.`, {
                row,
                line: record.line,
                field: "name",
            });
        }
        const value = raw === "" ? Number.NaN : Number(raw);
        if (!Number.isFinite(value)) {
            const what = raw === ""
                ? "empty"
                : /^[-+]?(nan|inf(inity)?)$/i.test(raw)
                    ? raw
                    : `not a number (${JSON.stringify(raw)})`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `metric "${name}" is ${what}; metrics must be finite numbers. Check the evaluation that wrote it.`, { row, line: record.line, field: "value" });
        }
        metrics[name] = value;
    });
    return metrics;
}
/** RFC 4180 records; `delimiter` "\t" reads TSV the same way (DVC's plots files). */
function splitCsv(text, delimiter = ",") {
    const records = [];
    let cells = [];
    let cell = "";
    let quoted = false;
    let line = 1;
    let startLine = 1;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charAt(i);
        if (quoted) {
            if (ch === '"' && text[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (ch === '"')
                quoted = false;
            else {
                if (ch === "\n")
                    line++;
                cell += ch;
            }
        }
        else if (ch === '"')
            quoted = true;
        else if (ch === delimiter) {
            cells.push(cell);
            cell = "";
        }
        else if (ch === "\n" || ch === "\r") {
            if (ch === "\r" && text[i + 1] === "\n")
                i++;
            cells.push(cell);
            records.push({ cells, line: startLine });
            cells = [];
            cell = "";
            line++;
            startLine = line;
        }
        else
            cell += ch;
    }
    if (cell !== "" || cells.length > 0) {
        cells.push(cell);
        records.push({ cells, line: startLine });
    }
    return records;
}


/***/ }),

/***/ 9635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V4: () => (/* binding */ isMetricsFormat),
/* harmony export */   Xy: () => (/* binding */ METRICS_FORMATS_HINT),
/* harmony export */   jI: () => (/* binding */ parseMetricsFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _files_flatten_object_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7271);
/* harmony import */ var _files_parse_structured_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8619);
/* harmony import */ var _parse_metrics_csv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1717);
/**
 * One metrics file as DVC reads it: JSON, YAML or TOML with nested keys flattened with dots, or
 * CSV rows of name,value. Numbers become metrics; other values (strings, booleans, lists) are
 * skipped and named, as DVC skips what it cannot diff. NaN and ±Infinity are errors naming the
 * file, line and key: a comparison against them would pass or fail for no reason.
 */




const METRICS_FORMATS_HINT = "JSON, YAML (.yaml/.yml), TOML or CSV (name,value rows)";
/** Whether a metrics file of this name can be read (by its extension, as DVC decides). */
function isMetricsFormat(file) {
    return file.toLowerCase().endsWith(".csv") || (0,_files_parse_structured_file_js__WEBPACK_IMPORTED_MODULE_1__/* .structuredFormat */ .N)(file) !== null;
}
function parseMetricsFile(text, file) {
    if (file.toLowerCase().endsWith(".csv"))
        return { metrics: (0,_parse_metrics_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMetricsCsv */ .X)(text, file), skipped: [] };
    const format = (0,_files_parse_structured_file_js__WEBPACK_IMPORTED_MODULE_1__/* .structuredFormat */ .N)(file);
    if (!format) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `is not a metrics format Slipway reads; use ${METRICS_FORMATS_HINT}.`);
    }
    const parsed = (0,_files_parse_structured_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStructuredFile */ .b)(text, file, format);
    if (parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, "must hold a mapping of metric names to numbers (nested mappings allowed).");
    }
    const metrics = {};
    const skipped = [];
    for (const entry of (0,_files_flatten_object_js__WEBPACK_IMPORTED_MODULE_3__/* .flattenObject */ .Y)(parsed.data)) {
        if (typeof entry.value !== "number") {
            skipped.push({ name: entry.name, kind: describeKind(entry.value) });
            continue;
        }
        if (!Number.isFinite(entry.value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `metric "${entry.name}" is ${entry.value}; metrics must be finite numbers. Check the evaluation that wrote it.`, { line: parsed.lineOf(entry.path), field: entry.name });
        }
        metrics[entry.name] = entry.value;
    }
    return { metrics, skipped };
}
function describeKind(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "an empty mapping";
    return typeof value === "string" ? "text" : typeof value;
}


/***/ }),

/***/ 5917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ CLASSIFICATION_METRICS),
/* harmony export */   FT: () => (/* binding */ predictionMetricNamesFor),
/* harmony export */   M8: () => (/* binding */ PREDICTION_METRIC_NAMES),
/* harmony export */   kG: () => (/* binding */ REGRESSION_METRICS)
/* harmony export */ });
/**
 * The metric names Slipway computes from a predictions file (DESIGN.md), in the order a report
 * lists them: the computing modules (src/model/predictions) give these, and the config check uses
 * them to tell a typo in the rules ("f1_macor") from a metric the evaluation simply did not produce.
 */
const CLASSIFICATION_METRICS = [
    "accuracy",
    "balanced_accuracy",
    "precision",
    "recall",
    "f1",
    "precision_macro",
    "recall_macro",
    "f1_macro",
    "precision_micro",
    "recall_micro",
    "f1_micro",
    "precision_weighted",
    "recall_weighted",
    "f1_weighted",
    "roc_auc",
    "roc_auc_ovr",
    "log_loss",
    "brier",
];
const REGRESSION_METRICS = ["mae", "mse", "rmse", "r2", "mape", "median_ae"];
const PREDICTION_METRIC_NAMES = [...CLASSIFICATION_METRICS, ...REGRESSION_METRICS];
/** The names a predictions file of this task can give (each also per slice: `recall[region=EU]`). */
function predictionMetricNamesFor(task) {
    return task === "classification" ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
}


/***/ }),

/***/ 3721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ parseMetricName),
/* harmony export */   P2: () => (/* binding */ matchRuleKey)
/* harmony export */ });
/* unused harmony export isSlicePattern */
const SLICE = /^(.+)\[([^=\]]+)=(.*)\]$/;
function parseMetricName(name) {
    const match = SLICE.exec(name);
    if (!match)
        return { base: name, slice: null };
    // SLICE's three groups are not optional: a match has all of them.
    const [, base = "", column = "", value = ""] = match;
    return { base, slice: { column, value } };
}
function isSlicePattern(key) {
    return parseMetricName(key).slice?.value === "*";
}
/** The metric names a rule key applies to, in the order given. */
function matchRuleKey(key, names) {
    const { base, slice } = parseMetricName(key);
    if (slice?.value !== "*")
        return names.includes(key) ? [key] : [];
    return names.filter((name) => {
        const metric = parseMetricName(name);
        return metric.base === base && metric.slice?.column === slice.column;
    });
}


/***/ })

};
