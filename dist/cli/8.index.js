export const id = 8;
export const ids = [8];
export const modules = {

/***/ 3289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ duckdbDialect)
/* harmony export */ });
/* harmony import */ var _validate_typed_expression_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8298);
/** DuckDB, the engine for files: the spellings the check compiler was first written in. */

const duckdbDialect = {
    name: "duckdb",
    columnExpressions: _validate_typed_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .columnExpressions */ .Kb,
    parseText: _validate_typed_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .parseText */ .r4,
    fullMatch: (text, pattern) => `regexp_full_match(${text}, ${pattern})`,
    quantile: (expression, quantile) => `quantile_cont(${expression}, ${quantile})`,
    divide: (numerator, denominator) => `${numerator} / ${denominator}`,
    // run-checks.ts numbers the rows once and unnests every failed check's hits in one scan.
    rowSamplesQuery: () => null,
    bitmapDistinct: (key, min, max) => `bit_count(bitstring_agg(${key}, ${min}, ${max}))`,
    finiteDouble: (expression) => `CASE WHEN isfinite(CAST(${expression} AS DOUBLE)) THEN CAST(${expression} AS DOUBLE) + CAST(0 AS DOUBLE) END`,
    discreteQuantiles: (expression, fractions) => `quantile_disc(${expression}, [${fractions.map((f) => `CAST('${f}' AS DOUBLE)`).join(", ")}])`,
    driftType: (nativeType) => nativeType,
};


/***/ }),

/***/ 9621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ postgresMessage),
/* harmony export */   o: () => (/* binding */ openPostgres)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/**
 * Opens a PostgreSQL connection as a `Sql`, the same seam DuckDB sits behind. The URL comes only
 * from an environment variable named in the config; it is never logged or put in a message (errors
 * name the variable, and PostgreSQL's own words, which hold no password). Values come back as
 * DuckDB's adapter returns them: bigint and numeric as numbers, dates and timestamps as ISO text
 * in UTC.
 */


const TEXT_TYPES = [1082, 1083, 1114, 1184]; // date, time, timestamp, timestamptz
const NUMBER_TYPES = [20, 1700]; // int8, numeric
const types = {
    getTypeParser(oid, format) {
        if (TEXT_TYPES.includes(oid))
            return (value) => value;
        if (NUMBER_TYPES.includes(oid))
            return (value) => Number(value);
        return pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].types */ .Ay.types.getTypeParser(oid, format ?? "text");
    },
};
/** Reads the URL from `env[urlEnv]`; `where` names the config entry for messages. */
async function openPostgres(urlEnv, env, where) {
    const url = env[urlEnv];
    if (!url) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(where, `the environment variable ${urlEnv} is not set; set it to the database URL (a repository secret in CI).`);
    }
    const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({ connectionString: url, types, application_name: "slipway" });
    try {
        await client.connect();
        // Timestamps as UTC text, as DuckDB prints TIMESTAMPTZ; the checks only read (see docs).
        await client.query("SET TimeZone = 'UTC'");
    }
    catch (error) {
        await client.end().catch(() => undefined);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(where, `cannot connect to the database in ${urlEnv}: ${postgresMessage(error)}.`);
    }
    let ended = null;
    return {
        async all(text) {
            const result = await client.query(text);
            return result.rows;
        },
        async run(text) {
            await client.query(text);
        },
        async columns(relation) {
            const { fields } = await client.query(`SELECT * FROM ${relation} AS src LIMIT 0`);
            const oids = [...new Set(fields.map((field) => field.dataTypeID))];
            const { rows } = await client.query("SELECT oid::int AS oid, typname FROM pg_type WHERE oid = ANY($1::oid[])", [oids]);
            const names = new Map(rows.map((row) => [Number(row.oid), row.typname]));
            return fields.map((field) => ({ name: field.name, type: names.get(field.dataTypeID) ?? "unknown" }));
        },
        close() {
            ended ??= client.end();
        },
        end() {
            ended ??= client.end();
            return ended;
        },
    };
}
/** PostgreSQL's message without anything that could hold the URL (pg puts none in it). */
function postgresMessage(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/postgres(ql)?:\/\/\S+/gi, "<database URL>");
}


/***/ }),

/***/ 2369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ postgresDialect)
/* harmony export */ });
/* unused harmony export postgresNativeMatches */
/* harmony import */ var _sql_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5320);
/**
 * PostgreSQL (15+): the checks run inside the database. Differences from DuckDB: no TRY_CAST (a
 * text value is cast only after a regular expression, and dates after a calendar test, proved the
 * cast cannot fail — an error would abort the whole scan), POSIX regular expressions with `~`,
 * `percentile_cont … WITHIN GROUP`, integer division, and sample rows fetched per check with a
 * LIMIT (PostgreSQL stops scanning once it has them).
 */

const INTEGERS = ["int2", "int4", "int8"];
const NUMBERS = [...INTEGERS, "numeric", "float4", "float8"];
const TEXTS = ["text", "varchar", "bpchar", "name"];
/** Whether a native PostgreSQL column type (pg_type.typname) already holds the declared type. */
function postgresNativeMatches(type, typname) {
    switch (type) {
        case "integer":
        case "year":
            return INTEGERS.includes(typname);
        case "number":
            return NUMBERS.includes(typname);
        case "boolean":
            return typname === "bool";
        case "date":
            return typname === "date";
        case "datetime":
            return typname === "timestamp" || typname === "timestamptz";
        case "time":
            return typname === "time";
        case "string":
        case "any":
            return TEXTS.includes(typname);
        default:
            // yearmonth, duration, object, array, geo types: checked as text, never taken as native.
            return false;
    }
}
const DATE = "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";
const TIME = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?";
const OFFSET = "(Z|[+-][0-9]{2}(:?[0-9]{2})?)";
const NUMBER = "\\s*[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*";
function matches(text, regex) {
    return `${text} ~ ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .eu)(`^(?:${regex})$`)}`;
}
/** True when the text's first ten characters (already shaped YYYY-MM-DD) name a calendar day. */
function realDay(text) {
    const part = (from, length) => `CAST(substr(${text}, ${from}, ${length}) AS INTEGER)`;
    return `substr(${text}, 1, 4) <> '0000' AND ${part(9, 2)} <= extract(day from make_date(${part(1, 4)}, ${part(6, 2)}, 1) + interval '1 month - 1 day')`;
}
function parseText(field, text) {
    const format = field.format && field.format !== "default" && field.format !== "any" ? field.format : null;
    if (format && ["date", "datetime", "time"].includes(field.type)) {
        // strptime formats (%Y-%m-%d) and to_timestamp patterns differ; validateTable refuses them first.
        // A bug, not bad input: describeFailure reports any plain Error as one.
        throw new Error(`field "${field.name}": a custom ${field.type} format reached the PostgreSQL compiler`);
    }
    const guarded = (test, cast) => `CASE WHEN ${test} THEN ${cast} END`;
    switch (field.type) {
        case "integer":
            // 18 digits always fit a BIGINT; longer values count as not integers (DuckDB: NULL on overflow).
            return guarded(matches(text, "\\s*[+-]?[0-9]{1,18}\\s*"), `CAST(${text} AS BIGINT)`);
        case "year":
            return guarded(matches(text, "\\s*-?[0-9]{4}\\s*"), `CAST(${text} AS INTEGER)`);
        case "number":
            return guarded(matches(text, NUMBER), `CAST(${text} AS DOUBLE PRECISION)`);
        case "boolean":
            return `CASE WHEN ${text} IN (${field.trueValues.map(_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .eu).join(", ")}) THEN true WHEN ${text} IN (${field.falseValues.map(_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .eu).join(", ")}) THEN false END`;
        case "date":
            // Nested CASEs: PostgreSQL evaluates a CASE's branches in order, an AND in any order.
            return guarded(matches(text, DATE), guarded(realDay(text), `CAST(${text} AS DATE)`));
        case "datetime":
            return guarded(matches(text, `${DATE}([ T]${TIME})?${OFFSET}?`), guarded(realDay(text), `CAST(${text} AS TIMESTAMPTZ)`));
        case "time":
            return guarded(matches(text, TIME), `CAST(${text} AS TIME)`);
        default:
            return text;
    }
}
function columnExpressions(field, typname) {
    const column = (0,_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .ident */ .bD)(field.name);
    const isText = TEXTS.includes(typname);
    const text = isText ? column : `CAST(${column} AS TEXT)`;
    if (field.type === "string" || field.type === "any")
        return { text, typed: text, canFailCast: false };
    if (!isText && postgresNativeMatches(field.type, typname))
        return { text, typed: column, canFailCast: false, stored: true };
    return { text, typed: parseText(field, text), canFailCast: true };
}
const postgresDialect = {
    name: "postgres",
    columnExpressions,
    parseText,
    fullMatch: (text, pattern) => `${text} ~ ('^(?:' || ${pattern} || ')$')`,
    quantile: (expression, quantile) => `percentile_cont(${quantile}) WITHIN GROUP (ORDER BY ${expression})`,
    divide: (numerator, denominator) => `CAST(${numerator} AS DOUBLE PRECISION) / ${denominator}`,
    rowSamplesQuery(source, checks, limit) {
        // One LIMITed query per check: the scan stops at the limit, and only failing rows leave.
        const parts = checks.map((check, k) => `(SELECT ${k} AS k, __row, v FROM (SELECT row_number() OVER () AS __row, ${check.predicate} AS hit, CAST(${check.sampleColumn} AS TEXT) AS v FROM (${source}) AS src) AS numbered WHERE hit LIMIT ${limit})`);
        return `SELECT k, __row, v FROM (${parts.join(" UNION ALL ")}) AS samples ORDER BY k, __row`;
    },
    // No isfinite() for float8: NaN and ±∞ are compared as values (PostgreSQL's NaN equals NaN).
    finiteDouble: (expression) => `CASE WHEN CAST(${expression} AS DOUBLE PRECISION) NOT IN ('NaN', 'Infinity', '-Infinity') THEN CAST(${expression} AS DOUBLE PRECISION) + CAST(0 AS DOUBLE PRECISION) END`,
    discreteQuantiles: (expression, fractions) => `percentile_disc(CAST(ARRAY[${fractions.map((f) => `'${f}'`).join(", ")}] AS DOUBLE PRECISION[])) WITHIN GROUP (ORDER BY ${expression})`,
    driftType: (typname) => DRIFT_TYPES[typname] ?? typname.toUpperCase(),
};
/** pg_type names as the DuckDB types drift plans by; anything else is named as it is (and not compared). */
const DRIFT_TYPES = {
    int2: "SMALLINT",
    int4: "INTEGER",
    int8: "BIGINT",
    float4: "FLOAT",
    float8: "DOUBLE",
    numeric: "DOUBLE",
    bool: "BOOLEAN",
    text: "VARCHAR",
    varchar: "VARCHAR",
    bpchar: "VARCHAR",
    name: "VARCHAR",
    uuid: "UUID",
    date: "DATE",
    time: "TIME",
    timestamp: "TIMESTAMP",
    timestamptz: "TIMESTAMP",
    interval: "INTERVAL",
};


/***/ }),

/***/ 4731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ planColumn),
/* harmony export */   uY: () => (/* binding */ INTEGER_CATEGORICAL_MAX_DISTINCT)
/* harmony export */ });
/* unused harmony export valueTypeOf */
/**
 * Which columns drift compares, and how: from the DuckDB types of a column in the reference and the
 * current data. Numbers are compared as numbers (DOUBLE), everything else as categories (text).
 * Dates and times are not compared — Evidently leaves datetime columns out of data drift too.
 */
/** How many distinct reference values an integer column may have and still count as categorical (Evidently's NUMBER_UNIQUE_AS_CATEGORICAL). */
const INTEGER_CATEGORICAL_MAX_DISTINCT = 5;
function valueTypeOf(duckdbType) {
    const type = duckdbType.trim().toUpperCase();
    if (/^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/.test(type))
        return "integer";
    if (/^(FLOAT|DOUBLE|REAL|DECIMAL(\(\d+,\s*\d+\))?|NUMERIC(\(\d+,\s*\d+\))?)$/.test(type))
        return "float";
    if (type === "BOOLEAN")
        return "boolean";
    if (type === "VARCHAR" || type === "UUID" || type === "JSON" || type.startsWith("ENUM("))
        return "text";
    if (/^(DATE|TIME|TIMESTAMP|INTERVAL)/.test(type))
        return "datetime";
    return "unsupported";
}
/** Decides from the two DuckDB types whether and how a column present in both datasets is compared. */
function planColumn(referenceType, currentType) {
    const reference = valueTypeOf(referenceType);
    const current = valueTypeOf(currentType);
    const types = referenceType === currentType
        ? referenceType
        : `${referenceType} in reference, ${currentType} in current`;
    if (reference === "unsupported" || current === "unsupported")
        return {
            compare: false,
            reason: "unsupported_type",
            detail: `${types}: drift compares numbers and categories`,
        };
    if (reference === "datetime" || current === "datetime")
        return {
            compare: false,
            reason: "datetime",
            detail: `${types}: dates and times are not compared (as Evidently)`,
        };
    const numeric = (t) => t === "integer" || t === "float";
    if (numeric(reference) && numeric(current))
        return { compare: true, valueSql: "DOUBLE", integer: reference === "integer" && current === "integer" };
    // Text or booleans on either side: compare as categories, the numbers spelt as text.
    return { compare: true, valueSql: "VARCHAR", integer: false };
}


/***/ }),

/***/ 2596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ computeDrift)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/data/sql.ts
var data_sql = __webpack_require__(5320);
;// CONCATENATED MODULE: ./src/data/drift/choose-test.ts
/** Evidently switches from p-value tests to distances above this many reference values. */
const SMALL_REFERENCE_MAX = 1000;
/** Evidently treats ≤ 5 distinct values (both datasets together) of a numeric column like categories. */
const FEW_VALUES_MAX = 5;
const P_VALUE_TESTS = new Set(["ks", "chi2", "z"]);
const DEFAULT_THRESHOLDS = {
    ks: 0.05,
    chi2: 0.05,
    z: 0.05,
    psi: 0.1,
    wasserstein: 0.1,
    jensenshannon: 0.1,
    linf: 0.1,
};
/** The column kinds each test applies to (Evidently's allowed_feature_types; linf bins numbers like PSI). */
const TEST_KINDS = {
    ks: ["numeric"],
    wasserstein: ["numeric"],
    chi2: ["categorical"],
    z: ["categorical"],
    psi: ["numeric", "categorical"],
    jensenshannon: ["numeric", "categorical"],
    linf: ["numeric", "categorical"],
};
function autoTest(kind, referenceCount, distinctValues) {
    const fewValues = distinctValues <= FEW_VALUES_MAX;
    if (referenceCount <= SMALL_REFERENCE_MAX) {
        if (kind === "categorical" || fewValues)
            return distinctValues > 2 ? "chi2" : "z";
        return "ks";
    }
    if (kind === "categorical" || fewValues)
        return "jensenshannon";
    return "wasserstein";
}
function chooseTest(input) {
    const auto = autoTest(input.kind, input.referenceCount, input.distinctValues);
    const threshold = (test) => input.columnThreshold ?? input.threshold ?? DEFAULT_THRESHOLDS[test];
    if (input.columnMethod && input.columnMethod !== "auto") {
        const test = input.columnMethod;
        if (!TEST_KINDS[test].includes(input.kind))
            return { ok: false, test, detail: kindMismatch(test, input.kind) };
        return { ok: true, test, threshold: threshold(test) };
    }
    // A column entry without its own method (zod fills in "auto") keeps the method for every column.
    if (input.method !== "auto") {
        const test = input.method;
        if (TEST_KINDS[test].includes(input.kind))
            return { ok: true, test, threshold: threshold(test) };
        return {
            ok: true,
            test: auto,
            threshold: threshold(auto),
            note: `${kindMismatch(test, input.kind)}; used ${auto}, the automatic choice`,
        };
    }
    return { ok: true, test: auto, threshold: threshold(auto) };
}
/** Evidently: KS drifts at p ≤ threshold, chi-square and z at p < threshold, distances at ≥ threshold. */
function isDrifted(test, statistic, pValue, threshold) {
    if (test === "ks")
        return (pValue ?? 1) <= threshold;
    if (P_VALUE_TESTS.has(test))
        return (pValue ?? 1) < threshold;
    return statistic >= threshold;
}
function kindMismatch(test, kind) {
    const fits = TEST_KINDS[test].join(" and ");
    const others = Object.keys(TEST_KINDS).filter((t) => TEST_KINDS[t].includes(kind));
    return `${test} applies to ${fits} columns and this column is ${kind} (for it: ${others.join(", ")})`;
}

// EXTERNAL MODULE: ./src/data/drift/column-kind.ts
var column_kind = __webpack_require__(4731);
;// CONCATENATED MODULE: ./src/data/drift/sql-double.ts
/** A DOUBLE literal that DuckDB reads back bit for bit (a bare 0.1 would be parsed as a DECIMAL first). */
function doubleLiteral(value) {
    if (!Number.isFinite(value))
        throw new RangeError(`not a finite number: ${value}`);
    return `CAST('${value}' AS DOUBLE)`;
}

;// CONCATENATED MODULE: ./src/data/drift/ecdf-distances.ts
/**
 * The two distances between empirical distribution functions that numeric drift needs, in one
 * DuckDB query (never rows pulled into JS): the Kolmogorov–Smirnov statistic max |F_ref − F_cur|
 * (scipy.stats.ks_2samp) and the first Wasserstein distance ∫ |F_ref − F_cur| dx
 * (scipy.stats.wasserstein_distance). Both ECDFs are step functions that change only at observed
 * values, so running counts over the values of both samples, in order, give them exactly — with
 * the divisions scipy makes (count / n), so the same doubles.
 *
 * Two plans, same numbers: few distinct values (integers, rounded data) are counted per value first
 * and the small tables joined; mostly-distinct values (measurements) skip that hash aggregation and
 * are sorted once together, the ECDFs read at the last row of each run of equal values.
 */


/** Counting per value pays off while values repeat, on average, more than this many times. */
const REPEATS_FOR_VALUE_COUNTS = 4;
function chooseEcdfPlan(counts, distinct) {
    return distinct * REPEATS_FOR_VALUE_COUNTS <= counts.reference + counts.current
        ? "value-counts"
        : "sorted-union";
}
async function ecdfDistances(sql, tables, column, counts, plan) {
    const c = (0,data_sql/* ident */.bD)(column);
    const nr = doubleLiteral(counts.reference);
    const nc = doubleLiteral(counts.current);
    const values = (table) => `SELECT ${c} AS v FROM ${(0,data_sql/* ident */.bD)(table)} WHERE ${c} IS NOT NULL`;
    const ecdfs = plan === "value-counts"
        ? `r AS (SELECT v, count(*) AS n FROM (${values(tables.reference)}) GROUP BY 1),
         c AS (SELECT v, count(*) AS n FROM (${values(tables.current)}) GROUP BY 1),
         j AS (SELECT coalesce(r.v, c.v) AS v, coalesce(r.n, 0) AS rn, coalesce(c.n, 0) AS cn
               FROM r FULL OUTER JOIN c ON r.v = c.v),
         f AS (SELECT CAST(sum(rn) OVER w AS DOUBLE) / ${nr} AS fr,
                      CAST(sum(cn) OVER w AS DOUBLE) / ${nc} AS fc,
                      lead(v) OVER (ORDER BY v) - v AS dv
               FROM j WINDOW w AS (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))`
        : `u AS (SELECT v, 1 AS r FROM (${values(tables.reference)})
               UNION ALL SELECT v, 0 AS r FROM (${values(tables.current)})),
         e AS (SELECT v, sum(r) OVER w AS cr, row_number() OVER w AS n, lead(v) OVER w AS nv
               FROM u WINDOW w AS (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)),
         f AS (SELECT CAST(cr AS DOUBLE) / ${nr} AS fr, CAST(n - cr AS DOUBLE) / ${nc} AS fc, nv - v AS dv
               FROM e WHERE nv IS DISTINCT FROM v)`;
    const [row] = await sql.all(`
    WITH ${ecdfs}
    SELECT max(fr - fc) AS d_plus, max(fc - fr) AS d_minus, fsum(abs(fr - fc) * dv) AS wasserstein FROM f`);
    return {
        dPlus: Number(row?.d_plus ?? 0),
        dMinus: Number(row?.d_minus ?? 0),
        wasserstein: Number(row?.wasserstein ?? 0),
    };
}

;// CONCATENATED MODULE: ./src/data/drift/histogram-bins.ts
/**
 * The histogram Evidently bins numeric columns into for PSI and Jensen–Shannon (and we for
 * l-infinity) when the reference has more than 20 distinct values:
 * np.histogram_bin_edges(concat(reference, current), bins="sturges"), then np.histogram per dataset.
 * Edges are computed here exactly as numpy 1.24 does (same floating-point operations, so the same
 * doubles); values are binned in DuckDB with numpy's rule: bin i holds edge_i ≤ v < edge_{i+1}, the
 * last bin also holds its upper edge.
 */

/** Evidently bins numeric columns only above this many distinct reference values (get_binned_data). */
const BINNING_MIN_DISTINCT = 20;
/** numpy.histogram_bin_edges(a, bins="sturges") for data with this minimum, maximum and size. */
function sturgesEdges(min, max, size) {
    let first = min;
    let last = max;
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    // _hist_bin_sturges: ptp(a) / (log2(a.size) + 1); ptp is of the data, not of the widened range.
    const width = (max - min) / (Math.log2(size) + 1.0);
    const bins = width ? Math.ceil((last - first) / width) : 1;
    // np.linspace(first, last, bins + 1): i * step + start, with the last edge set to stop.
    const step = (last - first) / bins;
    const edges = Array.from({ length: bins + 1 }, (_, i) => i * step + first);
    edges[bins] = last;
    return edges;
}
/**
 * SQL counting the non-null values of `column` in `table` per 0-based bin: rows (k, n), empty bins absent.
 */
function binCountsSql(table, column, edges) {
    const bins = edges.length - 1;
    const start = edges.at(0);
    const stop = edges.at(-1);
    if (start === undefined || stop === undefined)
        throw new Error("binCountsSql needs the bins' edges");
    const first = doubleLiteral(start);
    const step = doubleLiteral((stop - start) / bins);
    const list = `[${edges.map(doubleLiteral).join(", ")}]`;
    // A first guess from the uniform width, then one step down or up where rounding put the value on
    // the wrong side of an edge (the guess is never off by more than one bin).
    const guess = `least(greatest(CAST(floor((v - ${first}) / ${step}) AS BIGINT), 0), ${bins - 1})`;
    const bin = `CASE WHEN v < ${list}[g + 1] THEN g - 1 WHEN g < ${bins - 1} AND v >= ${list}[g + 2] THEN g + 1 ELSE g END`;
    return `SELECT ${bin} AS k, count(*) AS n
    FROM (SELECT v, ${guess} AS g FROM (SELECT ${column} AS v FROM ${table} WHERE ${column} IS NOT NULL))
    GROUP BY 1`;
}

;// CONCATENATED MODULE: ./src/data/drift/frequency-statistics.ts
/**
 * The tests that compare frequencies — of categories, of a numeric column's few values, or of the
 * bins of its histogram — computed by DuckDB as aggregates over one row per key (never per data
 * row), exactly as Evidently/scipy define them:
 *   chi2  scipy.stats.chisquare(f_obs = current counts, f_exp = reference counts · n_cur/n_ref)
 *   z     the two-proportion z statistic for the first key (sorted) against the rest
 *   jensenshannon  scipy.spatial.distance.jensenshannon(ref %, cur %), natural log
 *   psi   Σ (ref% − cur%) ln(ref% / cur%), empty cells filled as Evidently does
 *   linf  max |ref% − cur%|
 */



/** One row (k, rn, cn) per value seen in either dataset. */
function valueCountsSql(tables, column) {
    const c = (0,data_sql/* ident */.bD)(column);
    const counts = (table) => `SELECT ${c} AS k, count(*) AS n FROM ${(0,data_sql/* ident */.bD)(table)} WHERE ${c} IS NOT NULL GROUP BY 1`;
    return `SELECT coalesce(r.k, c.k) AS k, coalesce(r.n, 0) AS rn, coalesce(c.n, 0) AS cn
    FROM (${counts(tables.reference)}) r FULL OUTER JOIN (${counts(tables.current)}) c ON r.k = c.k`;
}
/** One row (k, rn, cn) per histogram bin, empty bins included (np.histogram returns them all). */
function binnedCountsSql(tables, column, edges) {
    const c = (0,data_sql/* ident */.bD)(column);
    return `SELECT b.range AS k, coalesce(r.n, 0) AS rn, coalesce(c.n, 0) AS cn
    FROM range(${edges.length - 1}) b
    LEFT JOIN (${binCountsSql((0,data_sql/* ident */.bD)(tables.reference), c, edges)}) r ON r.k = b.range
    LEFT JOIN (${binCountsSql((0,data_sql/* ident */.bD)(tables.current), c, edges)}) c ON c.k = b.range`;
}
async function frequencyStatistics(sql, countsSql, counts) {
    const nr = doubleLiteral(counts.reference);
    const nc = doubleLiteral(counts.current);
    // Evidently's k_norm = len(current) / len(reference), applied to the reference counts.
    const kNorm = doubleLiteral(counts.current / counts.reference);
    // Evidently's get_binned_data(feel_zeroes=True): an empty cell gets min(non-empty %)/10^6 when that
    // minimum is ≤ 0.0001, else 0.0001.
    const small = doubleLiteral(0.0001);
    const fill = (min) => `CASE WHEN ${min} <= ${small} THEN ${min} / ${doubleLiteral(1e6)} ELSE ${small} END`;
    const [row] = await sql.all(`
    WITH f AS (${countsSql}),
         p AS (SELECT k, rn, cn, CAST(rn AS DOUBLE) / ${nr} AS rp, CAST(cn AS DOUBLE) / ${nc} AS cp FROM f),
         t AS (SELECT fsum(rp) AS srp, fsum(cp) AS scp,
                      min(rp) FILTER (WHERE rp > 0) AS mrp, min(cp) FILTER (WHERE cp > 0) AS mcp FROM p),
         q AS (SELECT p.*, rp / srp AS pn, cp / scp AS qn,
                      CASE WHEN rp = 0 THEN ${fill("mrp")} ELSE rp END AS rpf,
                      CASE WHEN cp = 0 THEN ${fill("mcp")} ELSE cp END AS cpf
               FROM p, t)
    SELECT count(*) AS keys,
           count(*) FILTER (WHERE rn = 0) AS new_keys,
           fsum(CASE WHEN rn > 0 THEN (cn - rn * ${kNorm}) * (cn - rn * ${kNorm}) / (rn * ${kNorm}) END) AS chi2,
           fsum(CASE WHEN pn > 0 THEN pn * ln(pn / ((pn + qn) / CAST(2 AS DOUBLE))) ELSE 0 END)
             + fsum(CASE WHEN qn > 0 THEN qn * ln(qn / ((pn + qn) / CAST(2 AS DOUBLE))) ELSE 0 END) AS js,
           fsum((rpf - cpf) * ln(rpf / cpf)) AS psi,
           max(abs(rp - cp)) AS linf,
           arg_min(rn, k) AS first_rn,
           arg_min(cn, k) AS first_cn
    FROM q`);
    const keys = Number(row?.keys ?? 0);
    const newKeys = Number(row?.new_keys ?? 0);
    const js = Number(row?.js ?? 0);
    return {
        keys,
        newKeys,
        chi2: newKeys > 0 ? Number.POSITIVE_INFINITY : Number(row?.chi2 ?? 0),
        // scipy: sqrt(js / 2); rounding can leave a hair below 0 for identical distributions.
        jensenShannon: Math.sqrt(Math.max(js, 0) / 2.0),
        psi: Number(row?.psi ?? 0),
        linf: Number(row?.linf ?? 0),
        firstKey: { reference: Number(row?.first_rn ?? 0), current: Number(row?.first_cn ?? 0) },
    };
}

;// CONCATENATED MODULE: ./src/data/drift/stats/incomplete-gamma.ts
/**
 * ln Γ(a) and the regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), from which
 * the chi-square and normal tail probabilities follow. Hand-written because no maintained npm
 * package for this is installed here and the few lines below are standard (Numerical Recipes' series
 * and Lentz continued fraction); what matters for agreement with scipy (cephes igamc) is the
 * prefactor x^a e^-x / Γ(a), which we compute without cancellation for large a (many categories)
 * as a·log1pmx((x−a)/a) plus Stirling's series.
 */
const EPS = Number.EPSILON;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000_000;
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** Below this, ln Γ is reached by the recurrence Γ(a+1) = aΓ(a); above, Stirling's series is exact to 1e-17. */
const STIRLING_FROM = 15;
/** Stirling's correction ln Γ(a) − [(a − ½) ln a − a + ½ ln 2π], for a ≥ STIRLING_FROM. */
function stirlingCorrection(a) {
    const r = 1 / a;
    const r2 = r * r;
    // Bernoulli terms B2k / (2k (2k−1) a^(2k−1)), k = 1..7.
    return (r *
        (1 / 12 +
            r2 *
                (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 / 156)))))));
}
/** ln Γ(a) for a > 0. */
function lnGamma(a) {
    if (!(a > 0))
        return Number.NaN;
    let shift = 0;
    let x = a;
    // ln(a (a+1) … (a+k−1)), summed as logs so that tiny a does not lose digits.
    while (x < STIRLING_FROM) {
        shift += Math.log(x);
        x += 1;
    }
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + stirlingCorrection(x) - shift;
}
/** ln(1 + t) − t without cancellation near 0. */
function log1pmx(t) {
    if (Math.abs(t) < 0.25) {
        // −t²/2 + t³/3 − t⁴/4 + …: term k is (−1)^(k+1) t^k.
        let term = t;
        let sum = 0;
        for (let k = 2; k < 200; k++) {
            term *= -t;
            const add = term / k;
            sum += add;
            if (Math.abs(add) < EPS * Math.abs(sum))
                break;
        }
        return sum;
    }
    return Math.log1p(t) - t;
}
/** ln(x^a e^-x / Γ(a)). */
function logPrefactor(a, x) {
    if (a < STIRLING_FROM)
        return a * Math.log(x) - x - lnGamma(a);
    // a ln x − x − ln Γ(a) = a·log1pmx((x−a)/a) + ½ ln(a / 2π) − correction(a): no large terms cancel.
    return a * log1pmx((x - a) / a) + 0.5 * Math.log(a) - HALF_LOG_2PI - stirlingCorrection(a);
}
/** P(a, x) by its power series, for x < a + 1. */
function lowerSeries(a, x) {
    let denominator = a;
    let term = 1 / a;
    let sum = term;
    for (let i = 0; i < MAX_ITERATIONS; i++) {
        denominator += 1;
        term *= x / denominator;
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(logPrefactor(a, x));
}
/** Q(a, x) by its continued fraction (modified Lentz), for x ≥ a + 1. */
function upperContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITERATIONS; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(logPrefactor(a, x)) * h;
}
/** Regularised upper incomplete gamma Q(a, x), as scipy.special.gammaincc. */
function gammaQ(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return Number.NaN;
    if (x === 0)
        return 1;
    if (x === Number.POSITIVE_INFINITY)
        return 0;
    if (x < a + 1)
        return Math.min(1, Math.max(0, 1 - lowerSeries(a, x)));
    return Math.min(1, Math.max(0, upperContinuedFraction(a, x)));
}
/** Survival function of the chi-square distribution, as scipy.stats.chi2.sf(x, df). */
function chi2Sf(x, df) {
    if (!(df > 0))
        return Number.NaN;
    if (x <= 0)
        return 1;
    return gammaQ(df / 2, x / 2);
}
/** Two-sided normal tail 2·P(Z > |z|), as 2 * scipy.stats.norm.sf(abs(z)): erfc(|z|/√2) = Q(½, z²/2). */
function normalTwoSidedP(z) {
    if (Number.isNaN(z))
        return Number.NaN;
    return gammaQ(0.5, (z * z) / 2);
}

;// CONCATENATED MODULE: ./src/data/drift/stats/binomial-pmf.ts
/**
 * The binomial probability C(n, k) p^k q^(n−k) to full double precision for any n, by Loader's
 * saddle-point method ("Fast and accurate computation of binomial probabilities", 2000; also R's
 * dbinom_raw): Stirling-series remainders and a cancellation-free x·ln(x/M) + M − x. Summing logs of
 * factorials instead loses ~n·ε, which at n = 10^6 is already 1e-8 relative.
 */

const LN_2PI = Math.log(2 * Math.PI);
const HALF_LN_2PI = 0.5 * LN_2PI;
/** stirlerr(n) = ln n! − [(n + ½) ln n − n + ½ ln 2π]. */
function stirlingError(n) {
    if (n <= 15)
        return lnGamma(n + 1) - (n + 0.5) * Math.log(n) + n - HALF_LN_2PI;
    const nn = n * n;
    // 1/12n − 1/360n³ + 1/1260n⁵ − 1/1680n⁷ + 1/1188n⁹
    return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / nn) / nn) / nn) / nn) / n;
}
/** x ln(x/M) + M − x, the "deviance" term, without cancellation when x ≈ M. */
function deviance(x, M) {
    if (Math.abs(x - M) < 0.1 * (x + M)) {
        const v = (x - M) / (x + M);
        let s = (x - M) * v;
        let ej = 2 * x * v;
        const v2 = v * v;
        for (let j = 1; j < 1000; j++) {
            ej *= v2;
            const next = s + ej / (2 * j + 1);
            if (next === s)
                return next;
            s = next;
        }
        return s;
    }
    return x * Math.log(x / M) + M - x;
}
/** C(n, k) p^k q^(n−k) given n·p and n·q (p + q = 1), for 0 < k < n. */
function binomialPmf(k, n, np, nq) {
    const lc = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, np) - deviance(n - k, nq);
    const lf = LN_2PI + Math.log(k) + Math.log1p(-k / n);
    return Math.exp(lc - 0.5 * lf);
}

;// CONCATENATED MODULE: ./src/data/drift/stats/smirnov.ts
/**
 * Survival function of the one-sided Kolmogorov–Smirnov statistic D+_n (Smirnov), as
 * scipy.special.smirnov(n, x), which scipy's two-sided Kolmogorov distribution uses in its tails.
 * Follows the structure of scipy's cephes kolmogorov.c (van Mulbregt, arXiv 1802.06966): the same
 * special cases, the same approximation above n = 10^6, the same lower Birnbaum–Tingey sum with the
 * same early stop. Where scipy uses double-double arithmetic, each term here is a binomial
 * probability computed by Loader's method, which keeps the sum accurate to ~1e-12 relative for
 * n ≤ 10^6 (summing logs of factorials would lose ~n·ε).
 */

/** cephes MINLOG, ln(2^-1022). */
const MINLOG = -708.3964185322641;
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;
/** The exact product a·b as hi + lo (Dekker/Veltkamp), to take floor(n·x) without rounding. */
function twoProduct(a, b) {
    const hi = a * b;
    const split = (v) => {
        const c = 134217729 * v; // 2^27 + 1
        const big = c - (c - v);
        return [big, v - big];
    };
    const [ah, al] = split(a);
    const [bh, bl] = split(b);
    const lo = ah * bh - hi + ah * bl + al * bh + al * bl;
    return [hi, lo];
}
/** floor(n·x) and the fractional part alpha of n·x, exactly (scipy's modNX). */
function modNX(n, x) {
    const [hi, lo] = twoProduct(n, x);
    let floor = Math.floor(hi);
    let alpha = hi - floor + lo;
    if (alpha < 0) {
        floor -= 1;
        alpha += 1;
    }
    if (alpha >= 1) {
        floor += 1;
        alpha -= 1;
    }
    return { floor, alpha };
}
/** P(D+_n ≥ x). */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return Number.NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    const { floor: nxfl, alpha } = modNX(n, x);
    // x ≤ 1/n: cdf = x (1 + x)^(n−1).
    if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
        return clip(1 - x * Math.exp((n - 1) * Math.log1p(x)));
    }
    if (-2 * n * x * x < MINLOG)
        return 0;
    // x ≥ 1 − 1/n: sf = (1 − x)^n.
    if (nxfl >= n - 1)
        return clip(Math.exp(n * Math.log1p(-x)));
    if (n > SMIRNOV_MAX_COMPUTE_N) {
        // scipy's approximation for very large n: p ~ e^(−(6nx+1)² / 18n).
        const logp = -((6.0 * n * x + 1) ** 2) / 18.0 / n;
        if (logp < -Math.LN2)
            return clip(Math.exp(logp));
        return clip(1 - -Math.expm1(logp));
    }
    // Lower sum: sf = x · Σ_{v=0}^{N} C(n,v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v), N the last v with 1 − x − v/n > 0.
    let lastV = n - nxfl - (alpha === 0 ? 0 : 1);
    if (alpha === 0)
        lastV -= 1;
    const nTerms = lastV + 1;
    const vmid = Math.floor(n / 2);
    const nx = n * x;
    let sum = Math.exp(n * Math.log1p(-x)) / x; // v = 0
    for (let v = 1; v < nTerms; v++) {
        // C(n,v) a^(v−1) b^(n−v) with a = x + v/n, b = 1 − a: a binomial probability divided by a.
        const np = nx + v;
        const term = (binomialPmf(v, n, np, n - v - nx) * n) / np;
        if (Number.isFinite(term) && term !== 0)
            sum += term;
        if (term !== 0) {
            // Safe to stop: the remaining terms cannot move the sum.
            if (4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1)
                break;
        }
        else if (v > vmid) {
            break;
        }
    }
    return clip(x * sum);
}
function clip(p) {
    return Math.min(1, Math.max(0, p));
}

;// CONCATENATED MODULE: ./src/data/drift/stats/kolmogorov.ts
// biome-ignore-all lint/style/noNonNullAssertion: a branch-for-branch port of scipy's _ksstats.py; every index is bounded by the loop limits and array sizes scipy uses (m×m matrices, npwrs-long power tables), and a check per access would cost in the matrix-power and convolution loops.
/**
 * Survival function of the two-sided one-sample Kolmogorov–Smirnov statistic D_n, as
 * scipy.stats.kstwo.sf(x, n) (scipy/stats/_ksstats.py, Simard & L'Ecuyer 2011), which ks_2samp uses
 * for large samples with n = round(n1·n2 / (n1 + n2)). Ported branch for branch so that every
 * regime picks the same algorithm scipy picks: Ruben–Gambino closed forms, Durbin's matrix
 * (Marsaglia–Tsang–Wang), Pomeranz's recursion, the Pelz–Good series and 2·Smirnov in the tail.
 */

const E128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT2PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const MIN_LOG = -708;
/** Stirling's series for ln(n!) − …, highest power first (scipy's decimals are these rationals). */
const STIRLING_COEFFS = [
    -3617 / 122400,
    1 / 156,
    -691 / 360360,
    1 / 1188,
    -1 / 1680,
    1 / 1260,
    -1 / 360,
    1 / 12,
];
const kolmogorov_clip = (p) => Math.min(1, Math.max(0, p));
function polyval(coefficients, x) {
    let result = 0;
    for (const c of coefficients)
        result = result * x + c;
    return result;
}
function logNFactorialDivNPowN(n) {
    const rn = 1.0 / n;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * polyval(STIRLING_COEFFS, rn / n);
}
function zeros(m) {
    return Array.from({ length: m }, () => new Float64Array(m));
}
function matmul(a, b) {
    const m = a.length;
    const out = zeros(m);
    for (let i = 0; i < m; i++) {
        const row = a[i];
        const target = out[i];
        for (let k = 0; k < m; k++) {
            const aik = row[k];
            if (aik === 0)
                continue;
            const bk = b[k];
            for (let j = 0; j < m; j++)
                target[j] += aik * bk[j];
        }
    }
    return out;
}
/** Pr(D_n ≤ d) by Durbin's matrix method, powers by squaring with exponent tracking (MTW). */
function kolmogornCdfDurbin(n, d) {
    if (d >= 1.0)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = zeros(m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1.0;
    for (let j = 1; j <= m; j++) {
        v[j - 1] = 1.0 - h ** j;
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] *= fac;
    }
    const tt = Math.max(2 * h - 1.0, 0) ** m - 2 * h ** m;
    v[m - 1] = (1.0 + tt) * fac;
    for (let i = 1; i < m; i++) {
        for (let r = i - 1; r < m; r++)
            H[r][i] = w[r - (i - 1)];
    }
    for (let r = 0; r < m; r++)
        H[r][0] = v[r];
    for (let c = 0; c < m; c++)
        H[m - 1][c] = v[m - 1 - c];
    let Hpwr = zeros(m);
    for (let i = 0; i < m; i++)
        Hpwr[i][i] = 1;
    let nn = n;
    let expnt = 0;
    let Hexpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            Hpwr = matmul(Hpwr, H);
            expnt += Hexpnt;
        }
        H = matmul(H, H);
        Hexpnt *= 2;
        if (Math.abs(H[k - 1][k - 1]) > E128) {
            for (const row of H)
                for (let j = 0; j < m; j++)
                    row[j] /= E128;
            Hexpnt += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = Hpwr[k - 1][k - 1];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= E128;
            expnt -= 128;
        }
    }
    if (expnt !== 0)
        p *= 2 ** expnt;
    return kolmogorov_clip(p);
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = Math.floor((i + 1) / 2);
        const ip1mod2 = (i + 1) % 2;
        if (ip1mod2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pr(D_n ≤ x) by Pomeranz's recursion (scipy uses it for n ≤ 140, 0.754693 < n·x² ≤ 4). */
function kolmogornCdfPomeranz(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = 1.0 * (t - ll);
    const g = Math.min(f, 1.0 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = 1.0;
    twogpower[0] = 1.0;
    onem2gpower[0] = 1.0;
    let expnt = 0;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * gOverN) / m;
        twogpower[m] = (twogpower[m - 1] * twoGOverN) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * oneMinusTwoGOverN) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1, j2] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0.0);
        [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            // np.convolve(V0[k1-V0s : k1-V0s+ln2], pwrs[:ln2]), slices truncated at the array end as numpy does.
            const aStart = k1 - V0s;
            const a = V0.subarray(aStart, Math.min(aStart + ln2, npwrs));
            const b = pwrs.subarray(0, Math.min(ln2, npwrs));
            const conv = new Float64Array(a.length + b.length - 1);
            for (let p = 0; p < a.length; p++) {
                const ap = a[p];
                if (ap === 0)
                    continue;
                for (let q = 0; q < b.length; q++)
                    conv[p + q] += ap * b[q];
            }
            const convStart = j1 - k1;
            const convLen = j2 - j1 + 1;
            for (let c = 0; c < convLen; c++)
                V1[c] = conv[convStart + c];
            let max = Number.NEGATIVE_INFINITY;
            for (const value of V1)
                if (value > max)
                    max = value;
            if (max > 0 && max < EM128) {
                for (let c = 0; c < npwrs; c++)
                    V1[c] *= E128;
                expnt -= 128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > E128) {
            ans *= EM128;
            expnt += 128;
        }
        ans *= m;
    }
    if (expnt !== 0)
        ans *= 2 ** expnt;
    return kolmogorov_clip(ans);
}
/** Pr(D_n ≤ x) by the Pelz–Good asymptotic series (unclipped, as scipy returns it). */
function kolmogornCdfPelzGood(n, x) {
    if (x <= 0.0)
        return 0;
    if (x >= 1.0)
        return 1;
    const z = Math.sqrt(n) * x;
    const zsquared = z ** 2;
    const zthree = z ** 3;
    const zfour = z ** 4;
    const zsix = z ** 6;
    const qlog = -PI2 / 8 / zsquared;
    if (qlog < MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -zsquared;
    const k1b = PI2 / 4;
    const k2a = 6 * zsix + 2 * zfour;
    const k2b = ((2 * zfour - 5 * zsquared) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * zsquared)) / 16;
    const k3d = (PI6 * (5 - 30 * zsquared)) / 64;
    const k3c = (PI4 * (-60 * zsquared + 212 * zfour)) / 16;
    const k3b = (PI2 * (135 * zfour - 96 * zsix)) / 4;
    const k3a = -30 * zsix - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const msquared = m ** 2;
        const mfour = m ** 4;
        const msix = m ** 6;
        const qpower = q ** (8 * k);
        const coeffs = [
            1.0,
            k1a + k1b * msquared,
            k2a + k2b * msquared + k2c * mfour,
            k3a + k3b * msquared + k3c * mfour + k3d * msix,
        ];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const divisors = [z, 6 * zfour, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / divisors[i];
    q = Math.exp(-PI2 / 2 / zsquared);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = SQRT3 * z;
    for (let k = maxk; k > 0; k--) {
        const ksquared = k ** 2;
        const qpwer = q ** ksquared;
        const kspi = Math.PI * k;
        k2extra += ksquared * qpwer;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksquared * qpwer;
    }
    K[2] += (k2extra * PI2 * SQRT2PI) / (-36 * zthree);
    K[3] += (k3extra * PI2 * SQRT2PI) / (216 * zsix);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / (n * 1.0) ** (i / 2.0);
    return sum;
}
/** P(D_n > x), as scipy.stats.kstwo.sf(x, n): 1 at or below the support's start 1/(2n), 0 from 1. */
function kolmogornSf(n, x) {
    if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x))
        return Number.NaN;
    if (x <= 0.5 / n)
        return 1;
    if (x >= 1.0)
        return 0;
    const t = n * x;
    if (t <= 1.0) {
        // Ruben–Gambino: 1/2n ≤ x ≤ 1/n.
        if (t <= 0.5)
            return 1;
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1.0 / n) * (2 * t - 1);
        }
        else {
            prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
        }
        return kolmogorov_clip(1.0 - prob);
    }
    if (t >= n - 1)
        return kolmogorov_clip(2 * (1.0 - x) ** n);
    if (x >= 0.5)
        return kolmogorov_clip(2 * smirnovSf(n, x));
    const nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693)
            return kolmogorov_clip(1.0 - kolmogornCdfDurbin(n, x));
        if (nxsquared <= 4)
            return kolmogorov_clip(1.0 - kolmogornCdfPomeranz(n, x));
        return kolmogorov_clip(2 * smirnovSf(n, x));
    }
    if (nxsquared >= 370.0)
        return 0;
    if (nxsquared >= 2.2)
        return kolmogorov_clip(2 * smirnovSf(n, x));
    const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? kolmogornCdfDurbin(n, x) : kolmogornCdfPelzGood(n, x);
    return kolmogorov_clip(1.0 - cdf);
}

;// CONCATENATED MODULE: ./src/data/drift/stats/ks-two-sample.ts
/**
 * The p-value of the two-sample Kolmogorov–Smirnov test from its statistic and the two sample
 * sizes, as scipy.stats.ks_2samp(method="auto", alternative="two-sided") computes it: exact when
 * both samples have at most 10 000 values (Hodges' lattice-path counts: the "outside the square"
 * series for equal sizes, Viehmann's numerically stable inside-method recursion otherwise), else the
 * Kolmogorov distribution with n = round(n1·n2 / (n1 + n2)). Like scipy, the exact branch rounds the
 * statistic to the lattice h / lcm(n1, n2) and reports that rounded value.
 */

const MAX_AUTO_N = 10000;
function gcd(a, b) {
    let x = a;
    let y = b;
    while (y)
        [x, y] = [y, x % y];
    return x;
}
/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** P(D_{n,n} ≥ h/n): 2·A0(1 − A1(1 − A2(…))), evaluated Horner-like as scipy does to avoid cancellation. */
function probOutsideSquare(n, h) {
    let P = 0.0;
    let k = Math.floor(n / h);
    while (k >= 0) {
        let p1 = 1.0;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1.0 - P);
        k -= 1;
    }
    return 2 * P;
}
/** 1 − (share of lattice paths staying strictly inside |x/m − y/n| < h/lcm), Viehmann's recursion. */
function probOutsideInsideMethod(m0, n0, g, h) {
    const [m, n] = m0 < n0 ? [n0, m0] : [m0, n0];
    const mg = Math.floor(m / g);
    const ng = Math.floor(n / g);
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    for (let j = minj; j < maxj; j++)
        A[j] = 0.0;
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
        minj = Math.min(minj, n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1.0;
        let val = minj === 0 ? 0.0 : 1.0;
        // A read past A's end is NaN, as it was in arithmetic on the undefined it returns; ksTwoSample
        // then takes the asymptotic p-value, as scipy does for an exact sum that is not a probability.
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = ((A[jj + minj - lastminj] ?? Number.NaN) * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            A.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
    }
    return A[maxj - minj - 1] ?? Number.NaN;
}
/** Two-sided ks_2samp p-value for the statistic d = max |F1 − F2| of samples of sizes n1 and n2. */
function ksTwoSample(d, n1, n2) {
    if (!(n1 > 0 && n2 > 0))
        throw new RangeError("ks_2samp needs two non-empty samples");
    const g = gcd(n1, n2);
    let statistic = d;
    if (Math.max(n1, n2) <= MAX_AUTO_N) {
        const lcm = (n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        statistic = (h * 1.0) / lcm;
        if (h === 0)
            return { statistic, pValue: 1.0, method: "exact" };
        const prob = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideInsideMethod(n1, n2, g, h);
        // scipy falls back to the asymptotic distribution when the exact sum leaves [0, 1].
        if (prob >= 0 && prob <= 1)
            return { statistic, pValue: prob, method: "exact" };
    }
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = (m * n) / (m + n);
    const pValue = kolmogornSf(roundHalfEven(en), statistic);
    return { statistic, pValue: Math.min(1, Math.max(0, pValue)), method: "asymp" };
}

;// CONCATENATED MODULE: ./src/data/drift/measure-column.ts





/** Evidently's floor under the reference standard deviation that normalises the Wasserstein distance. */
const MIN_WASSERSTEIN_NORM = 0.001;
async function measureColumn(sql, tables, alias, test, kind, profiles) {
    const counts = { reference: profiles.reference.count, current: profiles.current.count };
    if (test === "ks" || test === "wasserstein") {
        const plan = chooseEcdfPlan(counts, profiles.reference.distinct + profiles.current.distinct);
        const distances = await ecdfDistances(sql, tables, alias, counts, plan);
        if (test === "wasserstein") {
            const norm = Math.max(profiles.reference.std ?? 0, MIN_WASSERSTEIN_NORM);
            return { statistic: distances.wasserstein / norm };
        }
        const d = Math.max(Math.min(Math.max(distances.dMinus, 0), 1), distances.dPlus);
        const ks = ksTwoSample(d, counts.reference, counts.current);
        return { statistic: ks.statistic, pValue: ks.pValue };
    }
    const binned = kind === "numeric" &&
        profiles.reference.distinct > BINNING_MIN_DISTINCT &&
        test !== "chi2" &&
        test !== "z";
    const countsSql = binned
        ? binnedCountsSql(tables, alias, histogramEdges(profiles))
        : valueCountsSql(tables, alias);
    const f = await frequencyStatistics(sql, countsSql, counts);
    switch (test) {
        case "chi2": {
            if (f.newKeys > 0) {
                // scipy's statistic is +∞ (p = 0); JSON has no infinity, so the report carries the largest double.
                return {
                    statistic: Number.MAX_VALUE,
                    pValue: 0,
                    note: `${f.newKeys} ${f.newKeys === 1 ? "value appears" : "values appear"} only in the current data (chi-square is infinite)`,
                };
            }
            return { statistic: f.chi2, pValue: f.keys > 1 ? chi2Sf(f.chi2, f.keys - 1) : 1 };
        }
        case "z":
            return zTest(f.keys, f.firstKey, counts);
        case "psi":
            return { statistic: f.psi };
        case "jensenshannon":
            return { statistic: f.jensenShannon };
        case "linf":
            return { statistic: f.linf };
    }
}
/**
 * Evidently's z-test for two proportions: the share of values other than the first key (sorted),
 * reference against current, pooled; p = 2·P(Z > |z|). One shared value on both sides is p = 1.
 */
function zTest(keys, first, counts) {
    if (keys <= 1)
        return { statistic: 0, pValue: 1 };
    const n1 = counts.reference;
    const n2 = counts.current;
    const p1 = (n1 - first.reference) / n1;
    const p2 = (n2 - first.current) / n2;
    const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    return { statistic: z, pValue: normalTwoSidedP(z) };
}
function histogramEdges({ reference, current, }) {
    if (reference.min === null || reference.max === null || current.min === null || current.max === null) {
        // Only numeric columns with values on both sides are binned, and those are profiled with a range.
        throw new Error("a binned column has no min or max in its profile");
    }
    const min = Math.min(reference.min, current.min);
    const max = Math.max(reference.max, current.max);
    return sturgesEdges(min, max, reference.count + current.count);
}

;// CONCATENATED MODULE: ./src/data/drift/stage-sample.ts
/**
 * Stages the compared columns of one dataset: numbers as finite DOUBLEs (NaN and ±∞ become null,
 * as Evidently drops them; −0 becomes 0 so it groups with 0), everything else as text. Sources that
 * are costly to re-read (CSV and JSON, parsed again by every query) are copied once into a temp
 * table; columnar ones (Parquet) get a view, which costs neither the copy nor its memory. Then profiles each column in one scan: count of values, distinct values (exact up to
 * EXACT_DISTINCT_MAX, where the test choice and binning need it), and for numbers min, max and the
 * population standard deviation.
 */

/** Distinct counts estimated up to this are made exact; above it the estimate is far enough from 5 and 20. */
const EXACT_DISTINCT_MAX = 1000;
async function stageSample(sql, source, table, columns) {
    const select = columns.map((column) => {
        const source = (0,data_sql/* ident */.bD)(column.name);
        const value = column.valueSql === "DOUBLE"
            ? `CASE WHEN isfinite(CAST(${source} AS DOUBLE)) THEN CAST(${source} AS DOUBLE) + CAST(0 AS DOUBLE) END`
            : `CAST(${source} AS VARCHAR)`;
        return `${value} AS ${(0,data_sql/* ident */.bD)(column.alias)}`;
    });
    await sql.run(`CREATE OR REPLACE TEMP ${source.materialize ? "TABLE" : "VIEW"} ${(0,data_sql/* ident */.bD)(table)} AS SELECT ${select.join(", ")} FROM ${source.relation}`);
    const aggregates = columns.flatMap((column, i) => {
        const c = (0,data_sql/* ident */.bD)(column.alias);
        const base = [`count(${c}) AS n${i}`, `approx_count_distinct(${c}) AS a${i}`];
        return column.valueSql === "DOUBLE"
            ? [...base, `min(${c}) AS lo${i}`, `max(${c}) AS hi${i}`, `stddev_pop(${c}) AS sd${i}`]
            : base;
    });
    const [row] = await sql.all(`SELECT ${aggregates.join(", ")} FROM ${(0,data_sql/* ident */.bD)(table)}`);
    const number = (key) => (row?.[key] === null || row?.[key] === undefined ? null : Number(row[key]));
    const profiled = columns.map((column, i) => ({
        column,
        profile: {
            count: Number(row?.[`n${i}`] ?? 0),
            distinct: Number(row?.[`a${i}`] ?? 0),
            min: number(`lo${i}`),
            max: number(`hi${i}`),
            std: number(`sd${i}`),
        },
    }));
    // HyperLogLog is off by a few even for tens of values: count exactly wherever the number matters.
    const exact = profiled.filter(({ profile }) => profile.distinct <= EXACT_DISTINCT_MAX);
    if (exact.length > 0) {
        const counts = exact.map(({ column }, i) => `count(DISTINCT ${(0,data_sql/* ident */.bD)(column.alias)}) AS d${i}`);
        const [distinct] = await sql.all(`SELECT ${counts.join(", ")} FROM ${(0,data_sql/* ident */.bD)(table)}`);
        exact.forEach(({ profile }, i) => {
            profile.distinct = Number(distinct?.[`d${i}`] ?? 0);
        });
    }
    return new Map(profiled.map(({ column, profile }) => [column.alias, profile]));
}
/** A staged column's profile: stageSample profiles every column it stages. */
function profileOf(profiles, column) {
    const profile = profiles.get(column.alias);
    if (!profile)
        throw new Error(`column "${column.name}" was staged for drift but not profiled`);
    return profile;
}

;// CONCATENATED MODULE: ./src/data/drift/compute-drift.ts






let staged = 0;
async function computeDrift(sql, options) {
    const config = {
        method: options.config?.method ?? "auto",
        threshold: options.config?.threshold,
        share: options.config?.share ?? 0.5,
        columns: options.config?.columns ?? {},
        ignore: options.config?.ignore ?? [],
    };
    const { compared, notCompared } = planColumns(options.reference, options.current, config);
    const columns = [];
    if (compared.length > 0) {
        const id = ++staged;
        const tables = { reference: `__slipway_drift_ref_${id}`, current: `__slipway_drift_cur_${id}` };
        try {
            const [referenceProfiles, currentProfiles] = [
                await stageSample(sql, stageOf(options.reference), tables.reference, compared),
                await stageSample(sql, stageOf(options.current), tables.current, compared),
            ];
            for (const column of compared) {
                const reference = profileOf(referenceProfiles, column);
                const current = profileOf(currentProfiles, column);
                if (reference.count === 0 || current.count === 0) {
                    const side = reference.count === 0 ? "reference" : "current";
                    notCompared.push({ column: column.name, reason: "empty", detail: `no values in the ${side} data` });
                    continue;
                }
                columns.push(await compareColumn(sql, tables, column, { reference, current }, config, options));
            }
        }
        finally {
            for (const [side, table] of [
                [options.reference, tables.reference],
                [options.current, tables.current],
            ]) {
                await sql.run(`DROP ${stageOf(side).materialize ? "TABLE" : "VIEW"} IF EXISTS ${(0,data_sql/* ident */.bD)(table)}`);
            }
        }
    }
    const drifted = columns.filter((column) => column.drifted).length;
    const share = columns.length > 0 ? drifted / columns.length : 0;
    return {
        reference: options.referenceLabel,
        ...(options.currentLabel ? { current: options.currentLabel } : {}),
        drifted: columns.length > 0 && share >= config.share,
        share,
        threshold: config.share,
        columns,
        not_compared: notCompared,
    };
}
const stageOf = (source) => ({
    relation: source.relation,
    materialize: source.materialize ?? true,
});
function planColumns(reference, current, config) {
    const referenceTypes = new Map(reference.columns.map((c) => [c.name, c.type]));
    const currentTypes = new Map(current.columns.map((c) => [c.name, c.type]));
    const names = [...referenceTypes.keys(), ...[...currentTypes.keys()].filter((n) => !referenceTypes.has(n))];
    const ignored = new Set(config.ignore);
    const compared = [];
    const notCompared = [];
    for (const name of names) {
        const referenceType = referenceTypes.get(name);
        const currentType = currentTypes.get(name);
        if (ignored.has(name)) {
            notCompared.push({ column: name, reason: "ignored", detail: "listed in drift.ignore" });
        }
        else if (currentType === undefined) {
            notCompared.push({
                column: name,
                reason: "only_in_reference",
                detail: "missing from the current data",
            });
        }
        else if (referenceType === undefined) {
            notCompared.push({
                column: name,
                reason: "only_in_current",
                detail: "missing from the reference data",
            });
        }
        else {
            const plan = (0,column_kind/* planColumn */.CU)(referenceType, currentType);
            if (plan.compare)
                compared.push({ name, alias: `c${compared.length}`, valueSql: plan.valueSql, plan });
            else
                notCompared.push({ column: name, reason: plan.reason, detail: plan.detail });
        }
    }
    for (const name of [...Object.keys(config.columns), ...config.ignore]) {
        if (!referenceTypes.has(name) && !currentTypes.has(name) && !notCompared.some((c) => c.column === name)) {
            notCompared.push({
                column: name,
                reason: "not_found",
                detail: "named in the drift settings, in neither dataset",
            });
        }
    }
    return { compared, notCompared };
}
async function compareColumn(sql, tables, column, profiles, config, options) {
    const { reference, current } = profiles;
    const kind = column.plan.valueSql === "VARCHAR" ||
        (column.plan.integer && reference.distinct <= column_kind/* INTEGER_CATEGORICAL_MAX_DISTINCT */.uY)
        ? "categorical"
        : "numeric";
    const distinctValues = reference.distinct <= FEW_VALUES_MAX && current.distinct <= FEW_VALUES_MAX
        ? await distinctInBoth(sql, tables, column.alias)
        : FEW_VALUES_MAX + 1;
    const own = config.columns[column.name];
    const choice = chooseTest({
        kind,
        referenceCount: reference.count,
        distinctValues,
        method: config.method,
        threshold: config.threshold,
        columnMethod: own?.method,
        columnThreshold: own?.threshold,
    });
    if (!choice.ok) {
        const source = options.configSource ?? { file: "drift settings", keyPath: "drift" };
        throw new errors/* ConfigError */.xL(source.file, `${source.keyPath}.columns.${column.name}.method`, `${choice.detail}.`);
    }
    const measured = await measureColumn(sql, tables, column.alias, choice.test, kind, profiles);
    const notes = [
        choice.note,
        measured.note,
        options.reference.notes?.get(column.name),
        options.current.notes?.get(column.name),
    ].filter(Boolean);
    return {
        column: column.name,
        test: choice.test,
        statistic: measured.statistic,
        ...(measured.pValue !== undefined ? { p_value: measured.pValue } : {}),
        threshold: choice.threshold,
        drifted: isDrifted(choice.test, measured.statistic, measured.pValue, choice.threshold),
        kind,
        ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
    };
}
async function distinctInBoth(sql, tables, alias) {
    const c = (0,data_sql/* ident */.bD)(alias);
    const [row] = await sql.all(`SELECT count(DISTINCT v) AS n FROM (SELECT ${c} AS v FROM ${(0,data_sql/* ident */.bD)(tables.reference)} UNION ALL SELECT ${c} FROM ${(0,data_sql/* ident */.bD)(tables.current)})`);
    return Number(row?.n ?? 0);
}


/***/ }),

/***/ 1008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ resolveDriftTargets),
/* harmony export */   d: () => (/* binding */ runDriftTargets)
/* harmony export */ });
/* harmony import */ var _config_load_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6943);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _dialect_open_postgres_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9621);
/* harmony import */ var _open_dataset_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6962);
/* harmony import */ var _validate_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4081);
/* harmony import */ var _compute_drift_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2596);
/* harmony import */ var _table_drift_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6353);
/**
 * What `slipway drift` compares: two files given on the command line, one dataset of
 * .github/slipway.yml (its `reference:` against its `path:`, with its `drift:` settings), or every
 * dataset there that has a reference. Method, threshold and share given as options override the
 * config, and each override is said, as release-drafter logs input overrides.
 */







const ARGUMENTS = "(arguments)";
function resolveDriftTargets(input) {
    const overrides = {
        ...(input.method !== undefined ? { method: input.method } : {}),
        ...(input.threshold !== undefined ? { threshold: input.threshold } : {}),
        ...(input.share !== undefined ? { share: input.share } : {}),
    };
    const fromCwd = (path) => ({
        path,
        cwd: input.cwd,
        ...(input.read ? { read: input.read } : {}),
    });
    if (!input.dataset && (input.reference || input.current)) {
        if (!input.reference || !input.current) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(ARGUMENTS, "reference/current", "go together: give both files, or --dataset NAME to take them from .github/slipway.yml.");
        }
        const target = {
            dataset: null,
            reference: fromCwd(input.reference),
            current: fromCwd(input.current),
            settings: overrides,
        };
        return { targets: [target], notices: [] };
    }
    const loaded = (0,_config_load_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)({ cwd: input.cwd, ...(input.config ? { path: input.config } : {}) });
    const datasets = loaded.config.data.map((dataset, index) => ({ dataset, index }));
    const fromRoot = (path, read) => ({
        path,
        cwd: loaded.root,
        ...(read ? { read } : {}),
    });
    let chosen = datasets;
    if (input.dataset) {
        chosen = datasets.filter(({ dataset }) => dataset.name === input.dataset);
        if (chosen.length === 0) {
            const known = datasets.map(({ dataset }) => dataset.name).join(", ") || "none";
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(loaded.file, "data", `has no dataset "${input.dataset}" (datasets: ${known}).`);
        }
    }
    else {
        chosen = datasets.filter(({ dataset }) => dataset.reference);
        if (chosen.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(loaded.file, "data", "no dataset has a reference to compare with. Add reference: to one, or pass --reference and --current.");
        }
    }
    const notices = [];
    const targets = chosen.map(({ dataset, index }) => {
        const keyPath = `data[${index}]`;
        const referenceLabel = input.reference ?? dataset.reference;
        if (!referenceLabel) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(loaded.file, `${keyPath}.reference`, `is not set, so dataset "${dataset.name}" has nothing to compare with. Add it, or pass --reference.`);
        }
        // A table dataset is measured inside its database (table-drift.ts), unless --current names a file.
        const table = !dataset.path && !input.current ? dataset.source?.postgres : undefined;
        const own = dataset.drift ?? {};
        for (const [key, value] of Object.entries(overrides)) {
            const configured = own[key];
            if (configured !== undefined && configured !== value) {
                notices.push(`--${key} ${value} overrides ${keyPath}.drift.${key} (${configured}) for dataset "${dataset.name}".`);
            }
        }
        const read = input.read ??
            (dataset.dialect || dataset.encoding
                ? {
                    ...(dataset.dialect ? { dialect: dataset.dialect } : {}),
                    ...(dataset.encoding ? { encoding: dataset.encoding } : {}),
                }
                : undefined);
        let current;
        if (input.current)
            current = fromCwd(input.current);
        else if (table)
            current = { path: (0,_validate_table_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceLabel */ .en)(table), cwd: loaded.root };
        else if (dataset.path)
            current = fromRoot(dataset.path, read);
        else
            throw new Error(`${keyPath} ("${dataset.name}") has neither a path nor a source`);
        return {
            dataset: dataset.name,
            reference: input.reference ? fromCwd(input.reference) : fromRoot(referenceLabel, read),
            current,
            ...(table ? { table } : {}),
            settings: { ...own, ...overrides },
            configSource: { file: loaded.file, keyPath: `${keyPath}.drift` },
        };
    });
    return { targets, notices };
}
/** Opens each target's two datasets with DuckDB's detected types and measures drift between them. */
async function runDriftTargets(sql, targets, env = process.env) {
    const runs = [];
    for (const target of targets) {
        const table = target.table;
        if (table) {
            const where = `data "${target.dataset}"`;
            const remote = await (0,_dialect_open_postgres_js__WEBPACK_IMPORTED_MODULE_2__/* .openPostgres */ .o)(table["url-env"], env, where);
            try {
                const report = await (0,_table_drift_js__WEBPACK_IMPORTED_MODULE_6__/* .measureTableDrift */ .a)(sql, remote, {
                    name: target.dataset ?? "current",
                    current: table,
                    reference: target.reference.path,
                    cwd: target.reference.cwd,
                    config: target.settings,
                    ...(target.configSource ? { configSource: target.configSource } : {}),
                });
                runs.push({ dataset: target.dataset, report, notices: [] });
            }
            finally {
                await remote.end();
            }
            continue;
        }
        const open = (side, name) => (0,_open_dataset_js__WEBPACK_IMPORTED_MODULE_3__/* .openDataset */ .Jp)(sql, side.path, {
            cwd: side.cwd,
            name,
            typed: true,
            ...(side.read?.dialect ? { dialect: side.read.dialect } : {}),
            ...(side.read?.encoding ? { encoding: side.read.encoding } : {}),
        });
        const reference = await open(target.reference, "reference");
        const current = await open(target.current, "current");
        const notices = [reference, current].flatMap((dataset) => {
            const [first] = dataset.rejects;
            return first
                ? [
                    `${dataset.path}: ${dataset.rejects.length} rows could not be read and were left out of drift (first: line ${first.line}, ${first.message}).`,
                ]
                : [];
        });
        const report = await (0,_compute_drift_js__WEBPACK_IMPORTED_MODULE_5__/* .computeDrift */ .f)(sql, {
            // Parquet is read fast in place; CSV and JSON are copied once rather than parsed per query.
            reference: {
                relation: reference.view,
                columns: reference.columns,
                rows: reference.rows,
                materialize: reference.format !== "parquet",
            },
            current: {
                relation: current.view,
                columns: current.columns,
                rows: current.rows,
                materialize: current.format !== "parquet",
            },
            config: target.settings,
            referenceLabel: target.reference.path,
            currentLabel: target.current.path,
            ...(target.configSource ? { configSource: target.configSource } : {}),
        });
        runs.push({ dataset: target.dataset, report, notices });
    }
    return runs;
}


/***/ }),

/***/ 6353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ measureTableDrift)
});

// UNUSED EXPORTS: POSTGRES_REFERENCE_PREFIX

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/data/dialect/open-postgres.ts
var open_postgres = __webpack_require__(9621);
// EXTERNAL MODULE: ./src/data/dialect/postgres-dialect.ts
var postgres_dialect = __webpack_require__(2369);
// EXTERNAL MODULE: ./src/data/open-dataset.ts + 12 modules
var open_dataset = __webpack_require__(6962);
// EXTERNAL MODULE: ./src/data/validate-table.ts
var validate_table = __webpack_require__(4081);
// EXTERNAL MODULE: ./src/data/drift/column-kind.ts
var column_kind = __webpack_require__(4731);
// EXTERNAL MODULE: ./src/data/drift/compute-drift.ts + 12 modules
var compute_drift = __webpack_require__(2596);
// EXTERNAL MODULE: ./src/data/sql.ts
var data_sql = __webpack_require__(5320);
;// CONCATENATED MODULE: ./src/data/drift/stage-summary.ts
/**
 * Turns a database table's drift summary (value counts, summarise-for-drift.ts) back into a
 * relation DuckDB's drift code reads like a file: each column's values repeated as often as they
 * were counted, the columns side by side (POSITIONAL JOIN; each column is compared on its own, so
 * which values share a row does not matter). The drift tests then run unchanged on the client, on
 * counts that crossed the network instead of rows.
 */

let staged = 0;
async function stageSummary(sql, summary) {
    const id = ++staged;
    const tables = [];
    const parts = [];
    for (const column of summary.columns) {
        if (column.valueSql === null)
            continue;
        const table = `__slipway_summary_${id}_${tables.length}`;
        tables.push(table);
        const type = column.valueSql;
        if (column.values.length === 0) {
            await sql.run(`CREATE OR REPLACE TEMP TABLE ${(0,data_sql/* ident */.bD)(table)} (v ${type}, n BIGINT)`);
        }
        else {
            // Values travel as text: DuckDB parses a double's shortest text back to the same bits.
            const values = (0,data_sql/* listLiteral */.k9)(column.values.map(String));
            await sql.run(`CREATE OR REPLACE TEMP TABLE ${(0,data_sql/* ident */.bD)(table)} AS SELECT CAST(unnest(${values}) AS ${type}) AS v, unnest([${column.counts.join(", ")}]) AS n`);
        }
        parts.push(`(SELECT v AS ${(0,data_sql/* ident */.bD)(column.name)} FROM (SELECT v, unnest(range(n)) FROM ${(0,data_sql/* ident */.bD)(table)}))`);
    }
    const relation = parts.length === 0 ? "(SELECT 1 AS one)" : `(SELECT * FROM ${parts.join(" POSITIONAL JOIN ")})`;
    const notes = new Map(summary.columns.flatMap((column) => (column.note ? [[column.name, column.note]] : [])));
    return {
        source: {
            relation,
            columns: summary.columns.map((column) => ({ name: column.name, type: column.type })),
            rows: summary.rows,
            materialize: true,
            notes,
        },
        async drop() {
            for (const table of tables)
                await sql.run(`DROP TABLE IF EXISTS ${(0,data_sql/* ident */.bD)(table)}`);
        },
    };
}

;// CONCATENATED MODULE: ./src/data/drift/summarise-for-drift.ts

/** Value counts are fetched up to this many distinct values per column (default). */
const PUSHDOWN_MAX_DISTINCT = 10_000;
/** Quantiles a many-valued numeric column is summarised by (default). */
const PUSHDOWN_QUANTILES = 10_000;
/** The key the values beyond the most frequent ones of a text column are pooled under. */
const OTHER_VALUES = "\uFFFF(other values)";
async function summariseForDrift(sql, dialect, relation, columns, options) {
    const maxDistinct = options.maxDistinct ?? PUSHDOWN_MAX_DISTINCT;
    const quantiles = options.quantiles ?? PUSHDOWN_QUANTILES;
    const compared = columns.filter((column) => column.valueSql !== null);
    const value = (column) => column.valueSql === "DOUBLE"
        ? dialect.finiteDouble((0,data_sql/* ident */.bD)(column.name))
        : `CAST(${(0,data_sql/* ident */.bD)(column.name)} AS TEXT)`;
    const values = (column) => `(SELECT ${value(column)} AS v FROM ${relation} AS src) AS s`;
    const profile = compared.flatMap((_, i) => [`count(v${i}) AS n${i}`, `count(DISTINCT v${i}) AS d${i}`]);
    const projected = compared.map((column, i) => `${value(column)} AS v${i}`);
    const [row] = await sql.all(`SELECT ${["count(*) AS rows", ...profile].join(", ")} FROM (SELECT ${projected.length > 0 ? projected.join(", ") : "1 AS one"} FROM ${relation} AS src) AS s`);
    const summaries = [];
    for (const column of columns) {
        const i = compared.indexOf(column);
        if (i < 0) {
            summaries.push({ ...column, values: [], counts: [] });
            continue;
        }
        const count = Number(row?.[`n${i}`] ?? 0);
        const distinct = Number(row?.[`d${i}`] ?? 0);
        if (distinct <= maxDistinct) {
            const rows = await sql.all(`SELECT v, count(*) AS n FROM ${values(column)} WHERE v IS NOT NULL GROUP BY v`);
            summaries.push({
                ...column,
                values: rows.map((r) => asValue(r.v, column)),
                counts: rows.map((r) => Number(r.n)),
            });
        }
        else if (column.valueSql === "DOUBLE") {
            const fractions = Array.from({ length: quantiles + 1 }, (_, k) => k / quantiles);
            const [q] = await sql.all(`SELECT ${dialect.discreteQuantiles("v", fractions)} AS q FROM ${values(column)}`);
            summaries.push({
                ...column,
                ...spreadOverQuantiles((q?.q ?? []).map(Number), count),
                note: `${options.side}: ${count} values (${distinct} distinct) summarised in the database by ${quantiles + 1} quantiles; the statistic is approximate (|ΔF| ≤ ${1 / quantiles})`,
            });
        }
        else {
            const rows = await sql.all(`SELECT v, count(*) AS n FROM ${values(column)} WHERE v IS NOT NULL GROUP BY v ORDER BY n DESC, v LIMIT ${maxDistinct - 1}`);
            const kept = rows.map((r) => Number(r.n));
            const rest = count - kept.reduce((a, b) => a + b, 0);
            summaries.push({
                ...column,
                values: [...rows.map((r) => asValue(r.v, column)), OTHER_VALUES],
                counts: [...kept, rest],
                note: `${options.side}: ${distinct} distinct values; the ${maxDistinct - 1} most frequent compared, the rest pooled as one; the statistic is approximate`,
            });
        }
    }
    return { rows: Number(row?.rows ?? 0), columns: summaries };
}
function asValue(value, column) {
    return column.valueSql === "DOUBLE" ? Number(value) : String(value);
}
/**
 * n values described by the discrete quantiles at k/K (k = 0…K): the i-th smallest of the n values
 * (i = 0…n−1) is taken to be the quantile nearest its own fraction i/(n−1). Equal neighbouring
 * quantiles merge, so the values are distinct.
 */
function spreadOverQuantiles(quantiles, n) {
    const last = quantiles.length - 1;
    const perQuantile = new Array(quantiles.length).fill(0);
    if (n === 1)
        perQuantile[0] = 1;
    else {
        for (let i = 0; i < n; i++) {
            const k = Math.round((i * last) / (n - 1));
            perQuantile[k] = (perQuantile[k] ?? 0) + 1; // k is within 0…last: the array is filled with 0 there
        }
    }
    const values = [];
    const counts = [];
    for (const [k, value] of quantiles.entries()) {
        const count = perQuantile[k] ?? 0;
        if (count === 0)
            continue;
        // An equal neighbour merges into the last value's count (pushed with it, so there is one).
        if (values.at(-1) === value)
            counts.push((counts.pop() ?? 0) + count);
        else {
            values.push(value);
            counts.push(count);
        }
    }
    return { values, counts };
}

;// CONCATENATED MODULE: ./src/data/drift/table-drift.ts









/** A reference written `postgres:<table>` is a table in the current table's database. */
const POSTGRES_REFERENCE_PREFIX = "postgres:";
async function measureTableDrift(duck, remote, options) {
    const label = (0,validate_table/* sourceLabel */.en)(options.current);
    const where = `${options.name} (${label})`;
    const currentRelation = (0,validate_table/* relationOf */.Ke)(options.current);
    const referenceTable = options.reference.startsWith(POSTGRES_REFERENCE_PREFIX)
        ? (0,validate_table/* relationOf */.Ke)({
            "url-env": options.current["url-env"],
            table: options.reference.slice(POSTGRES_REFERENCE_PREFIX.length),
        })
        : null;
    const remoteColumns = async (relation) => {
        try {
            return (await remote.columns(relation)).map((c) => ({
                name: c.name,
                type: postgres_dialect/* postgresDialect */.S.driftType(c.type),
            }));
        }
        catch (error) {
            throw new errors/* InputError */.dz(where, `cannot read ${relation} for drift: ${(0,open_postgres/* postgresMessage */.d)(error)}.`);
        }
    };
    const currentColumns = await remoteColumns(currentRelation);
    // The reference is another table of the database, summarised there, or a file DuckDB reads.
    const referenceData = referenceTable
        ? { kind: "table", table: referenceTable, columns: await remoteColumns(referenceTable) }
        : {
            kind: "file",
            file: await (0,open_dataset/* openDataset */.Jp)(duck, options.reference, {
                cwd: options.cwd,
                name: "reference",
                typed: true,
            }),
        };
    const referenceColumns = referenceData.kind === "table" ? referenceData.columns : referenceData.file.columns;
    const ignored = new Set(options.config?.ignore ?? []);
    const plan = (own, other) => own.map((column) => {
        const match = other.find((o) => o.name === column.name);
        const planned = match && !ignored.has(column.name) ? (0,column_kind/* planColumn */.CU)(column.type, match.type) : null;
        return { ...column, valueSql: planned?.compare ? planned.valueSql : null };
    });
    const staged = [];
    const summarised = async (relation, columns, side) => {
        const limits = {
            side,
            ...(options.maxDistinct !== undefined ? { maxDistinct: options.maxDistinct } : {}),
            ...(options.quantiles !== undefined ? { quantiles: options.quantiles } : {}),
        };
        let summary;
        try {
            summary = await summariseForDrift(remote, postgres_dialect/* postgresDialect */.S, relation, columns, limits);
        }
        catch (error) {
            throw new errors/* InputError */.dz(where, `drift failed in the database: ${(0,open_postgres/* postgresMessage */.d)(error)}.`);
        }
        const stage = await stageSummary(duck, summary);
        staged.push(stage);
        return stage.source;
    };
    try {
        const current = await summarised(currentRelation, plan(currentColumns, referenceColumns), "current");
        const reference = referenceData.kind === "table"
            ? await summarised(referenceData.table, plan(referenceColumns, currentColumns), "reference")
            : {
                relation: referenceData.file.view,
                columns: referenceData.file.columns,
                rows: referenceData.file.rows,
                materialize: referenceData.file.format !== "parquet",
            };
        return await (0,compute_drift/* computeDrift */.f)(duck, {
            reference,
            current,
            config: options.config,
            referenceLabel: options.reference,
            currentLabel: label,
            ...(options.configSource ? { configSource: options.configSource } : {}),
        });
    }
    finally {
        for (const stage of staged)
            await stage.drop();
    }
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

/***/ 4081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ke: () => (/* binding */ relationOf),
/* harmony export */   en: () => (/* binding */ sourceLabel),
/* harmony export */   zL: () => (/* binding */ validateTable)
/* harmony export */ });
/* unused harmony export projectTable */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _dialect_open_postgres_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9621);
/* harmony import */ var _dialect_postgres_dialect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2369);
/* harmony import */ var _sql_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5320);
/* harmony import */ var _table_schema_load_table_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7953);
/* harmony import */ var _validate_match_fields_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2366);
/* harmony import */ var _validate_plan_checks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3260);
/* harmony import */ var _validate_run_checks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6354);
/**
 * Validates a PostgreSQL table or query against its table schema inside the database: the same
 * plan as for files (plan-checks.ts), compiled for PostgreSQL, run as aggregate queries. Only the
 * counts and at most 20 failing values per failed check leave the database.
 */









/** `public.orders` → `"public"."orders"`; a query → `(query)`. */
function relationOf(source) {
    if (source.table)
        return source.table.split(".").map(_sql_js__WEBPACK_IMPORTED_MODULE_7__/* .ident */ .bD).join(".");
    return `(${source.query})`;
}
/** How the report names a table source: never the URL. */
function sourceLabel(source) {
    return source.table ? `postgres:${source.table}` : "postgres:query";
}
async function validateTable(sql, options) {
    const started = performance.now();
    const schemaFile = options.schema;
    const schema = schemaFile ? (0,_table_schema_load_table_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTableSchema */ .y)(absolute(options.cwd, schemaFile), schemaFile).schema : null;
    if (schema && schemaFile)
        await assertSupported(sql, schema, schemaFile);
    const relation = relationOf(options.source);
    const label = sourceLabel(options.source);
    let columns;
    try {
        columns = await sql.columns(relation);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${options.name} (${label})`, `cannot read: ${(0,_dialect_open_postgres_js__WEBPACK_IMPORTED_MODULE_2__/* .postgresMessage */ .d)(error)}.`);
    }
    const names = columns.map((column) => column.name);
    const match = schema ? (0,_validate_match_fields_js__WEBPACK_IMPORTED_MODULE_8__/* .matchFields */ .V)(schema, names) : { present: [], errors: [] };
    const errors = [...match.errors];
    const present = columns.filter((column) => match.present.includes(column.name));
    const plan = schema && schemaFile
        ? (0,_validate_plan_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .planChecks */ .dH)(schema, present, { schemaFile, now: options.now, dialect: _dialect_postgres_dialect_js__WEBPACK_IMPORTED_MODULE_3__/* .postgresDialect */ .S })
        : { columns: [], checks: [] };
    let run;
    try {
        run = await (0,_validate_run_checks_js__WEBPACK_IMPORTED_MODULE_6__/* .runChecks */ .J)(sql, plan, {
            source: projectTable(plan, relation),
            otherColumns: [],
            // A table has no file lines: a sample's row is its position in the scan.
            locator: async () => (row) => ({ row }),
            dialect: _dialect_postgres_dialect_js__WEBPACK_IMPORTED_MODULE_3__/* .postgresDialect */ .S,
        });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${options.name} (${label})`, `the checks failed in the database: ${(0,_dialect_open_postgres_js__WEBPACK_IMPORTED_MODULE_2__/* .postgresMessage */ .d)(error)}.`);
    }
    const checks = run.results;
    if (run.rows === 0)
        errors.push({ kind: "no_rows", message: "the table has no rows." });
    for (const check of checks.filter((c) => c.check === "type" && !c.success)) {
        errors.push({
            kind: "type-error",
            ...(check.column !== undefined ? { column: check.column } : {}),
            count: check.unexpected_count,
            message: `${check.unexpected_count} value(s) of column "${check.column}" are not ${String(check.expected)}.`,
        });
    }
    return {
        dataset: options.name,
        path: label,
        format: "postgres",
        rows: run.rows,
        columns: columns.length,
        valid: errors.length === 0 && checks.every((check) => check.success),
        seconds: (performance.now() - started) / 1000,
        checks,
        errors,
        drift: null,
    };
}
/** The projection of plan-checks (`x<i>` text, `t<i>` typed) over a table or query. */
function projectTable(plan, relation) {
    const select = plan.columns.flatMap((column) => [
        `${column.expressions.text} AS x${column.index}`,
        `${column.expressions.typed} AS t${column.index}`,
    ]);
    if (select.length === 0)
        select.push("1 AS __one");
    return `SELECT ${select.join(", ")} FROM ${relation} AS rel`;
}
/** Patterns PostgreSQL cannot compile, and date formats not translated yet, are the schema's fault. */
async function assertSupported(sql, schema, schemaFile) {
    for (const [i, field] of schema.fields.entries()) {
        const format = field.format;
        if (format &&
            format !== "default" &&
            format !== "any" &&
            ["date", "datetime", "time"].includes(field.type)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(schemaFile, `fields[${i}].format`, `custom ${field.type} formats are not supported for PostgreSQL sources yet; store "${field.name}" as a ${field.type} column or drop the format.`);
        }
        const pattern = field.constraints.pattern;
        if (pattern === undefined)
            continue;
        try {
            await sql.all(`SELECT '' ~ ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .eu)(pattern)} AS ok`);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(schemaFile, `fields[${i}].constraints.pattern`, `${JSON.stringify(pattern)} is not a valid PostgreSQL regular expression: ${(0,_dialect_open_postgres_js__WEBPACK_IMPORTED_MODULE_2__/* .postgresMessage */ .d)(error)}.`);
        }
    }
}
function absolute(cwd, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path);
}


/***/ }),

/***/ 881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N2: () => (/* binding */ fetchGroupSamples),
/* harmony export */   cL: () => (/* binding */ fetchRowSamples),
/* harmony export */   o0: () => (/* binding */ sampleAt),
/* harmony export */   tM: () => (/* binding */ locationColumns),
/* harmony export */   u1: () => (/* binding */ rowNumbering),
/* harmony export */   xs: () => (/* binding */ MAX_SAMPLES)
/* harmony export */ });
const MAX_SAMPLES = 20;
/** SQL numbering the source's rows in their order (files one after another). */
function rowNumbering(_context) {
    return "row_number() OVER ()";
}
/** The extra columns a sample query selects so `locateAt` can place a row in its file. */
function locationColumns(context) {
    return [
        context.rowNumberColumn ? `${context.rowNumberColumn} AS __at_row` : "",
        context.fileColumn ? `${context.fileColumn} AS __at_file` : "",
    ]
        .filter(Boolean)
        .map((column) => `, ${column}`)
        .join("");
}
/** A sample from a query row carrying __row, and the location columns when selected. */
function sampleAt(locateRow, row, value) {
    const at = row.__at_row === undefined || row.__at_row === null
        ? undefined
        : {
            rowNumber: Number(row.__at_row),
            ...(typeof row.__at_file === "string" ? { file: row.__at_file } : {}),
        };
    const located = locateRow(Number(row.__row), at);
    return { row: located.row, value, ...(located.file ? { file: located.file } : {}) };
}
/** One scan for all failed row checks: number the rows, keep the failing ones, 20 per check. */
async function fetchRowSamples(sql, context, locateRow, checks, 
/** How many samples each check has (its failing rows, at most MAX_SAMPLES). */
needed) {
    const source = context.source;
    const hits = checks
        .map((check, i) => `{'k': ${i}, 'hit': coalesce(${check.predicate}, false), 'v': CAST(${check.sampleColumn} AS VARCHAR)}`)
        .join(", ");
    const anyHit = checks.map((check) => `coalesce(${check.predicate}, false)`).join(" OR ");
    const columns = `f.k AS k, __row, f.v AS v${context.rowNumberColumn ? ", __at_row" : ""}${context.fileColumn ? ", __at_file" : ""}`;
    const numbered = `SELECT __row${locationColumns(context)}, unnest(list_filter([${hits}], h -> h.hit)) AS f
      FROM (SELECT ${rowNumbering(context)} AS __row, * FROM (${source})) WHERE ${anyHit}`;
    let rows = null;
    if (!context.dialect) {
        // The first failing rows in file order usually hold every check's samples: a query that stops
        // after them (a LIMIT over the streaming row numbers) reads a fraction of the file. It is kept
        // when each check got all it needs; otherwise (a check failing only further on) the full scan.
        const limit = MAX_SAMPLES * checks.length;
        const first = await sql.all(`SELECT ${columns} FROM (${numbered} LIMIT ${limit}) ORDER BY k, __row`);
        const byCheck = needed.map((wanted, k) => ({
            found: first.filter((row) => Number(row.k) === k).slice(0, MAX_SAMPLES),
            wanted,
        }));
        if (byCheck.every(({ found, wanted }) => found.length >= wanted))
            rows = byCheck.flatMap(({ found }) => found);
    }
    rows ??= await sql.all(context.dialect?.rowSamplesQuery(source, checks, MAX_SAMPLES) ??
        `
    SELECT ${columns} FROM (
      ${numbered}
    ) QUALIFY row_number() OVER (PARTITION BY f.k ORDER BY __row) <= ${MAX_SAMPLES}
    ORDER BY k, __row`);
    const samples = new Map();
    for (const row of rows) {
        const k = Number(row.k);
        const list = samples.get(k) ?? [];
        list.push(sampleAt(locateRow, row, row.v ?? null));
        samples.set(k, list);
    }
    return samples;
}
async function fetchGroupSamples(sql, context, locateRow, check) {
    const source = context.source;
    const keys = check.keys.join(", ");
    const notNull = check.check === "duplicate_rows"
        ? ""
        : `WHERE ${check.keys.map((key) => `${key} IS NOT NULL`).join(" AND ")}`;
    const anyNull = check.nullIsUnexpected
        ? ` OR ${check.keys.map((key) => `${key} IS NULL`).join(" OR ")}`
        : "";
    // `first`: the row where the key first occurs, so each later row can say which row it repeats.
    const rows = await sql.all(`
${context.dialect && context.dialect.name !== "duckdb"
        ? // Another engine (PostgreSQL): no struct literals or arg_min there, so no repeat_of; a table
            // has no file rows to place either. The subquery needs its alias there.
            `WITH numbered AS (SELECT row_number() OVER () AS __row, * FROM (${source}) AS src),
         duplicated AS (SELECT ${keys} FROM numbered ${notNull} GROUP BY ${keys} HAVING count(*) > 1)
    SELECT __row, CAST(${check.sampleColumn} AS VARCHAR) AS v FROM numbered`
        : `WITH numbered AS (SELECT ${rowNumbering(context)} AS __row, * FROM (${context.source})),
         duplicated AS (SELECT ${keys}, min(__row) AS first${context.rowNumberColumn ? `, arg_min(${context.rowNumberColumn}, __row) AS first_at` : ""}${context.fileColumn ? `, arg_min(${context.fileColumn}, __row) AS first_file` : ""} FROM numbered ${notNull} GROUP BY ${keys} HAVING count(*) > 1)
    SELECT __row${locationColumns(context)}, CAST(${check.sampleColumn} AS VARCHAR) AS v, ${check.nullIsUnexpected ? check.keys.map((key) => `${key} IS NULL`).join(" OR ") : "false"} AS null_key,
      (SELECT {'row': d.first${context.rowNumberColumn ? ", 'at': d.first_at" : ""}${context.fileColumn ? ", 'file': d.first_file" : ""}} FROM duplicated d WHERE ${check.keys.map((key) => `d.${key} IS NOT DISTINCT FROM numbered.${key}`).join(" AND ")}) AS first
    FROM numbered`}
    WHERE EXISTS (SELECT 1 FROM duplicated d WHERE ${check.keys.map((key) => `d.${key} IS NOT DISTINCT FROM numbered.${key}`).join(" AND ")})${anyNull}
    ORDER BY __row LIMIT ${MAX_SAMPLES}`);
    return rows.map((row) => {
        const found = sampleAt(locateRow, row, row.v ?? null);
        if (row.null_key === true)
            return { ...found, null_key: true };
        const first = row.first;
        if (!first || Number(first.row) === Number(row.__row))
            return found;
        const at = first.at === undefined || first.at === null
            ? undefined
            : { rowNumber: Number(first.at), ...(typeof first.file === "string" ? { file: first.file } : {}) };
        return { ...found, repeat_of: locateRow(Number(first.row), at).row };
    });
}


/***/ }),

/***/ 2366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ matchFields)
/* harmony export */ });
function matchFields(schema, dataColumns) {
    const fieldNames = schema.fields.map((field) => field.name);
    const inData = new Set(dataColumns);
    const inSchema = new Set(fieldNames);
    const missing = fieldNames.filter((name) => !inData.has(name));
    const extra = dataColumns.filter((name) => !inSchema.has(name));
    const present = fieldNames.filter((name) => inData.has(name));
    const mode = schema.fieldsMatch;
    const errors = [];
    const missingIsError = mode === "exact" || mode === "equal" || mode === "subset";
    const extraIsError = mode === "exact" || mode === "equal" || mode === "superset";
    if (missingIsError) {
        for (const column of missing) {
            errors.push({
                kind: "missing_column",
                column,
                message: `column "${column}" is in the schema but not in the data.`,
            });
        }
    }
    if (extraIsError) {
        for (const column of extra) {
            errors.push({
                kind: "extra_column",
                column,
                message: `column "${column}" is in the data but not in the schema (fieldsMatch: ${mode}).`,
            });
        }
    }
    if (mode === "exact" && missing.length === 0 && extra.length === 0) {
        const outOfPlace = fieldNames.findIndex((name, i) => dataColumns[i] !== name);
        if (outOfPlace >= 0) {
            errors.push({
                kind: "column_order",
                column: fieldNames[outOfPlace],
                message: `column ${outOfPlace + 1} is "${dataColumns[outOfPlace]}" but the schema expects "${fieldNames[outOfPlace]}" (fieldsMatch: exact; use equal to match by name).`,
            });
        }
    }
    if (mode === "partial" && present.length === 0) {
        errors.push({
            kind: "missing_column",
            message: "no column of the schema is in the data (fieldsMatch: partial).",
        });
    }
    return { present, errors };
}


/***/ }),

/***/ 3260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ constraintCasts),
/* harmony export */   Qj: () => (/* binding */ projection),
/* harmony export */   dH: () => (/* binding */ planChecks)
/* harmony export */ });
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _dialect_duckdb_dialect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3289);
/* harmony import */ var _sql_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5320);
/* harmony import */ var _table_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8510);
/* harmony import */ var _typed_expression_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8298);
/**
 * Compiles a table schema into a plan of checks over one dataset, pure (no SQL is run here):
 * - row checks: a SQL predicate per check, counted together in one aggregate scan;
 * - aggregate checks: a SQL aggregate per statistic, in that same scan;
 * - group checks (unique, primaryKey, duplicate rows): one GROUP BY each.
 */






function planChecks(schema, present, options) {
    const dialect = options.dialect ?? _dialect_duckdb_dialect_js__WEBPACK_IMPORTED_MODULE_2__/* .duckdbDialect */ .Q;
    const types = new Map(present.map((column) => [column.name, column.type]));
    const columns = [];
    schema.fields.forEach((field) => {
        const type = types.get(field.name);
        if (type !== undefined)
            columns.push({ field, index: columns.length, expressions: dialect.columnExpressions(field, type) });
    });
    const checks = [];
    for (const column of columns) {
        const fieldIndex = schema.fields.indexOf(column.field);
        checks.push(...planFieldChecks(column, `fields[${fieldIndex}].constraints`, options));
    }
    checks.push(...planTableChecks(schema, columns));
    return { columns, checks };
}
/** Every string constraint value that must cast to its field's type (checked before data is read). */
function constraintCasts(schema, schemaFile) {
    const casts = [];
    schema.fields.forEach((field, i) => {
        const c = field.constraints;
        const keyPath = `fields[${i}].constraints`;
        const values = [
            ["minimum", c.minimum],
            ["maximum", c.maximum],
            ["exclusiveMinimum", c.exclusiveMinimum],
            ["exclusiveMaximum", c.exclusiveMaximum],
            ...(c.enum ?? []).map((value, j) => [`enum[${j}]`, value]),
        ];
        for (const [key, value] of values) {
            if (value === undefined)
                continue;
            const literal = (0,_typed_expression_js__WEBPACK_IMPORTED_MODULE_4__/* .typedLiteral */ .Aw)(field, value, schemaFile, `${keyPath}.${key}`);
            if (literal.cast)
                casts.push({ field, value, keyPath: `${keyPath}.${key}`, sql: literal.sql });
        }
    });
    return casts;
}
const isInteger = (field) => field.type === "integer" || field.type === "year";
const t = (column) => `t${column.index}`;
const x = (column) => `x${column.index}`;
function planFieldChecks(column, keyPath, options) {
    const { field } = column;
    const dialect = options.dialect ?? _dialect_duckdb_dialect_js__WEBPACK_IMPORTED_MODULE_2__/* .duckdbDialect */ .Q;
    const c = field.constraints;
    const mostly = c.mostly ?? 1;
    const name = field.name;
    const typedCount = `count(${t(column)})`;
    const checks = [];
    const row = (check, expected, predicate, denominator = typedCount) => ({
        kind: "row",
        id: `${name}.${check}`,
        column: name,
        check,
        expected,
        mostly,
        predicate,
        denominator,
        sampleColumn: x(column),
    });
    // A missing value: NULL text, or NULL stored value where the column is stored as its type.
    const present = column.expressions.stored ? t(column) : x(column);
    const lit = (value, key) => (0,_typed_expression_js__WEBPACK_IMPORTED_MODULE_4__/* .typedLiteral */ .Aw)(field, value, options.schemaFile, `${keyPath}.${key}`, dialect.parseText).sql;
    if (column.expressions.canFailCast) {
        checks.push(row("type", field.type, `${x(column)} IS NOT NULL AND ${t(column)} IS NULL`, `count(${x(column)})`));
    }
    if (c.required)
        checks.push(row("required", true, `${present} IS NULL`, "count(*)"));
    const comparisons = [
        ["minimum", "<"],
        ["maximum", ">"],
        ["exclusiveMinimum", "<="],
        ["exclusiveMaximum", ">="],
    ];
    for (const [key, operator] of comparisons) {
        const value = c[key];
        if (value !== undefined)
            checks.push(row(key, value, `${t(column)} ${operator} ${lit(value, key)}`));
    }
    if (c.minLength !== undefined)
        checks.push(row("minLength", c.minLength, `length(${x(column)}) < ${c.minLength}`, `count(${x(column)})`));
    if (c.maxLength !== undefined)
        checks.push(row("maxLength", c.maxLength, `length(${x(column)}) > ${c.maxLength}`, `count(${x(column)})`));
    if (c.pattern !== undefined) {
        checks.push(row("pattern", c.pattern, `NOT ${dialect.fullMatch(x(column), (0,_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .eu)(c.pattern))}`, `count(${x(column)})`));
    }
    if (c.enum !== undefined) {
        const values = c.enum.map((value, i) => lit(value, `enum[${i}]`)).join(", ");
        checks.push(row("enum", c.enum, `${t(column)} NOT IN (${values})`));
    }
    if (c.unique) {
        checks.push({
            kind: "group",
            id: `${name}.unique`,
            column: name,
            check: "unique",
            expected: true,
            mostly,
            keys: [t(column)],
            nullIsUnexpected: false,
            sampleColumn: x(column),
            integerKey: isInteger(field),
        });
    }
    const aggregate = (check, sqlAggregate, expected, bounds, suffix = "") => ({
        kind: "aggregate",
        id: `${name}.${check}${suffix}`,
        column: name,
        check,
        expected,
        mostly: 1,
        aggregate: sqlAggregate,
        ...bounds,
    });
    if (c.maxNullFraction !== undefined) {
        checks.push(aggregate("null_fraction", `CASE WHEN count(*) = 0 THEN 0 ELSE 1 - ${dialect.divide(`count(${present})`, "count(*)")} END`, { max: c.maxNullFraction }, { max: c.maxNullFraction }));
    }
    const needsNumbers = (key) => {
        if (!["integer", "number", "year"].includes(field.type)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(options.schemaFile, `${keyPath}.${key}`, `needs a numeric field; "${name}" is ${field.type}.`);
        }
    };
    if (c.mean) {
        needsNumbers("mean");
        checks.push(aggregate("mean", `avg(${t(column)})`, c.mean, c.mean));
    }
    if (c.stddev) {
        needsNumbers("stddev");
        checks.push(aggregate("stddev", `stddev_samp(${t(column)})`, c.stddev, c.stddev));
    }
    c.quantiles?.forEach((q, i) => {
        needsNumbers(`quantiles[${i}]`);
        const bounds = {
            ...(q.min !== undefined ? { min: q.min } : {}),
            ...(q.max !== undefined ? { max: q.max } : {}),
        };
        checks.push(aggregate("quantile", dialect.quantile(t(column), q.quantile), q, bounds, `[${q.quantile}]`));
    });
    if (c.freshness !== undefined) {
        if (field.type !== "date" && field.type !== "datetime") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(options.schemaFile, `${keyPath}.freshness`, `needs a date or datetime field; "${name}" is ${field.type}.`);
        }
        const age = (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(c.freshness);
        // The table schema already refuses a freshness that does not parse (table-schema.ts).
        if (age === null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(options.schemaFile, `${keyPath}.freshness`, `expected ${_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_HINT */ .F}.`);
        const check = aggregate("freshness", `CAST(max(${t(column)}) AS TIMESTAMPTZ)`, c.freshness, {});
        checks.push({ ...check, notBefore: new Date(options.now.getTime() - age) });
    }
    return checks;
}
function planTableChecks(schema, columns) {
    const checks = [];
    if (schema.rows) {
        checks.push({
            kind: "aggregate",
            id: "rows",
            check: "rows",
            expected: schema.rows,
            mostly: 1,
            aggregate: "count(*)",
            ...schema.rows,
        });
    }
    const byName = new Map(columns.map((column) => [column.field.name, column]));
    const keyNames = (0,_table_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .primaryKeyOf */ .bl)(schema);
    const keyColumns = keyNames.flatMap((name) => byName.get(name) ?? []);
    // A key field missing from the data is already a structural error: no primary key check then.
    const [onlyKey, ...otherKeys] = keyColumns;
    if (onlyKey && keyColumns.length === keyNames.length) {
        checks.push({
            kind: "group",
            id: "primaryKey",
            column: keyColumns.map((column) => column.field.name).join(", "),
            check: "primaryKey",
            expected: keyColumns.map((column) => column.field.name),
            mostly: 1,
            keys: keyColumns.map(t),
            nullIsUnexpected: true,
            sampleColumn: otherKeys.length === 0 ? x(onlyKey) : `concat_ws(', ', ${keyColumns.map(x).join(", ")})`,
            integerKey: otherKeys.length === 0 && isInteger(onlyKey.field),
        });
    }
    if (schema.uniqueRows) {
        checks.push({
            kind: "group",
            id: "duplicate_rows",
            check: "duplicate_rows",
            expected: false,
            mostly: 1,
            keys: columns.map(x),
            nullIsUnexpected: false,
            sampleColumn: `concat_ws(', ', ${columns.map(x).join(", ")})`,
        });
    }
    return checks;
}
/** The projection every query of the plan reads from: text and typed value of each column. */
function projection(plan, view, fileColumn, others = [], rowNumberColumn, 
/** Columns of the view selected as they are (e.g. a reader's structure probe). */
extra = []) {
    const select = plan.columns.flatMap((column) => [
        `${column.expressions.text} AS ${x(column)}`,
        `${column.expressions.typed} AS ${t(column)}`,
    ]);
    others.forEach((name, i) => {
        select.push(`${(0,_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .ident */ .bD)(name)} AS o${i}`);
    });
    if (fileColumn)
        select.push(`${(0,_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .ident */ .bD)(fileColumn)} AS __file`);
    if (rowNumberColumn)
        select.push(`${(0,_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .ident */ .bD)(rowNumberColumn)} AS __rn`);
    for (const column of extra)
        select.push((0,_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .ident */ .bD)(column));
    if (select.length === 0)
        select.push("1 AS __one");
    return `SELECT ${select.join(", ")} FROM ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .ident */ .bD)(view)}`;
}


/***/ }),

/***/ 6354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ runChecks)
/* harmony export */ });
/* unused harmony export frictionlessCode */
/* harmony import */ var _dialect_duckdb_dialect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3289);
/* harmony import */ var _failing_samples_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(881);


async function runChecks(sql, plan, context) {
    const rowChecks = plan.checks.filter((check) => check.kind === "row");
    const aggregateChecks = plan.checks.filter((check) => check.kind === "aggregate");
    const groupChecks = plan.checks.filter((check) => check.kind === "group");
    const scanned = await scanOnce(sql, context, rowChecks, aggregateChecks, groupChecks);
    const rows = Number(scanned.n ?? 0);
    const results = new Map();
    rowChecks.forEach((check, i) => {
        const unexpected = Number(scanned[`u${i}`] ?? 0);
        const denominator = Number(scanned[`d${i}`] ?? 0);
        results.set(check, countedResult(check, unexpected, denominator));
    });
    aggregateChecks.forEach((check, i) => {
        results.set(check, aggregateResult(check, scanned[`a${i}`] ?? null));
    });
    for (const [i, check] of groupChecks.entries()) {
        const clean = Number(scanned[`gd${i}`] ?? 0) === Number(scanned[`gn${i}`] ?? 0) &&
            Number(scanned[`gz${i}`] ?? 0) === 0;
        const unexpected = clean ? 0 : await countDuplicates(sql, context.source, check);
        results.set(check, countedResult(check, unexpected, rows));
    }
    const resultOf = (check) => {
        const result = results.get(check);
        if (!result)
            throw new Error(`check ${check.id} has no result, yet each row, aggregate and group check was given one above`);
        return result;
    };
    const failedRowChecks = rowChecks.filter((check) => !resultOf(check).success);
    const failedGroupChecks = groupChecks.filter((check) => !resultOf(check).success);
    if (failedRowChecks.length + failedGroupChecks.length > 0) {
        const locateRow = await context.locator();
        if (failedRowChecks.length > 0) {
            const needed = failedRowChecks.map((check) => Math.min(_failing_samples_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SAMPLES */ .xs, resultOf(check).unexpected_count));
            const samples = await (0,_failing_samples_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchRowSamples */ .cL)(sql, context, locateRow, failedRowChecks, needed);
            failedRowChecks.forEach((check, i) => {
                resultOf(check).samples = samples.get(i) ?? [];
            });
        }
        for (const check of failedGroupChecks) {
            resultOf(check).samples = await (0,_failing_samples_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchGroupSamples */ .N2)(sql, context, locateRow, check);
        }
    }
    const probes = (context.probes ?? []).map((_, i) => scanned[`p${i}`] ?? null);
    return { results: plan.checks.map(resultOf), rows, probes };
}
async function scanOnce(sql, context, rows, aggregates, groups) {
    // A DISTINCT count holds every value, and it slows whatever shares its query: on the 3M-row
    // Parquet bench the main scan with it took 1.5 s, without it 0.75 s plus 0.5 s for the count on
    // its own (an exact quantile, which also holds its column, costs little in the main scan). So
    // where reading the source again is cheap (a staged table, Parquet) each DISTINCT count gets a
    // scan of its own, reading only its key; where it means parsing a CSV again (singleScan), the
    // counts stay in the one scan.
    const dialect = context.dialect ?? _dialect_duckdb_dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .duckdbDialect */ .Q;
    const select = ["count(*) AS n", ...context.otherColumns.map((column, i) => `count(${column}) AS o${i}`)];
    const distinctCounts = [];
    context.probes?.forEach((probe, i) => {
        select.push(`${probe} AS p${i}`);
    });
    rows.forEach((check, i) => {
        select.push(`count(*) FILTER (WHERE ${check.predicate}) AS u${i}`, `${check.denominator} AS d${i}`);
    });
    aggregates.forEach((check, i) => {
        select.push(`${check.aggregate} AS a${i}`);
    });
    const integerKeys = new Map();
    groups.forEach((check, i) => {
        // A group check passes when its keys are all distinct (and, for a primary key, never null).
        const notNull = check.keys.map((key) => `${key} IS NOT NULL`).join(" AND ");
        const key = check.keys.length === 1 ? check.keys[0] : `row(${check.keys.join(", ")})`;
        const filter = check.check === "duplicate_rows" ? "" : ` FILTER (WHERE ${notNull})`;
        if (check.integerKey && key && dialect.bitmapDistinct) {
            // Its range first (exact, as text): the bitmap's bounds.
            integerKeys.set(i, key);
            select.push(`CAST(min(${key}) AS VARCHAR) AS gmin${i}`, `CAST(max(${key}) AS VARCHAR) AS gmax${i}`);
        }
        else
            distinctCounts.push(`count(DISTINCT ${key})${filter} AS gd${i}`);
        select.push(`count(*)${filter} AS gn${i}`);
        select.push(check.nullIsUnexpected ? `count(*) FILTER (WHERE NOT (${notNull})) AS gz${i}` : `0 AS gz${i}`);
    });
    const scans = context.singleScan
        ? [[...select, ...distinctCounts]]
        : [select, ...distinctCounts.map((count) => [count])];
    let scanned = {};
    for (const list of scans) {
        const [row] = await sql.all(`SELECT ${list.join(", ")} FROM (${context.source}) AS src`);
        scanned = { ...scanned, ...row };
    }
    for (const [i, key] of integerKeys) {
        const count = distinctIntegers(dialect, key, scanned[`gmin${i}`], scanned[`gmax${i}`], scanned[`gn${i}`]);
        const [row] = await sql.all(`SELECT coalesce(${count}, 0) AS gd${i} FROM (${context.source}) AS src WHERE ${key} IS NOT NULL`);
        scanned = { ...scanned, ...row };
    }
    return scanned;
}
/**
 * Distinct integer keys are counted in a bitmap where the engine has one (DuckDB's bitstring_agg):
 * 10× faster than count(DISTINCT) on 10M unique ids (0.14 s vs 1.4 s), and it spares the main scan
 * a DISTINCT count, which doubled the cost of everything sharing its query. On a CSV read straight
 * that costs a second parse of the file, but reading only the key's column: 0.45–0.6 s at 3M rows,
 * against the 0.7 s the DISTINCT count added to the one scan. A bitmap holds one bit a value of the
 * key's range: at most 8 of them per key (a byte a row), else count(DISTINCT).
 */
const BITS_PER_KEY = 8n;
/** SQL counting a key's distinct values: in a bitmap over [min, max] when that is small enough. */
function distinctIntegers(dialect, key, min, max, keys) {
    if (typeof min !== "string" || typeof max !== "string")
        return "0"; // no key at all
    const range = BigInt(max) - BigInt(min) + 1n;
    if (!dialect.bitmapDistinct || range > BITS_PER_KEY * BigInt(Number(keys ?? 0)) + 1024n)
        return `count(DISTINCT ${key})`;
    return dialect.bitmapDistinct(key, min, max);
}
async function countDuplicates(sql, source, check) {
    const keys = check.keys.join(", ");
    const notNull = check.keys.map((key) => `${key} IS NOT NULL`).join(" AND ");
    const duplicated = `SELECT coalesce(sum(c), 0) AS n FROM (SELECT count(*) AS c FROM (${source}) AS src ${check.check === "duplicate_rows" ? "" : `WHERE ${notNull}`} GROUP BY ${keys} HAVING count(*) > 1) AS duplicated`;
    const [row] = await sql.all(duplicated);
    let count = Number(row?.n ?? 0);
    if (check.nullIsUnexpected) {
        const anyNull = check.keys.map((key) => `${key} IS NULL`).join(" OR ");
        const [nulls] = await sql.all(`SELECT count(*) AS n FROM (${source}) AS src WHERE ${anyNull}`);
        count += Number(nulls?.n ?? 0);
    }
    return count;
}
function countedResult(check, unexpected, denominator) {
    const fraction = denominator === 0 ? 0 : unexpected / denominator;
    const code = frictionlessCode(check.check);
    return {
        id: check.id,
        ...(check.column !== undefined ? { column: check.column } : {}),
        check: check.check,
        ...(code ? { code } : {}),
        expected: check.expected,
        unexpected_count: unexpected,
        unexpected_percent: fraction * 100,
        mostly: check.mostly,
        // GX's rule: the share of expected values must be at least `mostly`.
        success: 1 - fraction >= check.mostly - 1e-12,
        samples: [],
    };
}
function aggregateResult(check, observed) {
    let success;
    if (check.notBefore) {
        success =
            observed !== null &&
                new Date(String(observed).replace(" ", "T").replace(/\+00$/, "Z")) >= check.notBefore;
    }
    else {
        const value = observed === null ? Number.NaN : Number(observed);
        success =
            Number.isFinite(value) &&
                (check.min === undefined || value >= check.min) &&
                (check.max === undefined || value <= check.max);
    }
    return {
        id: check.id,
        ...(check.column !== undefined ? { column: check.column } : {}),
        check: check.check,
        expected: check.notBefore
            ? { max_age: check.expected, not_before: check.notBefore.toISOString() }
            : check.expected,
        unexpected_count: success ? 0 : 1,
        unexpected_percent: success ? 0 : 100,
        mostly: 1,
        success,
        samples: [],
        observed,
    };
}
/** Frictionless's name for a failure of a check, where Frictionless has the check. */
function frictionlessCode(check) {
    switch (check) {
        case "type":
            return "type-error";
        case "required":
        case "minimum":
        case "maximum":
        case "exclusiveMinimum":
        case "exclusiveMaximum":
        case "minLength":
        case "maxLength":
        case "pattern":
        case "enum":
            return "constraint-error";
        case "unique":
            return "unique-error";
        case "primaryKey":
            return "primary-key";
        case "foreignKey":
            return "foreign-key";
        case "duplicate_rows":
            return "duplicate-row";
        default:
            return undefined;
    }
}


/***/ }),

/***/ 8298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ typedLiteral),
/* harmony export */   Kb: () => (/* binding */ columnExpressions),
/* harmony export */   OV: () => (/* binding */ uncastableConstraint),
/* harmony export */   r4: () => (/* binding */ parseText)
/* harmony export */ });
/* unused harmony export nativeMatches */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _sql_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5320);
/**
 * SQL that turns one column into its declared Frictionless type, NULL where a value does not cast.
 * Text columns (CSV, JSONL read as text) are parsed by Frictionless rules — the field's
 * missingValues, trueValues/falseValues, bareNumber, groupChar, decimalChar and date/time format;
 * native columns (Parquet) of a compatible type are used as they are, others are printed to text
 * and parsed like CSV values. Constraint values written as strings are cast by the same rules, so
 * `enum: ["1", "2"]` on an integer field means the integers 1 and 2.
 */


const INTEGER_TYPES = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/;
const NUMERIC_TYPES = /^(FLOAT|DOUBLE|DECIMAL.*)$/;
/** Whether a native DuckDB column type already holds values of the declared type. */
function nativeMatches(type, duckType) {
    switch (type) {
        case "integer":
        case "year":
            return INTEGER_TYPES.test(duckType);
        case "number":
            return INTEGER_TYPES.test(duckType) || NUMERIC_TYPES.test(duckType);
        case "boolean":
            return duckType === "BOOLEAN";
        case "date":
            return duckType === "DATE";
        case "datetime":
            return duckType.startsWith("TIMESTAMP");
        case "time":
            return duckType.startsWith("TIME") && !duckType.startsWith("TIMESTAMP");
        default:
            return duckType === "VARCHAR";
    }
}
/** Types whose values are kept as text (checked against a pattern, if any, by `type`). */
const TEXT_TYPES = ["string", "any", "object", "array", "geopoint", "geojson"];
function columnExpressions(field, duckType) {
    const column = (0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .ident */ .bD)(field.name);
    const isText = duckType === "VARCHAR";
    let text = isText ? column : `CAST(${column} AS VARCHAR)`;
    if (field.missingValues && field.missingValues.length > 0 && isText)
        text = `CASE WHEN ${column} IN (${field.missingValues.map(_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu).join(", ")}) THEN NULL ELSE ${column} END`;
    if (TEXT_TYPES.includes(field.type))
        return { text, typed: text, canFailCast: false };
    if (!isText && nativeMatches(field.type, duckType))
        return { text, typed: column, canFailCast: false, stored: true };
    return { text, typed: parseText(field, text), canFailCast: true };
}
/** Frictionless number text with its groupChar, decimalChar and bareNumber rules applied. */
function numberText(field, text) {
    let out = text;
    if (field.groupChar)
        out = `replace(${out}, ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu)(field.groupChar)}, '')`;
    if (field.decimalChar !== ".")
        out = `replace(${out}, ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu)(field.decimalChar)}, '.')`;
    // bareNumber: false lets currency signs, units and percent signs surround the number.
    if (!field.bareNumber)
        out = `regexp_replace(${out}, '^[^0-9+.-]+|[^0-9.]+$', '', 'g')`;
    return out;
}
/** A strptime pattern from `format`, or null for the ISO default ("fmt:" is Frictionless v0's prefix). */
function formatPattern(field) {
    const format = field.format;
    if (!format || format === "default" || format === "any")
        return null;
    return format.startsWith("fmt:") ? format.slice(4) : format;
}
function parseText(field, text) {
    const pattern = formatPattern(field);
    const any = field.format === "any";
    switch (field.type) {
        case "integer": {
            // TRY_CAST('1.5' AS BIGINT) rounds to 2; Frictionless integers are digits only. A text that is
            // its own value printed back (nearly every cell) is digits; only the others ("007", "+5",
            // " 5", "1.5") are asked of the regular expression, which cost 3× the cast on every cell.
            const digits = numberText(field, text);
            const value = `TRY_CAST(${digits} AS BIGINT)`;
            return `CASE WHEN CAST(${value} AS VARCHAR) = ${digits} OR regexp_full_match(${digits}, '\\s*[+-]?[0-9]+\\s*') THEN ${value} END`;
        }
        case "year":
            return `CASE WHEN regexp_full_match(${text}, '\\s*-?[0-9]{4}\\s*') THEN TRY_CAST(${text} AS INTEGER) END`;
        case "number": {
            const number = numberText(field, text);
            // DuckDB's cast accepts "1e5", "NaN", "inf" as Frictionless does, but also "0x1F": refuse hex.
            // (contains, not a regular expression: half the cost per cell, measured on 3M rows.)
            return `CASE WHEN NOT (contains(${number}, 'x') OR contains(${number}, 'X')) THEN TRY_CAST(${number} AS DOUBLE) END`;
        }
        case "boolean":
            return `CASE WHEN ${text} IN (${field.trueValues.map(_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu).join(", ")}) THEN true WHEN ${text} IN (${field.falseValues.map(_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu).join(", ")}) THEN false END`;
        case "date":
            if (any)
                return `TRY_CAST(${text} AS DATE)`;
            if (pattern)
                return `CAST(TRY_STRPTIME(${text}, ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu)(pattern)}) AS DATE)`;
            // GLOB matches the whole text, one character per [0-9], as the regular expression
            // [0-9]{4}-[0-9]{2}-[0-9]{2} did, at about 60% of its cost.
            return `CASE WHEN ${text} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CAST(${text} AS DATE) END`;
        case "datetime":
            if (pattern)
                return `CAST(TRY_STRPTIME(${text}, ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu)(pattern)}) AS TIMESTAMPTZ)`;
            return `TRY_CAST(${text} AS TIMESTAMPTZ)`;
        case "time":
            if (pattern)
                return `CAST(TRY_STRPTIME(${text}, ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu)(pattern)}) AS TIME)`;
            return `TRY_CAST(${text} AS TIME)`;
        case "yearmonth":
            return `CASE WHEN regexp_full_match(${text}, '[0-9]{4}-(0[1-9]|1[0-2])') THEN ${text} END`;
        case "duration":
            // ISO 8601 durations, as Frictionless reads them (P1Y2M10DT2H30M, PT0.5S, P3W).
            return `CASE WHEN regexp_full_match(${text}, 'P(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?') AND NOT regexp_full_match(${text}, 'PT?') THEN ${text} END`;
        default:
            return text;
    }
}
function typedLiteral(field, value, schemaFile, keyPath, 
/** The engine's cast of text (DuckDB's by default; PostgreSQL's for pushed-down checks). */
parse = parseText) {
    const bad = (expected) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(schemaFile, keyPath, `${JSON.stringify(value)} is not ${expected} (field "${field.name}" is ${field.type}).`);
    if (TEXT_TYPES.includes(field.type))
        return { sql: (0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu)(String(value)), cast: false };
    // A string is a cell value written in the schema: cast it exactly as a cell of this field.
    if (typeof value === "string")
        return { sql: parse(field, (0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu)(value)), cast: true };
    switch (field.type) {
        case "integer":
        case "year":
            if (typeof value !== "number" || !Number.isInteger(value))
                throw bad("an integer");
            return { sql: String(value), cast: false };
        case "number":
            if (typeof value !== "number")
                throw bad("a number");
            return { sql: String(value), cast: false };
        case "boolean":
            if (typeof value !== "boolean")
                throw bad("true or false");
            return { sql: String(value), cast: false };
        default:
            throw bad(`a ${field.type} written as text`);
    }
}
/** The message for a string constraint value that does not cast to its field's type. */
function uncastableConstraint(field, value, schemaFile, keyPath) {
    const how = formatPattern(field) ? ` with format ${JSON.stringify(field.format)}` : "";
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(schemaFile, keyPath, `${JSON.stringify(value)} is not a valid ${field.type}${how} (field "${field.name}"); write it as a value of the field would be written in the data.`);
}


/***/ })

};
