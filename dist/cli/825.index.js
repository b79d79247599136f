export const id = 825;
export const ids = [825];
export const modules = {

/***/ 9825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerInferSchema: () => (/* binding */ registerInferSchema)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _data_duckdb_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1257);
/* harmony import */ var _data_infer_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7534);
/* harmony import */ var _data_read_dialect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4543);
/* harmony import */ var _data_schema_bounds_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2371);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _dialect_flags_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3742);
/** `slipway infer-schema <data>`: drafts a Table Schema for a person to review and edit. */









const registerInferSchema = (program, io) => {
    const command = program
        .command("infer-schema")
        .description("Draft a Table Schema (types, required, ranges, enums) from a data file, to review and edit.")
        .argument("<data>", "data file or glob")
        .option("-o, --output <path>", "write the schema here instead of printing it")
        .option("--force", "overwrite --output if it exists")
        .option("--enum-max <n>", "strings with at most this many distinct values get an enum", "10")
        .option("--margin <margin>", 'how far numeric and date bounds stand from the observed range: "50%" of the range on each side (never across zero), then rounded outward to 2 significant digits; "0": exactly the observed range; a whole number N: the observed range rounded outward to N significant digits', "50%")
        .option("--config <path>", "(accepted for symmetry; not used)")
        .option("--json", "print JSON instead of YAML");
    (0,_dialect_flags_js__WEBPACK_IMPORTED_MODULE_8__/* .addDialectFlags */ .Z)(command).action(async (data, options) => {
        const enumMax = Number(options.enumMax);
        if (!Number.isInteger(enumMax) || enumMax < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz("--enum-max", `must be a whole number, not "${options.enumMax}".`);
        const margin = (0,_data_schema_bounds_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMargin */ .ES)(options.margin);
        const output = options.output ? { shown: options.output, path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, options.output) } : null;
        if (output && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(output.path) && !options.force) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(output.shown, "already exists; a person may have edited it. Pass --force to overwrite it.");
        }
        const stated = (0,_dialect_flags_js__WEBPACK_IMPORTED_MODULE_8__/* .readDialectFlags */ .u)(options);
        const sql = await (0,_data_duckdb_js__WEBPACK_IMPORTED_MODULE_3__/* .openDuckDB */ .C)();
        let inferred;
        try {
            inferred = await (0,_data_infer_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .inferDataset */ .bb)(sql, data, { cwd: io.cwd, enumMax, margin, ...stated });
        }
        finally {
            sql.close();
        }
        const { schema, readAs } = inferred;
        if (readAs) {
            io.stderr(`read as: ${(0,_data_read_dialect_js__WEBPACK_IMPORTED_MODULE_5__/* .describeReadAs */ .EP)(readAs)}\n`);
            const dialect = (0,_data_read_dialect_js__WEBPACK_IMPORTED_MODULE_5__/* .dialectConfig */ .bM)(readAs.dialect);
            if (Object.keys(dialect).length > 0 || readAs.encoding !== "utf-8")
                io.stderr(`state this in the dataset's entry of .github/slipway.yml: ${JSON.stringify({ dialect, ...(readAs.encoding !== "utf-8" ? { encoding: readAs.encoding } : {}) })}\n`);
        }
        for (const warning of inferred.warnings)
            io.stderr(`warning: ${warning}\n`);
        const text = options.json
            ? `${JSON.stringify(schema, null, 2)}\n`
            : `# Drafted by \`slipway infer-schema ${data}\`: review the types and bounds, then edit freely.\n# The ${(0,_data_schema_bounds_js__WEBPACK_IMPORTED_MODULE_6__/* .describeMargin */ .Cj)(margin)}.\n${(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)(schema, { lineWidth: 0, flowCollectionPadding: false })}`;
        if (output) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(output.path), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(output.path, text);
            io.stderr(`wrote ${output.shown} (${schema.fields.length} fields)\n`);
        }
        else {
            io.stdout(text);
        }
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


/***/ }),

/***/ 7534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bb: () => (/* binding */ inferDataset)
/* harmony export */ });
/* unused harmony exports inferSchema, frictionlessType */
/* harmony import */ var _open_dataset_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6962);
/* harmony import */ var _schema_bounds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2371);
/* harmony import */ var _sql_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5320);
/**
 * Drafts a Table Schema from data, for a person to review: types from DuckDB's detection, `required`
 * where a column has no nulls, min/max for numbers and dates (with a margin: schema-bounds.ts),
 * `enum` for low-cardinality strings. The data it was inferred from validates against it, and so
 * does another sample of the same data (tests hold it to both).
 */



async function inferSchema(sql, path, options) {
    return (await inferDataset(sql, path, options)).schema;
}
async function inferDataset(sql, path, options) {
    const enumMax = options.enumMax ?? 10;
    const margin = options.margin ?? _schema_bounds_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MARGIN */ .PH;
    const dataset = await (0,_open_dataset_js__WEBPACK_IMPORTED_MODULE_0__/* .openDataset */ .Jp)(sql, path, {
        cwd: options.cwd,
        name: "infer",
        typed: true,
        ...(options.dialect ? { dialect: options.dialect } : {}),
        ...(options.encoding ? { encoding: options.encoding } : {}),
    });
    // The first file is sniffed (openDataset refuses a path that matches none).
    const [firstFile] = dataset.files;
    const dateFormat = firstFile !== undefined &&
        (dataset.format === "csv" || dataset.format === "tsv") &&
        !dataset.readAs?.dialect.whitespaceDelimited
        ? await sniffDateFormat(sql, firstFile)
        : null;
    const stats = await columnStats(sql, dataset.view, dataset.columns);
    const fields = stats.map(({ column, ...s }) => {
        const type = frictionlessType(column.type);
        const constraints = {};
        if (dataset.rows > 0 && s.nulls === 0)
            constraints.required = true;
        if ((type === "integer" || type === "number") && s.min !== null)
            Object.assign(constraints, (0,_schema_bounds_js__WEBPACK_IMPORTED_MODULE_1__/* .numberBounds */ .rl)(Number(s.min), Number(s.max), { integer: type === "integer", margin }));
        if (type === "date" && s.min !== null)
            Object.assign(constraints, (0,_schema_bounds_js__WEBPACK_IMPORTED_MODULE_1__/* .dateBounds */ .sB)(String(s.min), String(s.max), margin));
        if (type === "string" &&
            s.values !== null &&
            s.distinct > 0 &&
            s.distinct <= enumMax &&
            dataset.rows >= 2 * s.distinct) {
            constraints.enum = [...s.values].sort();
        }
        const field = { name: column.name, type };
        if (type === "date" && dateFormat && dateFormat !== "%Y-%m-%d")
            field.format = dateFormat;
        if (Object.keys(constraints).length > 0)
            field.constraints = constraints;
        return field;
    });
    return {
        schema: { fields, missingValues: [""] },
        readAs: dataset.readAs,
        warnings: dataset.warnings,
    };
}
function frictionlessType(duckType) {
    if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/.test(duckType))
        return "integer";
    if (/^(FLOAT|DOUBLE|DECIMAL)/.test(duckType))
        return "number";
    if (duckType === "BOOLEAN")
        return "boolean";
    if (duckType === "DATE")
        return "date";
    if (duckType.startsWith("TIMESTAMP"))
        return "datetime";
    if (duckType === "TIME")
        return "time";
    return "string";
}
/** One scan for every column's nulls, range and distinct count; distinct values only for short lists. */
async function columnStats(sql, view, columns) {
    if (columns.length === 0)
        return [];
    const select = columns.flatMap((column, i) => {
        const c = (0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .ident */ .bD)(column.name);
        const ordered = frictionlessType(column.type) !== "string" && frictionlessType(column.type) !== "boolean";
        return [
            `count(*) - count(${c}) AS n${i}`,
            ordered ? `CAST(min(${c}) AS VARCHAR) AS lo${i}` : `NULL AS lo${i}`,
            ordered ? `CAST(max(${c}) AS VARCHAR) AS hi${i}` : `NULL AS hi${i}`,
            `approx_count_distinct(${c}) AS d${i}`,
        ];
    });
    const [row = {}] = await sql.all(`SELECT ${select.join(", ")} FROM ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .ident */ .bD)(view)}`);
    const stats = [];
    for (const [i, column] of columns.entries()) {
        const approx = Number(row[`d${i}`] ?? 0);
        let values = null;
        let distinct = approx;
        if (frictionlessType(column.type) === "string" && approx <= 64) {
            const rows = await sql.all(`SELECT DISTINCT ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .ident */ .bD)(column.name)} AS v FROM ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .ident */ .bD)(view)} WHERE ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .ident */ .bD)(column.name)} IS NOT NULL LIMIT 65`);
            values = rows.map((r) => String(r.v));
            distinct = values.length;
        }
        stats.push({
            column,
            nulls: Number(row[`n${i}`] ?? 0),
            min: row[`lo${i}`] ?? null,
            max: row[`hi${i}`] ?? null,
            distinct,
            values,
        });
    }
    return stats;
}
async function sniffDateFormat(sql, file) {
    try {
        const [row] = await sql.all(`SELECT DateFormat AS f FROM sniff_csv(${(0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)(file)})`);
        return row?.f ? String(row.f) : null;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 2371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ describeMargin),
/* harmony export */   ES: () => (/* binding */ parseMargin),
/* harmony export */   PH: () => (/* binding */ DEFAULT_MARGIN),
/* harmony export */   rl: () => (/* binding */ numberBounds),
/* harmony export */   sB: () => (/* binding */ dateBounds)
/* harmony export */ });
/* unused harmony export roundOutward */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The minimum and maximum `infer-schema` writes for a column, from the range it observed. A sample's
 * exact extremes make a poor bound: the next batch from the same distribution crosses them in
 * about half the columns (a split of scikit-learn's breast-cancer data failed 10 of 62 bound checks
 * while drift found nothing). So by default each bound moves out by half the observed range — never
 * across zero, so a column that was never negative still may not be — and is then rounded outward
 * to 2 significant digits, which also keeps float noise (0.9900700000000001) out of the file.
 */

const DEFAULT_DIGITS = 2;
const DEFAULT_MARGIN = { kind: "range", share: 0.5, digits: DEFAULT_DIGITS };
const MARGIN_HINT = 'must be 0 (the exact observed range), a share of the range such as "50%" (the default), or a number of significant digits such as 2';
/** `--margin`: "0" (exact), "25%" (widen by a share of the range), "3" (round to 3 significant digits). */
function parseMargin(text) {
    const value = text.trim();
    if (value === "0" || value === "0%" || value === "exact")
        return { kind: "exact" };
    const percent = /^(\d+(?:\.\d+)?)%$/.exec(value);
    if (percent) {
        const share = Number(percent[1]) / 100;
        if (share <= 10)
            return { kind: "range", share, digits: DEFAULT_DIGITS };
    }
    if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 15)
        return { kind: "digits", digits: Number(value) };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz("--margin", `${MARGIN_HINT}, not "${text}".`);
}
/** One line for the drafted schema's header, so a reader knows the bounds are not the data's own. */
function describeMargin(margin) {
    if (margin.kind === "exact")
        return "bounds are the observed minimum and maximum";
    if (margin.kind === "digits")
        return `bounds are the observed range rounded outward to ${margin.digits} significant digits`;
    return `bounds are the observed range widened by ${formatShare(margin.share)} of it on each side (never across zero) and rounded outward to ${margin.digits} significant digits`;
}
function numberBounds(min, max, options) {
    const { margin } = options;
    if (margin.kind === "exact" || !Number.isFinite(min) || !Number.isFinite(max))
        return { minimum: min, maximum: max };
    let low = min;
    let high = max;
    if (margin.kind === "range") {
        // A constant column has no range: its own size is the scale instead.
        const pad = margin.share * (max > min ? max - min : Math.abs(max));
        low = min - pad;
        high = max + pad;
        if (min >= 0)
            low = Math.max(low, 0);
        if (max <= 0)
            high = Math.min(high, 0);
    }
    let minimum = roundOutward(low, margin.digits, "down");
    let maximum = roundOutward(high, margin.digits, "up");
    if (options.integer) {
        minimum = Math.floor(minimum);
        maximum = Math.ceil(maximum);
    }
    return { minimum, maximum };
}
/** Dates (YYYY-MM-DD) move out by whole days under a range margin; otherwise they stay as observed. */
function dateBounds(min, max, margin) {
    const low = isoDay(min);
    const high = isoDay(max);
    if (margin.kind !== "range" || low === null || high === null)
        return { minimum: min, maximum: max };
    const pad = Math.ceil(margin.share * (high - low));
    return { minimum: dayText(low - pad) ?? min, maximum: dayText(high + pad) ?? max };
}
/**
 * `value` rounded to `digits` significant digits, away from the data: never above it going down,
 * never below it going up. The result is built from its decimal digits, so it prints as written.
 */
function roundOutward(value, digits, direction) {
    // -0 is 0: a drafted schema would otherwise print "minimum: -0".
    if (value === 0)
        return 0;
    if (!Number.isFinite(value))
        return value;
    const [mantissa, exponent] = value.toExponential(digits - 1).split("e");
    let scale = Number(exponent) - (digits - 1);
    let units = Math.round(Number(mantissa) * 10 ** (digits - 1));
    const at = (u, s) => Number(`${u}e${s}`);
    if (direction === "up" && at(units, scale) < value)
        units += 1;
    if (direction === "down" && at(units, scale) > value)
        units -= 1;
    // 1.0 stepping down to 0.9 (or -1.0 up to -0.9) lost a digit: 0.99 is the closer bound.
    if (Math.abs(units) < 10 ** (digits - 1)) {
        units = units * 10 + Math.sign(value) * 9;
        scale -= 1;
    }
    return at(units, scale);
}
function formatShare(share) {
    return `${Number((share * 100).toPrecision(6))}%`;
}
const DAY = 86_400_000;
function isoDay(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match)
        return null;
    return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY;
}
function dayText(day) {
    const date = new Date(day * DAY);
    const year = date.getUTCFullYear();
    if (year < 1 || year > 9999)
        return null;
    return date.toISOString().slice(0, 10);
}


/***/ })

};
