export const id = 324;
export const ids = [324];
export const modules = {

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   F: () => (/* binding */ DURATION_HINT)
/* harmony export */ });
/**
 * Durations as people write them in YAML: "90s", "30m", "1h", "64h", "2d", "1w", "1h30m",
 * or ISO 8601 ("PT1H", "P2D"). Returns milliseconds, or null when the text does not parse,
 * so each caller can name its own file and key in the error.
 */
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
const COMPACT = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
const COMPACT_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const ISO = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
function parseDuration(text) {
    const value = text.trim();
    if (value === "")
        return null;
    if (COMPACT.test(value)) {
        let total = 0;
        // COMPACT matched the whole text, so every part has an amount and one of UNIT_MS's units.
        for (const [, amount = "", unit = ""] of value.matchAll(COMPACT_PART)) {
            total += Number(amount) * (UNIT_MS[unit] ?? Number.NaN);
        }
        return total;
    }
    const iso = ISO.exec(value.toUpperCase());
    if (iso && value.length > 1 && !value.toUpperCase().endsWith("T")) {
        const [, w = 0, d = 0, h = 0, m = 0, s = 0] = iso.map((part) => (part === undefined ? 0 : Number(part)));
        return (w * 7 * 86_400 + d * 86_400 + h * 3600 + m * 60 + s) * 1000;
    }
    return null;
}
const DURATION_HINT = 'a duration such as "90s", "30m", "1h", "2d", "1w", "1h30m" or ISO 8601 "PT1H"';


/***/ }),

/***/ 6943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   Ko: () => (/* binding */ repositoryRootOf),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   u0: () => (/* binding */ findConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _parse_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5180);
/** Finds and reads `.github/slipway.yml`. The only file I/O of src/config. */




const DEFAULT_CONFIG_PATH = ".github/slipway.yml";
/** Looks for `.github/slipway.yml` from `cwd` upwards; returns null when there is none. */
function findConfig(cwd) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    for (;;) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, DEFAULT_CONFIG_PATH);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            return null;
        dir = parent;
    }
}
function loadConfig(options) {
    const file = options.path ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd, options.path) : findConfig(options.cwd);
    if (!file) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(DEFAULT_CONFIG_PATH, "", `not found in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd)} or any folder above it. Create one (see README) or pass --config PATH.`);
    }
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8");
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(file, "", "cannot be read. Check the path passed with --config.", { cause });
    }
    const result = (0,_parse_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfig */ .o4)(text, file);
    if (!result.ok) {
        const messages = result.errors.map((error) => (0,_parse_config_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutFile */ .BQ)(error, file));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(file, "", (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .listProblems */ .vz)(messages));
    }
    return { config: result.config, file, root: repositoryRootOf(file), warnings: result.warnings };
}
/** The repository root of a config file: the folder that holds `.github/` (else the file's folder). */
function repositoryRootOf(configFile) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(configFile);
    return folder.endsWith(".github") ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(folder) : folder;
}


/***/ }),

/***/ 9950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ nearestKey)
/* harmony export */ });
/* harmony import */ var leven__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7785);

/**
 * The candidate closest to `word` by edit distance (Levenshtein, from `leven` rather than our own
 * table), when it is close enough to be a likely typo.
 */
function nearestKey(word, candidates) {
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const distance = (0,leven__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const tolerance = Math.max(2, Math.floor(word.length / 3));
    return bestDistance <= tolerance ? best : undefined;
}


/***/ }),

/***/ 5180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ withoutFile),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   ns: () => (/* binding */ parseYamlWith),
/* harmony export */   o4: () => (/* binding */ parseConfig)
/* harmony export */ });
/* unused harmony exports validateConfig, validateWith */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6921);
/* harmony import */ var _nearest_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9950);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7601);
/**
 * Parse → validate → messages. Returns `{ config, warnings }` or `{ errors }`; each message starts
 * with the file, line and key path and says what to do. Raw zod issues never reach users.
 */




function parseConfig(text, file) {
    const result = parseYamlWith(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .configSchema */ .Qn, text, file);
    return result.ok ? { ok: true, config: result.value, warnings: [] } : result;
}
/** Validates already-parsed data (the app reads config through `context.config`). */
function validateConfig(raw, file, lineOf = () => undefined) {
    const result = validateWith(configSchema, raw, file, lineOf);
    return result.ok ? { ok: true, config: result.value, warnings: [] } : result;
}
/**
 * Parses YAML (or JSON, which is YAML) against a zod schema, with messages that carry the file,
 * line and key path. Used for slipway.yml and for the data schema files.
 */
function parseYamlWith(schema, text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    if (document.errors.length > 0) {
        return {
            ok: false,
            errors: document.errors.map((error) => {
                const line = lineCounter.linePos(error.pos[0]).line;
                return `${file}${line ? `:${line}` : ""}: not valid YAML: ${firstLine(error.message)}`;
            }),
        };
    }
    const raw = document.toJS() ?? {};
    const lineOf = (path) => {
        const node = document.getIn(path, true);
        const offset = node?.range?.[0] ?? ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(document.contents) ? undefined : 0);
        return offset === undefined ? undefined : lineCounter.linePos(offset).line;
    };
    return validateWith(schema, raw, file, lineOf);
}
function validateWith(schema, raw, file, lineOf = () => undefined) {
    const result = schema.safeParse(raw);
    if (result.success)
        return { ok: true, value: result.data };
    const errors = result.error.issues.flatMap((issue) => describeIssue(schema, issue, raw, file, lineOf));
    return { ok: false, errors };
}
function describeIssue(schema, issue, raw, file, lineOf) {
    const at = (path) => {
        const line = lineOf(path);
        return `${file}${line ? `:${line}` : ""}: ${formatPath(path) || "(top level)"}`;
    };
    if (issue.code === "unrecognized_keys") {
        const known = knownKeysAt(schema, issue.path, raw);
        return issue.keys.map((key) => {
            const suggestion = (0,_nearest_key_js__WEBPACK_IMPORTED_MODULE_2__/* .nearestKey */ .q)(key, known);
            const hint = suggestion ? ` Did you mean "${suggestion}"?` : ` Valid keys: ${known.join(", ")}.`;
            return `${at([...issue.path, key])}: unknown key "${key}".${hint}`;
        });
    }
    if (issue.code === "invalid_value" && "values" in issue) {
        const value = valueAt(raw, issue.path);
        const options = issue.values.map((v) => JSON.stringify(v));
        const suggestion = typeof value === "string" ? (0,_nearest_key_js__WEBPACK_IMPORTED_MODULE_2__/* .nearestKey */ .q)(value, issue.values.map(String)) : undefined;
        const hint = suggestion ? ` Did you mean "${suggestion}"?` : "";
        return [`${at(issue.path)}: ${JSON.stringify(value)} is not one of ${options.join(", ")}.${hint}`];
    }
    if (issue.code === "invalid_type") {
        const value = valueAt(raw, issue.path);
        const got = value === undefined ? "nothing (the key is missing)" : describeValue(value);
        return [`${at(issue.path)}: expected ${issue.expected}, got ${got}.`];
    }
    if (issue.code === "invalid_union") {
        return [`${at(issue.path)}: ${describeUnion(issue)}`];
    }
    return [`${at(issue.path)}: ${issue.message}.`];
}
function describeUnion(issue) {
    // Report the branch that got furthest (fewest issues), so the message is about the user's intent.
    const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
    const first = best?.[0];
    if (!first)
        return "does not match any allowed form.";
    const where = first.path.length > 0 ? `${formatPath(first.path)}: ` : "";
    return `${where}${first.message}.`;
}
function formatPath(path) {
    let out = "";
    for (const part of path) {
        if (typeof part === "number")
            out += `[${part}]`;
        else
            out += out === "" ? String(part) : `.${String(part)}`;
    }
    return out;
}
function valueAt(raw, path) {
    let value = raw;
    for (const part of path) {
        if (value === null || typeof value !== "object")
            return undefined;
        value = value[part];
    }
    return value;
}
function describeValue(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "a mapping";
    return `${typeof value} ${JSON.stringify(value)}`;
}
/** The keys the schema allows at `path`, walking through wrappers, arrays, records and unions. */
function knownKeysAt(schema, path, raw) {
    let current = schema;
    for (const part of path) {
        current = current ? childSchema(unwrap(current), part) : undefined;
    }
    if (!current)
        return [];
    const target = unwrap(current);
    if (target instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodObject */ .bvH)
        return Object.keys(target.shape);
    if (target instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodUnion */ .fZ7) {
        const value = valueAt(raw, path);
        const present = value && typeof value === "object" ? Object.keys(value) : [];
        // Prefer the union member that shares most keys with what the user wrote.
        const members = target.options.map(unwrap).filter((m) => m instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodObject */ .bvH);
        const scored = members
            .map((m) => ({ keys: Object.keys(m.shape), score: 0 }))
            .map((m) => ({ ...m, score: present.filter((k) => m.keys.includes(k)).length }))
            .sort((a, b) => b.score - a.score);
        return scored[0]?.keys ?? [];
    }
    return [];
}
function childSchema(schema, part) {
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodObject */ .bvH)
        return schema.shape[String(part)];
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodArray */ .naA)
        return schema.element;
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodRecord */ .b8S)
        return schema.valueType;
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodUnion */ .fZ7) {
        for (const option of schema.options) {
            const child = childSchema(unwrap(option), part);
            if (child)
                return child;
        }
    }
    return undefined;
}
function unwrap(schema) {
    let current = schema;
    for (let i = 0; i < 10; i++) {
        if (current instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodOptional */ .IiU ||
            current instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodDefault */ .XiL ||
            current instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodNullable */ .l1C) {
            current = current.unwrap();
        }
        else if (current instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodPipe */ .utH) {
            current = current.in;
        }
        else
            break;
    }
    return current;
}
function firstLine(text) {
    return text.split("\n")[0] ?? text;
}
/** "file:12: key: detail" → "line 12: key: detail", for messages whose error already names the file. */
function withoutFile(message, file) {
    const rest = message.startsWith(file) ? message.slice(file.length) : message;
    return rest.replace(/^:(\d+): /, "line $1: ").replace(/^: /, "");
}


/***/ }),

/***/ 7601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ FAIL_ON_LEVELS),
  Qn: () => (/* binding */ configSchema),
  rG: () => (/* binding */ driftTestSchema),
  hC: () => (/* binding */ modelSchema)
});

// UNUSED EXPORTS: commentSchema, datasetSchema, datasetSourceSchema, dialectSchema, driftColumnSchema, driftSchema, environmentSchema, metricRuleSchema, packageSchema, plotSpecSchema, postgresSourceSchema, predictionsSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(2563);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
;// CONCATENATED MODULE: ./src/config/monitor-schema.ts
/**
 * The `monitor:` section of .github/slipway.yml: which datasets a scheduled run measures, which
 * metrics, how their history is judged, and what happens on a problem (issues, retraining). Kept
 * beside schema.ts, which includes it, so the section is one file.
 */


const monitor_schema_duration = schemas/* string */.YjP()
    .refine((text) => (0,duration/* parseDuration */.E)(text) !== null, { message: `expected ${duration/* DURATION_HINT */.F}` })
    .describe(`${duration/* DURATION_HINT */.F.replace(/^a /, "A ")}.`);
const MONITOR_METRICS = ["rows", "rows-since-last", "null-share", "checks", "drift"];
const monitorMetricSchema = schemas/* union */.KCZ([
    schemas/* enum */.k5n(MONITOR_METRICS)
        .describe("rows: row count; rows-since-last: rows added since the previous run; null-share: share of NULLs per column; checks: each schema check's failure count; drift: drifted share vs the reference."),
    schemas/* object */.Ikc({ freshness: schemas/* string */.YjP().min(1).describe("Timestamp column: freshness = now − its maximum.") })
        .strict(),
    schemas/* object */.Ikc({
        name: schemas/* string */.YjP()
            .regex(/^[a-z][a-z0-9_-]*$/, "use lower-case letters, digits, - and _")
            .describe("The metric's name."),
        sql: schemas/* string */.YjP()
            .min(1)
            .describe("A query returning one number, run where the data is (the table's database; a file is the view `dataset`)."),
    })
        .strict(),
]);
const monitorLimitsSchema = schemas/* object */.Ikc({
    "max-staleness": monitor_schema_duration
        .optional()
        .describe("The newest row must be at most this old (needs freshness)."),
    "min-rows": schemas/* number */.aig().int().nonnegative().optional().describe("At least this many rows."),
    "min-rows-since-last": schemas/* number */.aig()
        .int()
        .nonnegative()
        .optional()
        .describe("At least this many new rows since the previous run."),
    "max-null-share": schemas/* number */.aig().min(0).max(1).optional().describe("No column more than this share NULL."),
})
    .strict();
const retrainSchema = schemas/* object */.Ikc({
    when: schemas/* array */.YOg(schemas/* enum */.k5n(["drift", "anomaly", "checks"]))
        .min(1)
        .default(["drift"])
        .describe("Problems that start a retrain."),
    workflow: schemas/* string */.YjP().min(1).describe("Workflow file (in .github/workflows) run with workflow_dispatch."),
    ref: schemas/* string */.YjP().default("main").describe("Branch or tag the workflow runs on."),
    input: schemas/* string */.YjP().default("reason").describe("The workflow_dispatch input that receives the reason."),
})
    .strict();
const monitorSchema = schemas/* object */.Ikc({
    datasets: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe("Names of datasets under data: to watch; empty: all."),
    metrics: schemas/* array */.YOg(monitorMetricSchema)
        .default(["rows", "rows-since-last", "null-share", "checks"])
        .describe("What each run measures."),
    limits: monitorLimitsSchema.default({}).describe("Fixed limits, judged from the first run on."),
    history: schemas/* number */.aig().int().min(3).default(30).describe("Runs an expected range is judged on."),
    "min-history": schemas/* number */.aig()
        .int()
        .min(2)
        .default(7)
        .describe("Runs needed before a metric is judged against its history."),
    sensitivity: schemas/* number */.aig()
        .positive()
        .default(3.5)
        .describe("Expected range: median ± sensitivity × MAD (scaled to a standard deviation)."),
    seasonality: schemas/* enum */.k5n(["none", "weekly"])
        .default("none")
        .describe("weekly: judge each run against runs on the same weekday (UTC)."),
    issues: schemas/* boolean */.zMY().default(true).describe("Open, update and close one issue per dataset and problem."),
    labels: schemas/* array */.YOg(schemas/* string */.YjP())
        .default(["slipway-monitor"])
        .describe("Labels of the issues the monitor opens."),
    retrain: retrainSchema.optional().describe("Dispatch a retrain workflow on these problems."),
    by: schemas/* enum */.k5n(["action", "app"])
        .default("action")
        .describe("Who keeps the history, judges and acts: action (a history artifact; issues and retraining from the workflow) or app (the workflow only measures and uploads slipway-monitor-run; the installed app keeps the history in its store and acts)."),
})
    .strict();

;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The one definition of `.github/slipway.yml`. Types come from it, the JSON Schema for editors is
 * generated from it (`npm run schema`), and every key is documented here with its default.
 * Keys are kebab-case, as in workflow inputs. Objects are strict: an unknown key is an error that
 * names the path and the nearest valid key (see parse-config.ts).
 */




const schema_duration = schemas/* string */.YjP()
    .refine((text) => (0,duration/* parseDuration */.E)(text) !== null, { message: `expected ${duration/* DURATION_HINT */.F}` })
    .describe(`${duration/* DURATION_HINT */.F.replace(/^a /, "A ")}.`);
/** "5%" (relative) or 0.01 (absolute). */
const amount = schemas/* union */.KCZ([
    schemas/* number */.aig().nonnegative(),
    schemas/* string */.YjP().regex(/^\d+(\.\d+)?%$/, 'expected a number or a percentage like "5%"'),
])
    .describe('An absolute amount (0.01) or a relative one ("5%").');
/** The levels a failed check can fail the run at, written once for the config, the CLI and the actions. */
const FAIL_ON_LEVELS = ["error", "warning", "never"];
const failOn = schemas/* enum */.k5n(FAIL_ON_LEVELS)
    .describe("error: fail on failed checks; warning: also on warnings (drift); never: report only.");
const driftTestSchema = schemas/* enum */.k5n(["auto", ...types/* DRIFT_TESTS */.qx]);
const driftColumnSchema = schemas/* object */.Ikc({
    method: driftTestSchema
        .default("auto")
        .describe("The test for this column; auto picks as Evidently does."),
    threshold: schemas/* number */.aig()
        .positive()
        .optional()
        .describe("p-value (ks, chi2, z) or distance (others) threshold."),
})
    .strict();
const driftSchema = schemas/* object */.Ikc({
    method: driftTestSchema
        .default("auto")
        .describe("The test for every column; auto picks as Evidently does."),
    threshold: schemas/* number */.aig().positive().optional().describe("Threshold for every column's test."),
    share: schemas/* number */.aig()
        .min(0)
        .max(1)
        .default(0.5)
        .describe("Dataset drift when at least this share of columns drift."),
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), driftColumnSchema).default({}).describe("Per-column test and threshold."),
    ignore: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe("Columns not compared (ids, timestamps)."),
})
    .strict();
const character = (what) => schemas/* string */.YjP().min(1).max(4).describe(what);
/** A CSV dialect (Frictionless's keys, kebab-case); what is not stated is detected and reported. */
const dialectSchema = schemas/* object */.Ikc({
    delimiter: character("Cell separator, e.g. ';' or '\\t'. Default: detected from the first line."),
    header: schemas/* boolean */.zMY()
        .optional()
        .describe("Whether row 1 is a header. false: names come from the schema (else field1, field2, …)."),
    quote: schemas/* string */.YjP().max(1).optional().describe("Quote character (default '\"'; '' for none)."),
    escape: schemas/* string */.YjP()
        .max(1)
        .optional()
        .describe("Escape character inside quotes (default: the quote, doubled)."),
    comment: character("Lines starting with this are skipped."),
    "skip-rows": schemas/* number */.aig()
        .int()
        .min(0)
        .optional()
        .describe("Lines to skip before the header (or first row)."),
    "whitespace-delimited": schemas/* boolean */.zMY()
        .optional()
        .describe("Cells separated by runs of spaces or tabs (numpy.savetxt, aligned tables)."),
    decimal: character("Decimal separator of numbers (default '.')."),
})
    .partial();
const postgresSourceSchema = schemas/* object */.Ikc({
    "url-env": schemas/* string */.YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "name an environment variable, e.g. DATABASE_URL")
        .describe("Environment variable holding the database URL (never the URL itself)."),
    table: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("Table or view, optionally schema-qualified: public.orders."),
    query: schemas/* string */.YjP().min(1).optional().describe("A SELECT whose rows are the dataset (instead of table)."),
})
    .strict()
    .refine((s) => (s.table === undefined) !== (s.query === undefined), {
    message: "give exactly one of table and query",
});
const datasetSourceSchema = schemas/* object */.Ikc({ postgres: postgresSourceSchema.describe("A PostgreSQL table or query; checks run inside it.") })
    .strict();
const datasetSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1).describe("Dataset name, shown in reports."),
    path: schemas/* string */.YjP().min(1).optional().describe("File or glob; csv, tsv, parquet, jsonl, optionally .gz."),
    source: datasetSourceSchema.optional().describe("A database table instead of a file (instead of path)."),
    schema: schemas/* string */.YjP().optional().describe("Frictionless Table Schema (YAML or JSON) with Slipway extras."),
    reference: schemas/* string */.YjP().optional().describe("Reference data for drift."),
    drift: driftSchema.optional().describe("How `reference` and this data are compared (needs reference)."),
    "fail-on": failOn.default("error"),
    dialect: dialectSchema
        .optional()
        .describe("How a CSV/TSV/text file is read; unstated keys are detected."),
    encoding: schemas/* enum */.k5n(["utf-8", "latin-1", "cp1252", "utf-16"])
        .optional()
        .describe("Text encoding of the file (default utf-8; a UTF-16 byte-order mark is recognised)."),
})
    .strict()
    .refine((d) => (d.path === undefined) !== (d.source === undefined), {
    message: "give exactly one of path and source",
});
const metricRuleSchema = schemas/* object */.Ikc({
    min: schemas/* number */.aig().optional().describe("The metric must be at least this."),
    max: schemas/* number */.aig().optional().describe("The metric must be at most this."),
    better: schemas/* enum */.k5n(["higher", "lower"])
        .optional()
        .describe("Direction of improvement; default from the metric name."),
    "max-drop": amount
        .optional()
        .describe("Largest allowed fall against the baseline (for higher-is-better)."),
    "max-rise": amount
        .optional()
        .describe("Largest allowed rise against the baseline (for lower-is-better)."),
})
    .strict();
const predictionsSchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP().describe("CSV or Parquet file of predictions."),
    task: schemas/* enum */.k5n(["classification", "regression"]).describe("Which metrics are computed."),
    label: schemas/* string */.YjP().default("y").describe("Column with the true value."),
    prediction: schemas/* string */.YjP().default("y_pred").describe("Column with the predicted value."),
    probabilities: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe("Class-probability columns, p_<class>."),
    positive: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional().describe("Positive class for binary metrics."),
    slices: schemas/* array */.YOg(schemas/* string */.YjP())
        .default([])
        .describe("Segment columns: metrics per value, named metric[col=value]."),
})
    .strict();
/** One plot as DVC's dvc.yaml writes it: a file, the x field and the y field(s). */
const plotSpecSchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP().min(1).describe("CSV, TSV, JSON or YAML file of rows (DVC plots format)."),
    x: schemas/* string */.YjP().optional().describe("The x field; default: the row number (DVC's step)."),
    y: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)])
        .optional()
        .describe("The y field(s); default: the last field of the rows."),
    title: schemas/* string */.YjP().optional().describe('The chart title; default: "<y> by <x>".'),
})
    .strict();
const modelSchema = schemas/* object */.Ikc({
    test: schemas/* string */.YjP().optional().describe("Command that runs the model's tests."),
    junit: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())])
        .optional()
        .describe("JUnit XML results (glob)."),
    evaluate: schemas/* string */.YjP().optional().describe("Command that writes metrics or predictions."),
    requirements: schemas/* string */.YjP()
        .optional()
        .describe("What the test and evaluate commands need (pip requirements file); default: found beside them, at the root, or in dvc.yaml's deps."),
    metrics: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe("DVC-style metrics files (JSON, YAML, TOML, CSV)."),
    predictions: predictionsSchema
        .optional()
        .describe("Predictions Slipway computes metrics from (scikit-learn's definitions)."),
    params: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe("Parameter files compared with the baseline's."),
    primary: schemas/* string */.YjP().optional().describe("The metric that ranks variants and trends."),
    rules: schemas/* record */.g1P(schemas/* string */.YjP(), metricRuleSchema)
        .default({})
        .describe('Per metric; "metric[col=*]" for every slice.'),
    baseline: schemas/* object */.Ikc({
        ref: schemas/* string */.YjP().optional().describe("Git revision whose metric files are the baseline."),
        report: schemas/* string */.YjP().optional().describe("A slipway-report.json or metrics file as baseline."),
    })
        .strict()
        .optional()
        .describe("What the metrics are compared with."),
    "require-baseline": schemas/* boolean */.zMY()
        .default(false)
        .describe("true: a max-drop/max-rise rule with nothing to compare against (no baseline, or the metric is not in it) fails. false: it is reported as not evaluated."),
    "fail-on": failOn.default("error"),
    plots: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP().min(1), plotSpecSchema]))
        .default([])
        .describe("DVC plots shown in the comment as charts, base branch beside the PR: CSV, TSV, JSON or YAML files (a glob, or { path, x, y, title }), or a dvc.yaml whose plots: are read."),
})
    .strict();
const packageSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1).describe("Model name; the image title."),
    framework: schemas/* enum */.k5n(["sklearn", "custom"])
        .default("sklearn")
        .describe("sklearn: Slipway writes the server and Dockerfile; custom: your own dockerfile."),
    model: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())])
        .optional()
        .describe("Model artifact(s)."),
    dockerfile: schemas/* string */.YjP().optional().describe("Your own Dockerfile (framework: custom)."),
    context: schemas/* string */.YjP().default(".").describe("Build context for a custom Dockerfile."),
    python: schemas/* string */.YjP().default("3.12").describe("Python version of the image."),
    "base-image": schemas/* string */.YjP()
        .optional()
        .describe("Final stage's base image (default docker.io/library/python:<python>-slim)."),
    "build-image": schemas/* string */.YjP()
        .optional()
        .describe("Image the requirements are installed in (default: base-image)."),
    requirements: schemas/* string */.YjP().optional().describe("Serving requirements file."),
    sample: schemas/* string */.YjP().optional().describe("JSON sample input for the smoke test."),
    image: schemas/* string */.YjP().optional().describe("Image repository, e.g. ghcr.io/acme/churn-model."),
    port: schemas/* number */.aig().int().positive().default(8080).describe("Port the model server listens on."),
    labels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}).describe("Extra image labels."),
})
    .strict();
const commentSchema = schemas/* object */.Ikc({
    enabled: schemas/* boolean */.zMY().default(true).describe("Post the pull-request comment."),
    trend: schemas/* number */.aig().int().min(0).max(100).default(20).describe("Base-branch commits in the trend chart."),
    include: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe("The team's Markdown files (globs) added to the comment and job summary, made inert (no HTML, mentions, or links off GitHub)."),
    images: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe("PNG and SVG files (globs) put into the report artifact; the comment links them."),
    by: schemas/* enum */.k5n(["auto", "app", "action"])
        .default("auto")
        .describe("Who posts the comment and the check run: app (the Slipway app only), action (the workflow's token, no app needed), auto (the action, unless the app's comment is already on the pull request)."),
})
    .strict();
const freezeWindowSchema = schemas/* union */.KCZ([
    schemas/* object */.Ikc({
        cron: schemas/* string */.YjP().describe("Start of each window (5-field cron)."),
        duration: schema_duration,
        timezone: schemas/* string */.YjP().default("UTC").describe("IANA time zone the cron is read in."),
    })
        .strict(),
    schemas/* object */.Ikc({
        from: schemas/* string */.YjP().describe("ISO date-time the window starts."),
        to: schemas/* string */.YjP().describe("ISO date-time the window ends."),
    })
        .strict(),
]);
const environmentSchema = schemas/* object */.Ikc({
    require: schemas/* array */.YOg(schemas/* enum */.k5n(["data", "model", "package"]))
        .default([])
        .describe("Report parts that must have passed for the deployed commit."),
    approvals: schemas/* number */.aig().int().min(0).default(0).describe("Approvals needed from approvers."),
    approvers: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('Users and "@org/team".'),
    "prevent-self-approval": schemas/* boolean */.zMY()
        .default(true)
        .describe("Approvals by whoever deploys or wrote the pull request do not count."),
    branches: schemas/* array */.YOg(schemas/* string */.YjP())
        .default([])
        .describe("Branch globs allowed to deploy. With branches or tags set, only matching refs may deploy; with neither, any."),
    tags: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe("Tag globs allowed to deploy (see branches)."),
    after: schemas/* object */.Ikc({
        environment: schemas/* string */.YjP().describe("Environment the commit must have been deployed to first."),
        soak: schema_duration.default("0s"),
    })
        .strict()
        .optional()
        .describe("Deploy only what was deployed to another environment first, at least soak ago."),
    freeze: schemas/* array */.YOg(freezeWindowSchema).default([]).describe("Windows in which deployments wait."),
    "override-approvers": schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe("May approve a deploy during a freeze."),
})
    .strict();
const configSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1).default(1).describe("Version of this file's format."),
    data: schemas/* array */.YOg(datasetSchema).default([]).describe("Datasets to validate, one entry each."),
    model: modelSchema
        .optional()
        .describe("How the model is tested and evaluated, and the rules its metrics must meet."),
    package: packageSchema.optional().describe("How the model is packaged as a container image."),
    monitor: monitorSchema
        .optional()
        .describe("Scheduled runs: metrics against their history, issues, retraining."),
    comment: commentSchema
        .default({ enabled: true, trend: 20, include: [], images: [], by: "auto" })
        .describe("The pull-request comment the app posts."),
    environments: schemas/* record */.g1P(schemas/* string */.YjP(), environmentSchema)
        .default({})
        .describe("Deployment policy per GitHub environment name."),
})
    .strict();


/***/ }),

/***/ 2563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ REPORT_SCHEMA),
/* harmony export */   Qh: () => (/* binding */ reportSchema),
/* harmony export */   qx: () => (/* binding */ DRIFT_TESTS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/**
 * slipway/report@1 — the contract between the actions (writers) and the app (reader), written once
 * as a zod schema; the types are derived from it (as the config's are), so the checker of a report
 * read from outside (report-schema.ts) and the writers cannot drift apart. See DESIGN.md.
 * Writers never omit a documented field. Objects are loose: readers accept unknown extra fields,
 * as DESIGN.md promises writers of later minor additions.
 */

const REPORT_SCHEMA = "slipway/report@1";
const count = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative();
/** Frictionless constraint names where one exists, else Slipway's own. */
const checkNameSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([
    "type",
    "required",
    "unique",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "enum",
    "primaryKey",
    "foreignKey",
    "rows",
    "duplicate_rows",
    "null_fraction",
    "freshness",
    "mean",
    "stddev",
    "quantile",
]);
/** The drift tests a report can name; the config adds `auto` (pick as Evidently does). */
const DRIFT_TESTS = ["ks", "chi2", "z", "psi", "wasserstein", "jensenshannon", "linf"];
const driftTestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(DRIFT_TESTS);
/**
 * What became of a rule: judged and met, judged and missed, or not judged at all because there
 * was nothing to compare with (a max-drop without a baseline). A rule that was not evaluated is
 * no pass: it is shown and counted apart, and fails under `model.require-baseline: true`.
 */
const ruleStateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["passed", "failed", "not-evaluated"]);
const severitySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["error", "warning"]);
const frictionlessCheckCodeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([
    "type-error",
    "constraint-error",
    "unique-error",
    "primary-key",
    "foreign-key",
    "duplicate-row",
]);
const dataFormatSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["csv", "tsv", "parquet", "jsonl", "postgres"]);
const sampleSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    /** The 1-based data row, header excluded. */
    row: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    value: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J(),
    /** For a dataset read from several files: which one. */
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** unique / primaryKey / duplicate rows: the row this row repeats (Frictionless reports the repeats). */
    repeat_of: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional(),
    /** primaryKey: a cell of this row's key is missing. */
    null_key: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(true).optional(),
});
const checkResultSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    column: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    check: checkNameSchema,
    expected: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J(),
    unexpected_count: count,
    /** 0–100 */
    unexpected_percent: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(100),
    mostly: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1),
    success: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** Up to 20 failing rows. */
    samples: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(sampleSchema),
    /** Slipway extras (readers tolerate them): the measured value of aggregate checks, and the severity. */
    observed: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
    severity: severitySchema.optional(),
    /** Frictionless's error code for a failure of this check; absent for Slipway's own checks. */
    code: frictionlessCheckCodeSchema.optional(),
    /** The field's 1-based position among the data's columns (Frictionless's fieldNumber). */
    field_number: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().optional(),
});
const structuralErrorSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    /** Frictionless codes (type-error, missing-cell, …), or missing_column | extra_column | unreadable | ... */
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    column: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    row: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional(),
    /** 1-based position of the field (structure errors: labels and cells). */
    field: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().optional(),
    value: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
    count: count.optional(),
    /** For a dataset read from several files: which one. */
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const columnDriftSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    column: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    test: driftTestSchema,
    statistic: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    p_value: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    drifted: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["numeric", "categorical"]).optional(),
    /** Why the test differs from the one asked for, or why the statistic is capped (chi-square with new categories). */
    note: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const notComparedColumnSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    column: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** only_in_reference | only_in_current | ignored | datetime | unsupported_type | empty | not_found */
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    detail: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
});
const driftReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    reference: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    drifted: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** Share (0–1) of compared columns that drifted. */
    share: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1),
    /** The share at or above which the dataset counts as drifted. */
    threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    columns: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(columnDriftSchema),
    /** Slipway extras (readers tolerate them): what the reference was compared with, and the columns not compared and why. */
    current: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    not_compared: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(notComparedColumnSchema).optional(),
});
const readAsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    /** The sentence the text output prints after "read as:". */
    text: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The dialect as the config writes it (keys that differ from the defaults). */
    dialect: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()),
    encoding: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Keys the user stated; the rest were detected. */
    stated: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
});
const dataReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    dataset: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    format: dataFormatSchema,
    rows: count,
    columns: count,
    valid: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    seconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    checks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(checkResultSchema),
    errors: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(structuralErrorSchema),
    drift: driftReportSchema.nullable(),
    /** How a text file was read ("delimiter ';', header row 1, utf-8"), stated or detected. */
    read_as: readAsSchema.optional(),
    /** What the reader guessed and the user should confirm; never fails the dataset. */
    warnings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
});
const metricValues = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig());
const ruleResultSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    metric: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    rule: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    value: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    baseline: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable().optional(),
    delta: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable().optional(),
    /** For readers that know only this field: true exactly when `state` is "passed" (false when not evaluated). */
    passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    // Absent in reports written before rule states (read it with ruleState()); a state this version
    // does not know (a later writer's) is read as absent, so the rule falls back on `passed`.
    state: ruleStateSchema.optional().catch(undefined),
    /** Set when the rule could not be judged on its values (a RuleReason, or a later writer's); null otherwise. */
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
});
const paramChangeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    change: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["changed", "added", "removed"]),
    /** Absent when added. */
    base: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
    /** Absent when removed. */
    head: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
});
/** One series of a DVC plots file: y against x, in file order. */
const plotReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    /** The file, plus " · y" when the file gives several series; matches base and head. */
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    title: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Field names; x is "step" (the row number) when the file names none. */
    x: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    y: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** [x, y] pairs, at most MAX_PLOT_POINTS, evenly picked with the first and last kept. */
    points: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()]), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()])),
    /** How many rows the file had before the picking. */
    total: count,
});
const testFailureSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The runner's message, decoded (XML entities, CDATA): newlines and any characters as written. */
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Slipway extra: the test's line in `file`, when the runner wrote one. */
    line: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().optional().catch(undefined),
});
const testSummarySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    passed: count,
    failed: count,
    skipped: count,
    failures: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(testFailureSchema),
});
const modelReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    tests: testSummarySchema,
    metrics: metricValues,
    baseline: metricValues.nullable(),
    baseline_ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    rules: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ruleResultSchema),
    params: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()),
    params_baseline: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()),
    /**
     * Slipway extra: the params that differ from the baseline's, as `dvc params diff` lists them;
     * null when there was no baseline to compare params with (readers of older reports diff
     * `params` and `params_baseline` themselves).
     */
    params_changes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(paramChangeSchema).nullable().optional(),
    /** Slipway extras (readers tolerate them): the metric that ranks variants and trends. */
    primary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    /** The better direction of each metric that has one (from its rule, else its name). */
    directions: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["higher", "lower"])).optional(),
    /** What was compared with what, and what was skipped, in plain words. */
    notes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    /** The confusion matrix computed from predictions (classification), sklearn's layout. */
    confusion: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ labels: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()), matrix: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig())) })
        .nullable()
        .optional(),
    /** The series of `model.plots` (DVC plots), downsampled: the base branch's report holds the base series. */
    plots: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(plotReportSchema).optional(),
});
const smokeReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    seconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    /** Slipway extras: POST /predict latency, rows sent, what was checked or went wrong, the container's log when it failed. */
    latency_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().nullable().optional(),
    rows: count.nullable().optional(),
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    log: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const imageLayerSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ size_bytes: count, created_by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() });
const packageReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    image: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    size_bytes: count,
    labels: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    smoke: smokeReportSchema.nullable(),
    /** Slipway extras (readers tolerate them): the tool that built it, the image's version, its layers, whether it was pushed. */
    builder: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    layers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(imageLayerSchema).optional(),
    pushed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    build_seconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().optional(),
});
const runInfoSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    attempt: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
});
const reportSectionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    /** The file, relative to the repository root. */
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Its Markdown as written, cut to MAX_SECTION_CHARS. */
    markdown: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Characters cut off the end (0 when whole). */
    cut: count,
});
const reportImageSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    /** The file, relative to the repository root; the same path inside the artifact's slipway-images/ folder. */
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    size_bytes: count,
});
const reportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(REPORT_SCHEMA),
    commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    run: runInfoSchema.nullable(),
    /** Every part that ran passed. */
    passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    data: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(dataReportSchema),
    model: modelReportSchema.nullable(),
    package: packageReportSchema.nullable(),
    /**
     * Slipway extras (readers tolerate them; absent in older reports): the team's Markdown files
     * named by `comment.include`, as written (the renderer makes them inert), and the images of
     * `comment.images` uploaded beside the report in its artifact.
     */
    sections: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(reportSectionSchema).optional(),
    images: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(reportImageSchema).optional(),
});


/***/ })

};
