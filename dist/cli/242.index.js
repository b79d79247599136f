export const id = 242;
export const ids = [242];
export const modules = {

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

/***/ 1257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ openDuckDB)
/* harmony export */ });
/* unused harmony export DEFAULT_MEMORY_LIMIT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1376);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Opens DuckDB. The engine is native (~70 MB a platform), so the action bundles never contain it:
 * on a runner the composite action installs it into the tool cache and sets SLIPWAY_DUCKDB_PREFIX,
 * and we load it from there with createRequire (ESM ignores NODE_PATH). Elsewhere (CLI, tests) it
 * resolves from node_modules as usual.
 */




function loadEngine() {
    const prefix = process.env.SLIPWAY_DUCKDB_PREFIX;
    const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(prefix ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(prefix, "package.json") : import.meta.url);
    return require("@duckdb/node-api");
}
/**
 * DuckDB's own default is 80% of the machine's memory, so a big file grows the process until the
 * runner kills it; with a limit, sorts, joins and DISTINCT counts spill to disk instead. 1 GB keeps a
 * 10M-row validation under 1 GiB of peak memory. SLIPWAY_MEMORY_LIMIT overrides it (e.g. "4GB").
 */
const DEFAULT_MEMORY_LIMIT = "1GB";
async function openDuckDB(options = {}) {
    const engine = loadEngine();
    const instance = await engine.DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    // SLIPWAY_DEBUG_SQL=1 prints every statement (its start) and its time to stderr; =full prints all of it.
    const debugLength = process.env.SLIPWAY_DEBUG_SQL === "full" ? undefined : 300;
    const debug = process.env.SLIPWAY_DEBUG_SQL
        ? (text, ms) => process.stderr.write(`[sql ${ms.toFixed(0)} ms] ${text.replace(/\s+/g, " ").slice(0, debugLength)}\n`)
        : null;
    const sql = {
        async all(text) {
            const started = performance.now();
            const reader = await connection.runAndReadAll(text);
            debug?.(text, performance.now() - started);
            return reader.getRowObjectsJS().map((row) => toPlainRow(row));
        },
        async run(text) {
            const started = performance.now();
            await connection.run(text);
            debug?.(text, performance.now() - started);
        },
        close() {
            connection.closeSync();
            instance.closeSync();
            if (ownTemp) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(ownTemp, { recursive: true, force: true });
                spillFolders.delete(ownTemp);
            }
        },
    };
    // An in-memory DuckDB spills to ".tmp" in the current folder (the checkout, on a runner) by default.
    const temp = options.tempDirectory || spillFolder();
    /** The spill folder this connection made itself, removed on close. */
    const ownTemp = temp === options.tempDirectory ? null : temp;
    await sql.run(`SET temp_directory = '${temp.replaceAll("'", "''")}'`);
    const limit = options.memoryLimit ?? process.env.SLIPWAY_MEMORY_LIMIT ?? DEFAULT_MEMORY_LIMIT;
    await sql.run(`SET memory_limit = '${limit.replaceAll("'", "")}'`);
    if (options.threads)
        await sql.run(`SET threads = ${Math.max(1, Math.floor(options.threads))}`);
    return sql;
}
/** Spill folders of connections not closed yet, removed when the process exits (an error may skip close). */
const spillFolders = new Set();
let removeOnExit = false;
function spillFolder() {
    if (!removeOnExit) {
        removeOnExit = true;
        process.once("exit", () => {
            for (const folder of spillFolders)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(folder, { recursive: true, force: true });
        });
    }
    const folder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "slipway-duckdb-"));
    spillFolders.add(folder);
    return folder;
}
function toPlainRow(row) {
    const out = {};
    for (const [key, value] of Object.entries(row))
        out[key] = toPlain(value);
    return out;
}
function toPlain(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === "bigint")
        return Number(value);
    if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
        return value;
    if (Array.isArray(value))
        return value.map(toPlain);
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === "object") {
        // DuckDB value classes (dates, timestamps, decimals, intervals) print themselves as SQL text.
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && typeof value.toString === "function") {
            const text = String(value);
            const numeric = Number(text);
            return value.constructor?.name?.includes("Decimal") && Number.isFinite(numeric) ? numeric : text;
        }
        const out = {};
        for (const [key, inner] of Object.entries(value))
            out[key] = toPlain(inner);
        return out;
    }
    return String(value);
}


/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EM: () => (/* binding */ FILE_COLUMN),
  gn: () => (/* reexport */ ROW_NUMBER_COLUMN),
  g4: () => (/* binding */ engineMessage),
  mp: () => (/* binding */ explainReadFailure),
  Jp: () => (/* binding */ openDataset),
  qf: () => (/* binding */ openDatasetView),
  lS: () => (/* binding */ readDatasetRejects)
});

// UNUSED EXPORTS: countRowsPerFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/globs.ts
var globs = __webpack_require__(6053);
;// CONCATENATED MODULE: ./src/data/data-format.ts
/** Which reader a path needs, from its extension (a trailing .gz is read transparently by DuckDB). */

const BY_EXTENSION = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
};
const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION).join(", ");
function detectFormat(path) {
    const lower = path.toLowerCase().replace(/\.gz$/, "");
    const dot = lower.lastIndexOf(".");
    return dot < 0 ? null : (BY_EXTENSION[lower.slice(dot)] ?? null);
}
/**
 * Whether a data path is a glob DuckDB expands: the config's glob test (src/config/globs.ts), less
 * `{a,b}` alternatives, which DuckDB's glob() reads as literal characters (a deliberate difference:
 * data globs are DuckDB's, every other glob in the config is picomatch's).
 */
function isGlob(path) {
    return /[*?[]/.test(path) && (0,globs/* isGlob */.fg)(path);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/data/find-unterminated-quote.ts
/**
 * DuckDB reports a CSV with an unbalanced quote only as "could not detect the dialect" or a parse
 * error far from the cause. To give the user a place to look, we scan the file ourselves (only on
 * that error path): the line and column where a quoted field opened and never closed.
 */


async function findUnterminatedQuote(path, quote = '"', delimiters = ",\t;|") {
    let input = (0,external_node_fs_.createReadStream)(path);
    if (path.toLowerCase().endsWith(".gz"))
        input = input.pipe((0,external_node_zlib_.createGunzip)());
    let line = 1;
    let column = 0;
    let inQuotes = false;
    let maybeClosed = false; // saw a quote inside a quoted field: closes it unless another quote follows ("")
    let opened = { line: 0, column: 0 };
    let atFieldStart = true;
    for await (const chunk of input) {
        for (const ch of String(chunk)) {
            column++;
            if (inQuotes && maybeClosed) {
                maybeClosed = false;
                if (ch === quote)
                    continue; // an escaped quote; still inside the field
                inQuotes = false;
            }
            if (ch === "\n") {
                line++;
                column = 0;
            }
            if (inQuotes) {
                if (ch === quote)
                    maybeClosed = true;
                continue;
            }
            if (ch === quote && atFieldStart) {
                inQuotes = true;
                opened = { line, column };
            }
            atFieldStart = delimiters.includes(ch) || ch === "\n" || ch === "\r";
        }
    }
    if (maybeClosed)
        inQuotes = false;
    return inQuotes ? opened : null;
}

// EXTERNAL MODULE: ./src/data/sql.ts
var data_sql = __webpack_require__(5320);
// EXTERNAL MODULE: ./src/data/read/dialect.ts
var read_dialect = __webpack_require__(4543);
;// CONCATENATED MODULE: ./src/data/read/detect-dialect.ts
/**
 * The dialect of a text data file: what the user stated, and the rest detected from the file's first
 * 64 KiB. The delimiter comes from the first line (DuckDB's sniffer is not used for it because a few
 * ragged rows make it pick a delimiter that yields one consistent column, hiding the real problem);
 * a file with none of , ; tab | but cells separated by spaces is whitespace-delimited (numpy.savetxt);
 * a first row of numbers only is read as data (no header row), with a warning naming the fix.
 * validate-data, infer-schema, drift and init all read files through this one detection.
 */

const CANDIDATES = [",", ";", "\t", "|"];
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$|^[+-]?(inf|nan)$/i;
function detectDialect(head, stated, tabSeparated) {
    const keys = Object.keys(stated).filter((key) => stated[key] !== undefined);
    const skipRows = stated["skip-rows"] ?? 0;
    const comment = stated.comment ?? null;
    const lines = head
        .split(/\r\n|\r|\n/)
        .slice(skipRows)
        .filter((line) => line.length > 0 && !(comment && line.startsWith(comment)));
    // The last line of the head may be cut short; leave it out when there are others.
    const sample = lines.length > 1 ? lines.slice(0, -1) : lines;
    const firstLine = sample[0] ?? "";
    let delimiter = stated.delimiter ?? (tabSeparated ? "\t" : null);
    let whitespace = stated["whitespace-delimited"] ?? false;
    if (delimiter === null && stated["whitespace-delimited"] === undefined) {
        delimiter = mostFrequent(firstLine);
        whitespace = delimiter === null && looksWhitespaceDelimited(sample);
    }
    const dialect = {
        delimiter: whitespace ? " " : (delimiter ?? ","),
        header: stated.header ?? true,
        quote: stated.quote ?? read_dialect/* DEFAULT_DIALECT */.rS.quote,
        escape: stated.escape ?? stated.quote ?? read_dialect/* DEFAULT_DIALECT */.rS.escape,
        comment,
        skipRows,
        whitespaceDelimited: whitespace,
        decimal: stated.decimal ?? read_dialect/* DEFAULT_DIALECT */.rS.decimal,
    };
    const warnings = [];
    if (stated.header === undefined && firstLine.length > 0) {
        const cells = whitespace ? firstLine.trim().split(/\s+/) : firstLine.split(dialect.delimiter);
        if (cells.every((cell) => NUMBER.test(cell.trim().replace(/^"(.*)"$/, "$1")))) {
            dialect.header = false;
            warnings.push(`row ${skipRows + 1} holds only numbers, so it was read as data (no header row): if it is the header, state dialect: { header: true } for this dataset (--header on the command line).`);
        }
    }
    return { dialect, stated: keys, warnings };
}
function mostFrequent(line) {
    let best = null;
    let bestCount = 0;
    for (const candidate of CANDIDATES) {
        const count = outsideQuotes(line).split(candidate).length - 1;
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}
function outsideQuotes(line) {
    return line.replace(/"[^"]*"/g, "");
}
/** Every sampled line splits on runs of spaces into the same number (> 1) of cells. */
function looksWhitespaceDelimited(lines) {
    if (lines.length === 0)
        return false;
    const counts = new Set(lines.map((line) => line.trim().split(/\s+/).length));
    const [count] = [...counts];
    return counts.size === 1 && (count ?? 0) > 1;
}

;// CONCATENATED MODULE: ./src/data/read/explain-csv-failure.ts
/**
 * Turns DuckDB's words for a CSV it could not read into a sentence naming the file, the line and
 * what is wrong. Facts DuckDB does not give (where an unterminated quote opens) are found by
 * scanning the file, only on this error path.
 */


async function explainCsvFailure(scan, shown, dialect, error) {
    if (error instanceof src_errors/* InputError */.dz)
        return error;
    const full = errorText(error);
    const detail = firstLine(full);
    if (dialect.quote) {
        const open = await findUnterminatedQuote(scan.readPath, dialect.quote, dialect.delimiter).catch(() => null);
        if (open) {
            return new src_errors/* InputError */.dz(shown, `unterminated quote opens at line ${open.line}, column ${open.column}: a quoted cell (${dialect.quote}) is never closed. Close it, or double a quote that is part of a value.`, { line: open.line }, { cause: error });
        }
    }
    const line = /on line:? (\d+)/i.exec(full)?.[1] ?? /line (\d+)/i.exec(full)?.[1];
    const where = line ? { line: Number(line) } : {};
    const original = /Original Line: ([^\n]*)/.exec(full)?.[1] ?? "";
    if (dialect.quote && dialect.escape === dialect.quote && original.includes(`\\${dialect.quote}`)) {
        return new src_errors/* InputError */.dz(shown, `line ${line ?? "?"} escapes a quote with a backslash (\\${dialect.quote}), but the dialect doubles quotes (${dialect.quote}${dialect.quote}): state escape: '\\' (--escape '\\').`, where, { cause: error });
    }
    if (/maximum line size|max_line_size/i.test(full)) {
        return new src_errors/* InputError */.dz(shown, `a line is longer than the reader's limit: ${detail}`, where, {
            cause: error,
        });
    }
    if (/unicode|utf-?8/i.test(full)) {
        return new src_errors/* InputError */.dz(shown, `holds bytes that are not valid ${scan.encoding}${line ? ` at line ${line}` : ""}; state the file's encoding (encoding: latin-1, cp1252 or utf-16).`, where, { cause: error });
    }
    const reason = /\n\s*(?!file =|delimiter =)([A-Z][^\n]*)/.exec(full.split("\n").slice(1).join("\n"))?.[1];
    return new src_errors/* InputError */.dz(shown, `cannot be read as ${describe(dialect)}${line ? ` (line ${line})` : ""}: ${reason ?? detail}`, where, { cause: error });
}
function describe(dialect) {
    if (dialect.whitespaceDelimited)
        return "whitespace-delimited text";
    const name = dialect.delimiter === "\t" ? "tab" : `'${dialect.delimiter}'`;
    return `text with delimiter ${name}`;
}
function errorText(error) {
    return typeof error === "object" && error !== null && "message" in error
        ? String(error.message)
        : String(error);
}
function firstLine(message) {
    return (message.split("\n")[0] ?? message).replace(/^(?:[A-Za-z ]*Error: )+/, "").trim();
}

;// CONCATENATED MODULE: ./src/data/read/first-record.ts
function firstRecord(head, dialect) {
    const lines = head.split("\n");
    const isSkipped = (line) => line.replace(/\r$/, "") === "" || (dialect.comment ? line.startsWith(dialect.comment) : false);
    const index = lines.findIndex((line, i) => i >= dialect.skipRows && !isSkipped(line));
    const text = index === -1 ? "" : lines.slice(index).join("\n");
    if (text.trim() === "")
        return [];
    if (dialect.whitespaceDelimited) {
        const line = (text.split("\n")[0] ?? "").trim();
        return line === "" ? [] : line.split(/\s+/);
    }
    return parseRecord(text, dialect);
}
function parseRecord(text, dialect) {
    const { delimiter, quote, escape: escapeChar } = dialect;
    const cells = [];
    let cell = "";
    let quoted = false;
    let i = 0;
    while (i < text.length) {
        const ch = text.charAt(i);
        if (quoted) {
            if (ch === escapeChar && escapeChar !== quote && text[i + 1] !== undefined) {
                cell += text[i + 1];
                i += 2;
                continue;
            }
            if (ch === quote) {
                if (escapeChar === quote && text[i + 1] === quote) {
                    cell += quote;
                    i += 2;
                    continue;
                }
                quoted = false;
                i++;
                continue;
            }
            cell += ch;
            i++;
            continue;
        }
        if (quote && ch === quote && cell === "") {
            quoted = true;
            i++;
            continue;
        }
        if (text.startsWith(delimiter, i)) {
            cells.push(cell);
            cell = "";
            i += delimiter.length;
            continue;
        }
        if (ch === "\n" || ch === "\r")
            break;
        cell += ch;
        i++;
    }
    cells.push(cell);
    return cells;
}

;// CONCATENATED MODULE: ./src/data/read/number-rows.ts
/**
 * Numbers the staged rows of a text table as Frictionless does: the file's rows counted from 1,
 * blank lines included (DuckDB skips them), from each row's rowid (DuckDB keeps insertion order;
 * row_number() while staging made it about twice as slow).
 */

/** A view of the staged table with each row's file (index) and its row number in that file. */
async function numberRows(sql, { stage, rows, scans, starts, dialect }) {
    const perFile = [];
    for (const [index, scan] of scans.entries()) {
        const ordinal = `(__id - ${starts[index]} + 1)`;
        perFile.push(await rowNumberExpression(sql, { stage, index, scan, dialect }, ordinal));
    }
    const file = starts.length === 1
        ? "0"
        : `CASE ${starts
            .slice(1)
            .map((start, i) => `WHEN rowid < ${start} THEN ${i}`)
            .join(" ")} ELSE ${starts.length - 1} END`;
    const [only, ...others] = perFile;
    const row = only !== undefined && others.length === 0
        ? only
        : `CASE __file ${perFile.map((expr, i) => `WHEN ${i} THEN ${expr}`).join(" ")} END`;
    await sql.run(`CREATE OR REPLACE TEMP VIEW ${(0,data_sql/* ident */.bD)(rows)} AS SELECT * EXCLUDE (__id), ${row} AS __row FROM (SELECT ${file}::INTEGER AS __file, rowid AS __id, * FROM ${(0,data_sql/* ident */.bD)(stage)})`);
}
/**
 * The file row of the DuckDB row `__r`: skipped rows plus the blank lines before it (DuckDB skips
 * blank lines; Frictionless counts them). A row follows blank line k (the k-th, at line b) when
 * __r >= b - skip - k + 1.
 */
async function rowNumberExpression(sql, { stage, index, scan, dialect }, ordinal) {
    const blanks = scan.blankLines.filter((line) => line > dialect.skipRows);
    if (blanks.length === 0)
        return `(${ordinal} + ${dialect.skipRows})::BIGINT`;
    if (blanks.length <= 64) {
        const steps = blanks
            .map((line, k) => `(${ordinal} >= ${line - dialect.skipRows - k})::BIGINT`)
            .join(" + ");
        return `(${ordinal} + ${dialect.skipRows} + ${steps})::BIGINT`;
    }
    // Many blank lines (rare): a correlated count per row, slower but exact.
    const thresholds = `${stage}_blanks_${index}`;
    await sql.run(`CREATE OR REPLACE TEMP TABLE ${(0,data_sql/* ident */.bD)(thresholds)} AS SELECT unnest([${blanks.map((line, k) => line - dialect.skipRows - k).join(", ")}]::BIGINT[]) AS t`);
    return `(${ordinal} + ${dialect.skipRows} + (SELECT count(*) FROM ${(0,data_sql/* ident */.bD)(thresholds)} WHERE t <= ${ordinal}))::BIGINT`;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/data/read/scan-text-file.ts
/**
 * One streaming pass over a text data file before DuckDB parses it, for the facts DuckDB hides or
 * words badly: binary bytes, gzip data under a plain name (or a truncated .gz), lines longer than the
 * reader takes, bytes that are not valid UTF-8 (an `encoding-error`, with its line), and blank lines
 * (DuckDB skips them silently, so Frictionless's `blank-row` and the file's row numbers need them).
 * Files in another encoding (or with invalid UTF-8) are transcoded here to a UTF-8 temporary file,
 * which DuckDB then reads. The pass is a byte search (no per-line work), so it costs far less than the parse.
 */







/** Longest line DuckDB is asked to read (its max_line_size); longer ones are refused with their line. */
const MAX_LINE_BYTES = 8 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;
const CHUNK = 4 * 1024 * 1024;
async function scanTextFile(file, shown, stated) {
    return { file, shown, ...(await scanContent(file, shown, stated)) };
}
async function scanContent(file, shown, stated) {
    const gzipped = file.toLowerCase().endsWith(".gz");
    const first = await readStart(file);
    refuseOtherFormats(first, shown, gzipped);
    const bom = first.subarray(0, 2);
    const utf16 = (bom[0] === 0xff && bom[1] === 0xfe) || (bom[0] === 0xfe && bom[1] === 0xff);
    const encoding = stated ?? (utf16 && !gzipped ? "utf-16" : "utf-8");
    if (encoding === "utf-8") {
        const scan = await scanUtf8(file, shown, gzipped);
        if (!scan.invalidAt) {
            const lines = await lineNumbersAt(file, gzipped, [...scan.blankOffsets]);
            return {
                readPath: file,
                head: scan.head,
                encoding,
                encodingError: null,
                blankLines: lines,
            };
        }
        // Keep every row readable (bad bytes become U+FFFD) and report the first bad line.
        const [line] = await lineNumbersAt(file, gzipped, [scan.invalidAt]);
        const transcoded = await transcode(file, shown, gzipped, "utf-8");
        return { ...transcoded, encoding, encodingError: { line: line ?? 1 } };
    }
    const transcoded = await transcode(file, shown, gzipped, encoding);
    return { ...transcoded, encoding, encodingError: null };
}
async function readStart(file) {
    const chunks = [];
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { start: 0, end: 7 }))
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
function refuseOtherFormats(start, shown, gzipped) {
    const isGzip = start[0] === 0x1f && start[1] === 0x8b;
    if (isGzip && !gzipped)
        throw new src_errors/* InputError */.dz(shown, `this is gzip data but the name ends ${extension(shown)}; rename it to ${(0,external_node_path_.basename)(shown)}.gz.`);
    if (!isGzip && gzipped)
        throw new src_errors/* InputError */.dz(shown, "the name ends .gz but this is not gzip data; remove the .gz or compress the file.");
    const magic = start.subarray(0, 4).toString("latin1");
    if (magic === "PAR1")
        throw new src_errors/* InputError */.dz(shown, `this is Parquet data but the name ends ${extension(shown)}; rename it to end .parquet.`);
    if (magic === "PK\u0003\u0004")
        throw new src_errors/* InputError */.dz(shown, "this is a zip archive (or an Excel workbook), not a text table; unpack it or export it as CSV.");
}
function extension(path) {
    const dot = path.lastIndexOf(".");
    return dot < 0 ? "without an extension" : path.slice(dot);
}
/**
 * The file's bytes, chunk by chunk. A plain file is read into one reused buffer: a chunk is valid
 * only until the next is asked for (copy what is kept). A read stream of fresh 4 MiB buffers cost
 * about 5× the CPU (and far more wall time on a busy machine) on the 3M-row bench.
 */
function scan_text_file_open(file, shown, gzipped) {
    if (!gzipped)
        return readChunks(file);
    const raw = (0,external_node_fs_.createReadStream)(file, { highWaterMark: CHUNK });
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: 256 * 1024 });
    raw.on("error", (error) => gunzip.destroy(error));
    raw.pipe(gunzip);
    return (async function* () {
        try {
            for await (const chunk of gunzip)
                yield chunk;
        }
        catch (error) {
            throw new src_errors/* InputError */.dz(shown, `the gzip data is truncated or corrupt (${error.message}); compress the file again.`, {}, { cause: error });
        }
    })();
}
// Synchronous reads: an asynchronous read waits for a thread-pool hop, which made reading 239 MB
// from the page cache take 36 ms instead of 23 (and nothing else runs meanwhile).
async function* readChunks(file) {
    const fd = (0,external_node_fs_.openSync)(file, "r");
    try {
        const buffer = Buffer.allocUnsafe(CHUNK);
        for (;;) {
            const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, 0, CHUNK, null);
            if (bytesRead === 0)
                return;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
async function scanUtf8(file, shown, gzipped) {
    const headParts = [];
    let headLength = 0;
    let offset = 0; // bytes of the file before `chunk`
    let carry = Buffer.alloc(0); // an unfinished UTF-8 sequence at the end of the previous chunk
    let tail = Buffer.alloc(0); // the previous chunk's last 2 bytes, for blank lines across chunks
    let sinceNewline = 0;
    let invalidAt = null;
    const blankOffsets = [];
    let atStart = true;
    for await (const chunk of scan_text_file_open(file, shown, gzipped)) {
        if (headLength < HEAD_BYTES) {
            headParts.push(Buffer.from(chunk.subarray(0, HEAD_BYTES - headLength)));
            headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
        }
        const nul = chunk.indexOf(0);
        if (nul >= 0) {
            const at = offset + nul;
            const [line] = await lineNumbersAt(file, gzipped, [at]);
            throw new src_errors/* InputError */.dz(shown, "holds binary data (a NUL byte), not text: is it the right file, or UTF-16 text (then set encoding: utf-16)?", { line: line ?? 1 });
        }
        const firstNewline = chunk.indexOf(10);
        const longest = firstNewline < 0 ? sinceNewline + chunk.length : sinceNewline + firstNewline;
        if (longest > MAX_LINE_BYTES)
            await refuseLongLine(file, shown, gzipped, offset - sinceNewline);
        sinceNewline = firstNewline < 0 ? longest : chunk.length - chunk.lastIndexOf(10) - 1;
        if (invalidAt === null) {
            const text = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
            const cut = completeUtf8Length(text);
            if (!(0,external_node_buffer_.isUtf8)(text.subarray(0, cut)))
                invalidAt = offset - carry.length + firstInvalid(text.subarray(0, cut));
            carry = Buffer.from(text.subarray(cut));
        }
        if (atStart && chunk[0] === 10)
            blankOffsets.push(0);
        atStart = false;
        // A blank line starts after the first \n of a pattern; patterns spanning the previous chunk's
        // last bytes are found in `across` (no copy of the whole chunk).
        const across = Buffer.concat([tail, chunk.subarray(0, 2)]);
        for (const pattern of BLANK_PATTERNS) {
            for (let at = across.indexOf(pattern, 0, "latin1"); at >= 0 && at < tail.length; at = across.indexOf(pattern, at + 1, "latin1"))
                blankOffsets.push(offset - tail.length + at + 1);
            for (let at = chunk.indexOf(pattern, 0, "latin1"); at >= 0; at = chunk.indexOf(pattern, at + 1, "latin1"))
                blankOffsets.push(offset + at + 1);
        }
        tail = Buffer.from(chunk.length >= 2 ? chunk.subarray(-2) : Buffer.concat([tail, chunk]).subarray(-2));
        offset += chunk.length;
    }
    if (carry.length > 0 && invalidAt === null)
        invalidAt = offset - carry.length;
    // A blank line that is only the file's last line ending twice over is still a blank row; one
    // final "\n" is not.
    return {
        head: Buffer.concat(headParts)
            .toString("utf8")
            .replace(/^\uFEFF/, ""),
        invalidAt,
        blankOffsets: [...new Set(blankOffsets)].sort((a, b) => a - b),
    };
}
/** Searched as latin1 strings: Buffer.indexOf finds a string needle about 3× faster than a Buffer one. */
const BLANK_PATTERNS = ["\n\n", "\n\r\n"];
async function refuseLongLine(file, shown, gzipped, lineStart) {
    const [line] = await lineNumbersAt(file, gzipped, [lineStart]);
    throw new src_errors/* InputError */.dz(shown, `line ${line ?? 1} is longer than ${MAX_LINE_BYTES.toLocaleString("en-US")} bytes, the longest line Slipway reads: is a line ending missing (the file may use old Mac "\\r" line endings), or is this not a table?`, { line: line ?? 1 });
}
/** How many leading bytes end on a complete UTF-8 sequence (the rest continues in the next chunk). */
function completeUtf8Length(buffer) {
    for (let back = 1; back <= Math.min(3, buffer.length); back++) {
        const byte = buffer.readUInt8(buffer.length - back);
        if ((byte & 0xc0) === 0x80)
            continue; // a continuation byte: look further back
        if (byte < 0x80)
            return buffer.length;
        const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
        return back >= needed ? buffer.length : buffer.length - back;
    }
    return buffer.length;
}
function firstInvalid(buffer) {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let low = 0;
    let high = buffer.length;
    // Binary search for the shortest prefix that fails (prefixes cut inside a sequence fail too, so
    // step back to the sequence start afterwards).
    while (high - low > 1) {
        const mid = (low + high) >> 1;
        try {
            decoder.decode(buffer.subarray(0, completeUtf8Length(buffer.subarray(0, mid))));
            low = mid;
        }
        catch {
            high = mid;
        }
    }
    return low;
}
/** The 1-based line of each byte offset (sorted ascending); a second pass, only when needed. */
async function lineNumbersAt(file, gzipped, offsets) {
    if (offsets.length === 0)
        return [];
    const lines = [];
    let line = 1;
    let offset = 0;
    let next = 0;
    let pending = offsets[next];
    for await (const chunk of scan_text_file_open(file, file, gzipped)) {
        let at = 0;
        while (pending !== undefined && pending < offset + chunk.length) {
            const target = pending - offset;
            let newline = chunk.indexOf(10, at);
            while (newline >= 0 && newline < target) {
                line++;
                newline = chunk.indexOf(10, newline + 1);
            }
            at = target;
            lines.push(line);
            next++;
            pending = offsets[next];
        }
        if (pending === undefined)
            break;
        let newline = chunk.indexOf(10, at);
        while (newline >= 0) {
            line++;
            newline = chunk.indexOf(10, newline + 1);
        }
        offset += chunk.length;
    }
    return lines;
}
const temporary = [];
process.once("exit", () => {
    for (const dir of temporary)
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
});
const DECODER_LABEL = {
    "utf-8": "utf-8",
    "latin-1": "latin1",
    cp1252: "windows-1252",
    "utf-16": "utf-16le",
};
/** Writes the file as UTF-8 to a temporary file (bad bytes as U+FFFD) and scans that for blank lines. */
async function transcode(file, shown, gzipped, encoding) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "slipway-read-"));
    temporary.push(dir);
    const target = (0,external_node_path_.join)(dir, "data.csv");
    const out = (0,external_node_fs_.createWriteStream)(target);
    let decoder = null;
    for await (const chunk of scan_text_file_open(file, shown, gzipped)) {
        if (!decoder)
            decoder = makeDecoder(encoding, chunk);
        const text = decoder.decode(chunk, { stream: true });
        if (!out.write(text))
            await (0,external_node_events_.once)(out, "drain");
    }
    out.write(decoder?.decode(Buffer.alloc(0)) ?? "");
    out.end();
    await (0,external_node_events_.once)(out, "finish");
    const scan = await scanUtf8(target, shown, false);
    const blankLines = await lineNumbersAt(target, false, scan.blankOffsets);
    return { readPath: target, head: scan.head, blankLines };
}
function makeDecoder(encoding, first) {
    if (encoding === "latin-1") {
        // WHATWG's "latin1" label means windows-1252; ISO-8859-1 proper maps each byte to its code point.
        return { decode: (chunk) => chunk.toString("latin1") };
    }
    const label = encoding === "utf-16" && first[0] === 0xfe && first[1] === 0xff ? "utf-16be" : DECODER_LABEL[encoding];
    return new TextDecoder(label, { fatal: false, ignoreBOM: false });
}

;// CONCATENATED MODULE: ./src/data/read/structure-errors.ts
/**
 * Frictionless's structure errors, row- and field-exact: label errors from the header, and row
 * errors (blank-row, missing-cell, extra-cell) from one query over the staged cells. Cells of a row
 * with a wrong cell count stay in the dataset and are still checked where they line up.
 */

/** Row errors reported at most (the count beyond is said in one more error). */
const MAX_ROW_ERRORS = 1000;
function labelErrors(labels, fieldNames, file, headerRow = 1) {
    const errors = [];
    const seen = new Map();
    labels.forEach((label, i) => {
        const at = { row: headerRow, fieldNumber: i + 1, file };
        if (label.trim() === "") {
            errors.push({
                code: "blank-label",
                ...at,
                message: `column ${i + 1} has no name in the header (row ${headerRow}); name it.`,
            });
        }
        else if (seen.has(label)) {
            errors.push({
                code: "duplicate-label",
                ...at,
                fieldName: label,
                message: `column ${i + 1} is named "${label}" like column ${seen.get(label)} (header, row ${headerRow}); give each column its own name.`,
            });
        }
        else
            seen.set(label, i + 1);
    });
    if (fieldNames) {
        for (const [i, label] of labels.entries()) {
            if (i < fieldNames.length)
                continue;
            errors.push({
                code: "extra-label",
                row: headerRow,
                fieldNumber: i + 1,
                fieldName: label,
                file,
                message: `the header has ${labels.length} labels but the schema ${fieldNames.length} fields: label ${i + 1} ("${label}") has no field.`,
            });
        }
        for (const [i, fieldName] of fieldNames.entries()) {
            if (i < labels.length)
                continue;
            errors.push({
                code: "missing-label",
                row: headerRow,
                fieldNumber: i + 1,
                fieldName,
                file,
                message: `the header has ${labels.length} labels but the schema ${fieldNames.length} fields: field ${i + 1} ("${fieldName}") has no label.`,
            });
        }
    }
    return errors;
}
/**
 * A later file of a glob is read by the first file's header: where its own header differs, its cells
 * would land under the wrong names, so each differing label is an `incorrect-label` (Frictionless's
 * code for a label that is not the field's name) of that file's header row.
 */
function laterHeaderErrors(first, labels, file, headerRow) {
    const errors = [];
    const shown = (list) => list.map((label) => JSON.stringify(label)).join(", ");
    for (let i = 0; i < Math.max(first.length, labels.length); i++) {
        if (first[i] === labels[i])
            continue;
        const theirs = labels[i] === undefined ? "no label" : `"${labels[i]}"`;
        const ours = first[i] === undefined ? "none" : `"${first[i]}"`;
        errors.push({
            code: "incorrect-label",
            row: headerRow,
            fieldNumber: i + 1,
            ...(first[i] !== undefined ? { fieldName: first[i] } : {}),
            file,
            message: `the header differs from the first file's: column ${i + 1} has ${theirs} where the first file has ${ours} (this file: ${shown(labels)}; first: ${shown(first)}). Every file of the dataset must have the same header.`,
        });
    }
    return errors;
}
async function findStructureErrors(sql, query) {
    const { stageColumns, names } = query;
    const width = stageColumns.length;
    const present = (columns) => columns.map((column) => `(${column} IS NOT NULL)::INTEGER`).join(" + ");
    const spare = query.spareColumns;
    const blank = [...stageColumns, ...spare].map((column) => `coalesce(${column}, '') = ''`).join(" AND ");
    // Short rows are padded from the right, so a row is short exactly when its last cell is NULL:
    // the filter reads two columns for most rows; the details are computed for the few it keeps.
    const suspect = `${stageColumns.at(-1)} IS NULL OR ${spare[0]} IS NOT NULL OR (${blank})`;
    const suspects = `SELECT __file, __row, ${present(stageColumns)} AS cells, [${spare.join(", ")}] AS extra, ${blank} AS blank
      FROM ${(0,data_sql/* ident */.bD)(query.stage)} WHERE (${query.dataRows}) AND (${suspect})`;
    const rows = await sql.all(`SELECT __file AS file, __row AS row, cells, extra, blank FROM (${suspects})
    WHERE blank OR cells < ${width} OR extra[1] IS NOT NULL ORDER BY __file, __row LIMIT ${MAX_ROW_ERRORS + 1}`);
    const total = rows.length > MAX_ROW_ERRORS
        ? Number((await sql.all(`SELECT count(*) AS n FROM (${suspects})`))[0]?.n ?? 0)
        : rows.length;
    rows.splice(MAX_ROW_ERRORS);
    const errors = [];
    for (const found of rows) {
        const file = query.files[Number(found.file)] ?? query.files[0];
        if (file === undefined)
            throw new Error("findStructureErrors was given no file names to report rows by");
        const row = Number(found.row);
        const count = Number(found.cells);
        if (found.blank === true) {
            errors.push({ code: "blank-row", row, file, message: `row ${row} is blank (every cell is empty).` });
        }
        else if (count < width) {
            for (const [k, name] of names.slice(count, width).entries()) {
                const field = count + k + 1;
                errors.push({
                    code: "missing-cell",
                    row,
                    fieldNumber: field,
                    fieldName: name,
                    file,
                    message: `row ${row} has ${count} cells but the header ${width}: the cell of column ${field} ("${name}") is missing.`,
                });
            }
        }
        else {
            const extra = found.extra.filter((cell) => cell !== null);
            extra.forEach((cell, i) => {
                errors.push({
                    code: "extra-cell",
                    row,
                    fieldNumber: width + i + 1,
                    file,
                    message: cell === "" && extra.length === 1
                        ? `row ${row} has an extra empty cell after column ${width} (a delimiter at the end of the row).`
                        : `row ${row} has ${width + extra.length} cells but the header ${width}: cell ${width + i + 1} (${JSON.stringify(cell)}) has no column.`,
                });
            });
        }
    }
    const last = errors.at(-1);
    if (last && total > rows.length) {
        last.message += ` (${total - rows.length} more rows with a wrong cell count or blank are not listed; the first ${MAX_ROW_ERRORS} are.)`;
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/data/read/text-cells.ts
/**
 * DuckDB's read of a delimited file as text cells, shared by the staged reading (read-text-table.ts)
 * and the straight one (read-text-direct.ts): which columns hold which cells, and the read_csv call.
 */


/** What read_csv reads for an empty cell instead of NULL, so '' stays '' (short rows are padded NULL). */
const NULL_MARK = "\u0001\u0002";
/**
 * The longest line every read_csv of a text data file takes, and its read buffer. DuckDB's buffer
 * is 16 × max_line_size unless told: 128 MiB for our 8 MiB lines. Each thread fills one, which cost
 * a quarter of the validation parse and 150 MiB of memory on the 3M-row bench, far more on a file
 * with quotes, and 4/5 of a typed read (drift, infer-schema: 1.3 s vs 0.27 s at 3M rows). A buffer
 * of two of the longest lines is enough. (A quoted cell that spans lines stops DuckDB's parallel
 * null-padding reader, whatever the buffer size: the staged reading then reads serially.)
 */
const LINE_LIMITS = [
    `max_line_size=${MAX_LINE_BYTES + 1024}`,
    `buffer_size=${2 * (MAX_LINE_BYTES + 1024)}`,
];
/** The text cell of the relation's column at `index` (0-based), in a staged table or a straight read. */
function cellColumn(index) {
    return `c${index + 1}`;
}
/** Each relation column read from its text cell (cellColumn), a missing value read as NULL. */
function selectCells(names, missingValues) {
    const missing = missingValues.map(data_sql/* literal */.eu).join(", ");
    return names.map((name, i) => {
        const cell = cellColumn(i);
        const value = missing ? `CASE WHEN ${cell} IN (${missing}) THEN NULL ELSE ${cell} END` : cell;
        return `${value} AS ${(0,data_sql/* ident */.bD)(name)}`;
    });
}
function spareColumns(count) {
    return Array.from({ length: count }, (_, i) => `__extra${i + 1}`);
}
/**
 * DuckDB's read of a delimited file as text cells: the given columns (the header's plus spare ones
 * for extra cells), short rows padded with NULL while an empty cell stays '', no guessing.
 */
function textCells(path, dialect, columns, skip, serial = false) {
    const options = [
        "header=false",
        "auto_detect=false",
        `columns={${columns.map((column) => `'${column}': 'VARCHAR'`).join(", ")}}`,
        `delim=${(0,data_sql/* literal */.eu)(dialect.delimiter)}`,
        `quote=${(0,data_sql/* literal */.eu)(dialect.quote)}`,
        `escape=${(0,data_sql/* literal */.eu)(dialect.escape)}`,
        `skip=${skip}`,
        "null_padding=true",
        `nullstr=${(0,data_sql/* literal */.eu)(NULL_MARK)}`,
        ...LINE_LIMITS,
        ...(dialect.comment ? [`comment=${(0,data_sql/* literal */.eu)(dialect.comment)}`] : []),
        ...(serial ? ["parallel=false"] : []),
    ];
    return `read_csv(${(0,data_sql/* literal */.eu)(path)}, ${options.join(", ")})`;
}

;// CONCATENATED MODULE: ./src/data/read/read-text-table.ts
/**
 * Reads CSV/TSV/whitespace-delimited text into DuckDB once, with each row's number in its file, and
 * returns the dataset's relation (a view on that staged table) with the file's structure errors.
 *
 * Every cell is staged as text, with the header row and any ragged row kept: DuckDB is told the
 * header's column count plus one spare column (so an extra cell — an empty trailing one included,
 * which DuckDB would otherwise drop silently — lands there), pads short rows with NULL (an empty cell
 * stays ''), and never guesses the dialect. Structure, type, constraint and uniqueness checks and
 * failing-row samples then all read the staged table, never the file again.
 *
 * Row numbers follow Frictionless: the file's rows counted from 1 (the header, when there is one, is
 * row 1; blank lines count, comment lines and multi-line quoted cells are not told apart from rows).
 */









const ROW_NUMBER_COLUMN = "__slipway_row";
/** Scans each file once, in order, naming each by its path when several are read. */
async function scanFiles(input) {
    const { files, path } = input;
    const scans = [];
    for (const file of files)
        scans.push(await scanTextFile(file, files.length > 1 ? file : path, input.encoding));
    const [first, ...rest] = scans;
    if (!first)
        throw new Error(`${path}: no files to read (resolving the path should have refused this)`);
    return [first, ...rest];
}
async function prepareText(input) {
    const { path } = input;
    const scans = await scanFiles(input);
    const [first] = scans;
    const detected = detectDialect(first.head, input.dialect, input.tabSeparated);
    const dialect = detected.dialect;
    const record = firstRecord(first.head, dialect);
    if (record.length === 0)
        throw new src_errors/* InputError */.dz(path, "holds no rows (only blank or skipped lines).");
    const labels = dialect.header ? record : null;
    const width = dialect.header ? record.length : Math.max(record.length, input.fieldNames?.length ?? 0);
    const names = relationNames(labels, width, dialect.header ? null : input.fieldNames);
    const headerRows = scans.map((scan) => headerRowOf(scan, dialect));
    return { scans, detected, dialect, labels, width, names, headerRows };
}
/** The errors the scan alone finds: label errors, encoding errors and blank rows. */
function scanErrors(input, prepared) {
    const { path } = input;
    const { scans, labels, headerRows, dialect } = prepared;
    const structureErrors = [];
    if (labels)
        structureErrors.push(...labelErrors(labels, input.fieldNames, path, headerRows[0]));
    for (const [index, scan] of scans.entries()) {
        const file = scan.shown;
        const headerRow = headerRows[index];
        if (headerRow === undefined)
            throw new Error(`${file}: prepareText found no header row for this file`);
        if (labels && index > 0)
            structureErrors.push(...laterHeaderErrors(labels, firstRecord(scan.head, dialect), file, headerRow));
        if (scan.encodingError) {
            structureErrors.push({
                code: "encoding-error",
                row: scan.encodingError.line,
                file,
                message: `line ${scan.encodingError.line} holds bytes that are not valid ${scan.encoding}: if the file is in another encoding, state it (encoding: latin-1, cp1252 or utf-16).`,
            });
        }
        for (const line of scan.blankLines) {
            if (line <= headerRow && dialect.header)
                continue;
            structureErrors.push({ code: "blank-row", row: line, file, message: `row ${line} is blank.` });
        }
    }
    return structureErrors;
}
/** How a text file was read, for the report. */
function readAsOf(input, prepared) {
    return {
        dialect: prepared.dialect,
        encoding: prepared.scans[0].encoding,
        stated: [...prepared.detected.stated, ...(input.encoding ? ["encoding"] : [])],
    };
}
async function readTextTable(input, prepared) {
    const { sql, files, path } = input;
    prepared ??= await prepareText(input);
    const { scans, dialect, width, names, headerRows } = prepared;
    const stage = `${input.view}_stage`;
    const stageColumns = names.map((_, i) => cellColumn(i));
    let spare = dialect.whitespaceDelimited ? 4 : 1;
    const starts = [];
    for (const [index, scan] of scans.entries()) {
        starts.push(index === 0 ? 0 : await countRows(sql, stage));
        spare = await stageFile(sql, { stage, index, scan, dialect, stageColumns, shown: scan.shown, spare });
    }
    const rows = `${stage}_rows`;
    await numberRows(sql, { stage, rows, scans, starts, dialect });
    const structureErrors = scanErrors(input, prepared);
    const dataRows = scans
        .map((_, index) => `(__file = ${index} AND __row > ${dialect.header ? headerRows[index] : 0})`)
        .join(" OR ");
    structureErrors.push(...(await findStructureErrors(sql, {
        stage: rows,
        stageColumns,
        spareColumns: spareColumns(spare),
        names,
        dataRows,
        files: files.length > 1 ? files : [path],
    })));
    refuseSecondTable(structureErrors, width);
    structureErrors.sort((a, b) => a.file === b.file ? (a.row ?? 0) - (b.row ?? 0) : a.file < b.file ? -1 : 1);
    const select = selectCells(names, input.missingValues);
    select.push(`__row AS ${(0,data_sql/* ident */.bD)(ROW_NUMBER_COLUMN)}`);
    if (input.fileColumn)
        select.push(`list_extract(${listOf(files)}, __file + 1) AS ${(0,data_sql/* ident */.bD)(input.fileColumn)}`);
    await sql.run(`CREATE OR REPLACE TEMP VIEW ${(0,data_sql/* ident */.bD)(input.view)} AS SELECT ${select.join(", ")} FROM ${(0,data_sql/* ident */.bD)(rows)} WHERE ${dataRows}`);
    return {
        columns: names.map((name) => ({ name, type: "VARCHAR" })),
        readAs: readAsOf(input, prepared),
        structureErrors,
        warnings: prepared.detected.warnings,
        stage: rows,
        stageColumns,
        dataRows,
    };
}
/**
 * A blank line followed by rows of another width than the header's — at least two in a row, of
 * the same width — is a second table (a summary block, another export appended): not row errors
 * to wade through, but one sentence. A single odd row after a blank line stays what Frictionless
 * calls it (blank-row, then missing-cell or extra-cell errors).
 */
function refuseSecondTable(errors, width) {
    const blankRows = new Set(errors.filter((e) => e.code === "blank-row").map((e) => `${e.file}:${e.row}`));
    const cellsOf = (file, row) => {
        const cells = errors.filter((e) => e.row === row && e.file === file);
        if (cells.length === 0)
            return null;
        if (cells.every((e) => e.code === "missing-cell"))
            return width - cells.length;
        if (cells.every((e) => e.code === "extra-cell"))
            return width + cells.length;
        return null;
    };
    const ragged = errors.find((e) => (e.code === "missing-cell" || e.code === "extra-cell") &&
        e.row !== undefined &&
        blankRows.has(`${e.file}:${e.row - 1}`));
    if (!ragged || ragged.row === undefined)
        return;
    const count = cellsOf(ragged.file, ragged.row);
    if (count === null || cellsOf(ragged.file, ragged.row + 1) !== count)
        return;
    throw new src_errors/* InputError */.dz(ragged.file, `the file holds a second table from line ${ragged.row}: after the blank line ${ragged.row - 1}, rows have ${count} cells where the header has ${width}. Split it into two files (or remove the second table).`, { line: ragged.row });
}
function listOf(values) {
    return `[${values.map(data_sql/* literal */.eu).join(", ")}]`;
}
/**
 * Names of the relation's columns: the header's labels (a blank one named field<n> and a repeated
 * one given its position, as Frictionless does — both reported as label errors, never silently), the
 * schema's names for a headerless file, else field1, field2, ….
 */
function relationNames(labels, width, schemaNames) {
    const names = [];
    const seen = new Set();
    for (let i = 0; i < width; i++) {
        let name = labels?.[i] ?? schemaNames?.[i] ?? `field${i + 1}`;
        if (name === "" || seen.has(name) || name === ROW_NUMBER_COLUMN)
            name = `${name || "field"}${i + 1}`;
        while (seen.has(name))
            name = `${name}_${i + 1}`;
        seen.add(name);
        names.push(name);
    }
    return names;
}
/** The header's row number: after skipped rows and any blank lines before it. */
function headerRowOf(scan, dialect) {
    let row = dialect.skipRows + 1;
    const blanks = new Set(scan.blankLines);
    if (scan.head.startsWith("\n") || scan.head.startsWith("\r\n"))
        blanks.add(1);
    while (blanks.has(row))
        row++;
    return row;
}
const TOO_MANY = /Expected Number of Columns: (\d+) Found: (\d+)/;
/**
 * Stages one file; returns how many spare columns the table has now. DuckDB is told the header's
 * columns plus spare ones; a row with more cells than that fails the read with how many it found,
 * and the read is tried again with enough spare columns (rare: most files have none or one).
 */
async function stageFile(sql, file) {
    let spare = file.spare;
    let serial = false;
    for (let attempt = 0; attempt < 8; attempt++) {
        try {
            await addSpareColumns(sql, file, spare);
            await insert(sql, file, spare, serial);
            return spare;
        }
        catch (error) {
            const text = String(error.message ?? error);
            const found = TOO_MANY.exec(text);
            if (found && !file.dialect.whitespaceDelimited) {
                spare = Math.max(spare * 2, Number(found[2]) - file.stageColumns.length, spare + 1);
                continue;
            }
            // DuckDB's parallel reader cannot pad short rows once a quoted cell spans lines: read serially.
            if (/parallel=false/.test(text) && !serial) {
                serial = true;
                continue;
            }
            throw await explainCsvFailure(file.scan, file.shown, file.dialect, error);
        }
    }
    throw await explainCsvFailure(file.scan, file.shown, file.dialect, new Error("rows with too many cells"));
}
async function addSpareColumns(sql, file, spare) {
    if (file.index === 0)
        return; // the first file creates the table
    const [row] = await sql.all(`SELECT count(*) AS n FROM duckdb_columns() WHERE table_name = ${(0,data_sql/* literal */.eu)(file.stage)} AND column_name LIKE '__extra%'`);
    for (let i = Number(row?.n ?? 0) + 1; i <= spare; i++)
        await sql.run(`ALTER TABLE ${(0,data_sql/* ident */.bD)(file.stage)} ADD COLUMN __extra${i} VARCHAR`);
}
async function insert(sql, file, spare, serial) {
    const { dialect, stageColumns, scan } = file;
    const all = [...stageColumns, ...spareColumns(spare)];
    let source;
    let cells;
    if (dialect.whitespaceDelimited) {
        const options = [
            "header=false",
            "auto_detect=false",
            "columns={'__line': 'VARCHAR'}",
            `delim=${(0,data_sql/* literal */.eu)("\u0001")}`,
            "quote=''",
            "escape=''",
            `skip=${dialect.skipRows}`,
            ...LINE_LIMITS,
            ...(dialect.comment ? [`comment=${(0,data_sql/* literal */.eu)(dialect.comment)}`] : []),
        ];
        source = `(SELECT regexp_split_to_array(regexp_replace(coalesce(__line, ''), '^\\s+|\\s+$', '', 'g'), '\\s+') AS p FROM read_csv(${(0,data_sql/* literal */.eu)(scan.readPath)}, ${options.join(", ")}))`;
        // Whitespace-delimited rows have as many cells as they have: the spare columns take any extra.
        cells = all.map((column, i) => `CASE WHEN p[1] = '' AND len(p) = 1 THEN ${i === 0 ? "''" : "NULL"} ELSE p[${i + 1}] END AS ${column}`);
    }
    else {
        source = textCells(scan.readPath, dialect, all, dialect.skipRows, serial);
        cells = all;
    }
    // No row_number() here: it made staging about twice as slow. Rows keep file order in the table
    // (DuckDB preserves insertion order), so each row's number comes from its rowid (numberRows).
    const select = `SELECT ${cells.join(", ")} FROM ${source}`;
    if (file.index === 0)
        await sql.run(`CREATE OR REPLACE TEMP TABLE ${(0,data_sql/* ident */.bD)(file.stage)} AS ${select}`);
    else
        await sql.run(`INSERT INTO ${(0,data_sql/* ident */.bD)(file.stage)} BY NAME ${select}`);
}
async function countRows(sql, table) {
    const [row] = await sql.all(`SELECT count(*) AS n FROM ${(0,data_sql/* ident */.bD)(table)}`);
    return Number(row?.n ?? 0);
}

;// CONCATENATED MODULE: ./src/data/read/read-text-direct.ts
/**
 * The fast reading of a text file for validation: a view straight on DuckDB's read of the file, so a
 * file whose structure is sound is parsed once, by the checks' own scan, instead of being staged
 * first (staging cost about as much as all the checks together on the 3M-row bench).
 *
 * It is taken only where it numbers rows exactly as the staged reading does: one file, no blank
 * lines (DuckDB skips them; the file's row numbers count them), no comment lines, not whitespace-
 * delimited, a header on one line. The view has no row-number column (numbering rows in a view
 * makes every scan of it pay for a window): a data row's place in the file is its place in the view
 * (a data row's number as the staged reading reports it). Its `STRUCTURE_SUSPECT_COLUMN` is true on a row with a wrong cell
 * count or every cell empty; when the checks' scan counts any such row, or DuckDB cannot read the
 * file, the caller reads it again the staged way, which reports each one row- and field-exact.
 */



const STRUCTURE_SUSPECT_COLUMN = "__slipway_suspect";
/** The view on the file when it can be read straight, else null (then stage it: readTextTable). */
async function readTextDirect(input, prepared) {
    if (input.files.length !== 1 || !readsStraight(prepared))
        return null;
    const { dialect, names } = prepared;
    const cells = names.map((_, i) => cellColumn(i));
    const spare = spareColumns(1);
    const linesBefore = dialect.skipRows + (dialect.header ? 1 : 0);
    const source = textCells(prepared.scans[0].readPath, dialect, [...cells, ...spare], linesBefore);
    const select = selectCells(names, input.missingValues);
    // As findStructureErrors decides: short rows are padded from the right (an empty cell stays ''),
    // so a row is short exactly when its last cell is NULL.
    const blank = [...cells, ...spare].map((cell) => `coalesce(${cell}, '') = ''`).join(" AND ");
    select.push(`CASE WHEN ${cells.at(-1)} IS NULL OR ${spare[0]} IS NOT NULL OR (${blank}) THEN true END AS ${(0,data_sql/* ident */.bD)(STRUCTURE_SUSPECT_COLUMN)}`);
    await input.sql.run(`CREATE OR REPLACE TEMP VIEW ${(0,data_sql/* ident */.bD)(input.view)} AS SELECT ${select.join(", ")} FROM ${source}`);
    return {
        columns: names.map((name) => ({ name, type: "VARCHAR" })),
        readAs: readAsOf(input, prepared),
        structureErrors: scanErrors(input, prepared),
        warnings: prepared.detected.warnings,
    };
}
function readsStraight({ scans, dialect, labels }) {
    const oneLineHeader = !labels || labels.every((label) => !/[\r\n]/.test(label));
    return (scans[0].blankLines.length === 0 && !dialect.comment && !dialect.whitespaceDelimited && oneLineHeader);
}

;// CONCATENATED MODULE: ./src/data/read/read-typed-text.ts
/**
 * Reads CSV/TSV with DuckDB's detected types (drift, metrics, schema inference), with the same
 * file scan and dialect detection as validation, so every command reads a file the same way.
 * Whitespace-delimited files are staged as text first and each column takes the narrowest type all
 * its cells cast to (BIGINT, DOUBLE, else VARCHAR). A header with a blank or repeated label is refused:
 * DuckDB would rename it, and a drafted schema would then name columns the file does not have.
 */








async function readTypedText(input) {
    const { sql, path } = input;
    const scans = await scanFiles(input);
    const [first] = scans;
    const detected = detectDialect(first.head, input.dialect, input.tabSeparated);
    const dialect = detected.dialect;
    const readAs = {
        dialect,
        encoding: first.encoding,
        stated: [...detected.stated, ...(input.encoding ? ["encoding"] : [])],
    };
    const record = firstRecord(first.head, dialect);
    if (record.length === 0)
        throw new src_errors/* InputError */.dz(path, "holds no rows (only blank or skipped lines).");
    if (dialect.header) {
        const [problem] = labelErrors(record, null, path);
        if (problem)
            throw new src_errors/* InputError */.dz(path, problem.message, { line: dialect.skipRows + 1 });
    }
    if (dialect.whitespaceDelimited) {
        const text = await readTextTable({ ...input, view: `${input.view}_text`, missingValues: [""] });
        await castColumns(sql, input.view, `${input.view}_text`, text.columns.map((c) => c.name), input.fileColumn);
        return { readAs: text.readAs, structureErrors: [], warnings: text.warnings };
    }
    const names = dialect.header ? null : record.map((_, i) => input.fieldNames?.[i] ?? `field${i + 1}`);
    const options = [
        `header=${dialect.header}`,
        `delim=${(0,data_sql/* literal */.eu)(dialect.delimiter)}`,
        `quote=${(0,data_sql/* literal */.eu)(dialect.quote)}`,
        `escape=${(0,data_sql/* literal */.eu)(dialect.escape)}`,
        `skip=${dialect.skipRows}`,
        `decimal_separator=${(0,data_sql/* literal */.eu)(dialect.decimal)}`,
        ...LINE_LIMITS,
        "store_rejects=true",
        `rejects_table=${(0,data_sql/* literal */.eu)(input.rejectsTable)}`,
        `rejects_scan=${(0,data_sql/* literal */.eu)(`${input.rejectsTable}_scan`)}`,
        ...(dialect.comment ? [`comment=${(0,data_sql/* literal */.eu)(dialect.comment)}`] : []),
        ...(names ? [`names=[${names.map(data_sql/* literal */.eu).join(", ")}]`] : []),
        ...(input.fileColumn ? [`filename=${(0,data_sql/* literal */.eu)(input.fileColumn)}`] : []),
    ];
    const paths = `[${scans.map((scan) => (0,data_sql/* literal */.eu)(scan.readPath)).join(", ")}]`;
    const offset = dialect.skipRows + (dialect.header ? 1 : 0);
    const fileColumn = input.fileColumn ? (0,data_sql/* ident */.bD)(input.fileColumn) : null;
    // A transcoded file is read from its temporary copy: the file column names the original.
    const original = scans.reduce((expr, scan) => `replace(${expr}, ${(0,data_sql/* literal */.eu)(scan.readPath)}, ${(0,data_sql/* literal */.eu)(scan.file)})`, fileColumn ?? "");
    const star = fileColumn ? `* REPLACE (${original} AS ${fileColumn})` : "*";
    const number = `row_number() OVER (${fileColumn ? `PARTITION BY ${fileColumn}` : ""}) + ${offset}`;
    try {
        await sql.run(`CREATE OR REPLACE TEMP VIEW ${(0,data_sql/* ident */.bD)(input.view)} AS SELECT ${star}, ${number} AS ${(0,data_sql/* ident */.bD)(ROW_NUMBER_COLUMN)} FROM read_csv(${paths}, ${options.join(", ")})`);
    }
    catch (error) {
        throw await explainCsvFailure(first, path, dialect, error);
    }
    return { readAs, structureErrors: [], warnings: detected.warnings };
}
/** The typed view of a staged text table: each column as the narrowest type all its cells take. */
async function castColumns(sql, view, textView, names, fileColumn) {
    const probes = names.flatMap((name, i) => {
        const c = (0,data_sql/* ident */.bD)(name);
        return [
            `count(${c}) AS n${i}`,
            `count(*) FILTER (WHERE regexp_full_match(${c}, '[+-]?[0-9]+')) AS i${i}`,
            `count(TRY_CAST(${c} AS DOUBLE)) AS d${i}`,
        ];
    });
    const [row = {}] = await sql.all(`SELECT ${probes.join(", ")} FROM ${(0,data_sql/* ident */.bD)(textView)}`);
    const select = names.map((name, i) => {
        const n = Number(row[`n${i}`] ?? 0);
        const type = n > 0 && Number(row[`i${i}`]) === n
            ? "BIGINT"
            : n > 0 && Number(row[`d${i}`]) === n
                ? "DOUBLE"
                : "VARCHAR";
        return `CAST(${(0,data_sql/* ident */.bD)(name)} AS ${type}) AS ${(0,data_sql/* ident */.bD)(name)}`;
    });
    select.push((0,data_sql/* ident */.bD)(ROW_NUMBER_COLUMN));
    if (fileColumn)
        select.push((0,data_sql/* ident */.bD)(fileColumn));
    await sql.run(`CREATE OR REPLACE TEMP VIEW ${(0,data_sql/* ident */.bD)(view)} AS SELECT ${select.join(", ")} FROM ${(0,data_sql/* ident */.bD)(textView)}`);
}

;// CONCATENATED MODULE: ./src/data/open-dataset.ts
/**
 * Opens a data file (or a glob of files read as one dataset) as a DuckDB view, the one place that
 * knows how each format is read. Missing, empty, corrupt or unparsable files become InputErrors
 * that name the file and, where there is one, the line; rows DuckDB cannot read (ragged rows, bad
 * encoding) are kept as `rejects` to be reported, never silently dropped.
 *
 * With `typed: false` (validation), CSV/TSV/JSONL columns are read as text so that each value's
 * cast to its declared type can be checked and reported with its row; CSV/TSV is staged once into a
 * DuckDB table with every row kept and numbered (read/read-text-table.ts). With `typed: true`
 * (drift, metrics, schema inference) DuckDB's detected types are used, read with the same dialect.
 *
 * Every dataset's relation holds `rowNumberColumn` (BIGINT): each row's number in its file, as
 * Frictionless numbers rows — the header is row 1 and the first data row row 2; a headerless file's
 * first row is row 1; Parquet and JSON Lines rows count from 1.
 */










let counter = 0;
const FILE_COLUMN = "__slipway_file";
/** Opens the data and counts its rows (one scan of every column for text formats). */
async function openDataset(sql, path, options) {
    const dataset = await openDatasetView(sql, path, options);
    const rowsPerFile = await countRowsPerFile(sql, dataset);
    return {
        ...dataset,
        rows: rowsPerFile.reduce((a, b) => a + b, 0),
        rejects: await readDatasetRejects(sql, dataset),
        rowsPerFile,
    };
}
/**
 * Opens the data as a view without reading it, for callers that count rows in a scan of their own
 * (validation does, so a valid CSV is parsed once). Read errors can then surface in that scan:
 * pass them through `explainReadFailure`.
 */
async function openDatasetView(sql, path, options) {
    const format = detectFormat(path);
    if (!format) {
        throw new src_errors/* InputError */.dz(path, `unknown data format; Slipway reads ${SUPPORTED_EXTENSIONS} (optionally .gz).`);
    }
    const files = await resolveFiles(sql, path, options.cwd);
    const view = `dataset_${options.name ? options.name.replace(/\W/g, "_") : ""}_${++counter}`;
    const multi = files.length > 1;
    const reader = { sql, path, files, view, multi, typed: options.typed ?? false };
    const rejectsTable = `${view}_rejects`;
    let text = {
        structureErrors: [],
        readAs: null,
        warnings: [],
    };
    let rowNumber = true; // whether the view already holds the row-number column
    let suspect = null;
    switch (format) {
        case "csv":
        case "tsv": {
            const input = {
                sql,
                view,
                path,
                files,
                tabSeparated: format === "tsv",
                dialect: options.dialect ?? {},
                encoding: options.encoding ?? null,
                fieldNames: options.fieldNames ?? null,
                missingValues: options.missingValues ?? [""],
                fileColumn: multi ? FILE_COLUMN : null,
            };
            if (reader.typed) {
                const read = await readTypedText({ ...input, rejectsTable });
                text = { structureErrors: read.structureErrors, readAs: read.readAs, warnings: read.warnings };
                break;
            }
            const prepared = await prepareText(input);
            const direct = options.direct ? await readTextDirect(input, prepared) : null;
            const read = direct ?? (await readTextTable(input, prepared));
            text = { structureErrors: read.structureErrors, readAs: read.readAs, warnings: read.warnings };
            if (direct)
                suspect = STRUCTURE_SUSPECT_COLUMN;
            break;
        }
        case "parquet":
            await createView(reader, `(SELECT * EXCLUDE (file_row_number), file_row_number + 1 AS ${(0,data_sql/* ident */.bD)(ROW_NUMBER_COLUMN)} FROM read_parquet(${(0,data_sql/* listLiteral */.k9)(files)}, file_row_number=true${multi ? `, filename='${FILE_COLUMN}'` : ""}))`);
            break;
        case "jsonl":
            await createJsonView({ ...reader, view: `${view}_rows` });
            rowNumber = false;
            break;
    }
    if (!rowNumber) {
        await sql.run(`CREATE OR REPLACE TEMP VIEW ${(0,data_sql/* ident */.bD)(view)} AS SELECT *, row_number() OVER () AS ${(0,data_sql/* ident */.bD)(ROW_NUMBER_COLUMN)} FROM ${(0,data_sql/* ident */.bD)(`${view}_rows`)}`);
    }
    const described = await sql.all(`DESCRIBE SELECT * FROM ${(0,data_sql/* ident */.bD)(view)}`);
    const columns = described
        .map((row) => ({ name: String(row.column_name), type: String(row.column_type) }))
        .filter((column) => ![FILE_COLUMN, ROW_NUMBER_COLUMN, STRUCTURE_SUSPECT_COLUMN].includes(column.name));
    const isText = format === "csv" || format === "tsv";
    return {
        view,
        path,
        format,
        files,
        columns,
        fileColumn: multi ? FILE_COLUMN : null,
        rejectsTable: isText && reader.typed ? rejectsTable : null,
        rowNumberColumn: ROW_NUMBER_COLUMN,
        structureSuspectColumn: suspect,
        ...text,
    };
}
async function resolveFiles(sql, path, cwd) {
    const absolute = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
    if (isGlob(path)) {
        const rows = await sql.all(`SELECT file FROM glob(${(0,data_sql/* literal */.eu)(absolute)}) ORDER BY file`);
        const files = rows.map((row) => String(row.file));
        if (files.length === 0)
            throw new src_errors/* InputError */.dz(path, "no files match this pattern. Check the path and the glob.");
        for (const file of files)
            assertReadableFile(file, file);
        return files;
    }
    assertReadableFile(absolute, path);
    return [absolute];
}
function assertReadableFile(absolute, shown) {
    if (!(0,external_node_fs_.existsSync)(absolute))
        throw new src_errors/* InputError */.dz(shown, "file not found. Check the path (relative paths start in the current folder or the repository root).");
    const stat = (0,external_node_fs_.statSync)(absolute);
    if (!stat.isFile())
        throw new src_errors/* InputError */.dz(shown, "is a folder, not a data file. Give a file or a glob such as data/*.csv.");
    if (stat.size === 0)
        throw new src_errors/* InputError */.dz(shown, "is empty (0 bytes): there is no header and no data.");
}
async function createView({ sql, view, path }, source) {
    try {
        await sql.run(`CREATE OR REPLACE TEMP VIEW ${(0,data_sql/* ident */.bD)(view)} AS SELECT * FROM ${source}`);
    }
    catch (error) {
        throw readFailure(path, error);
    }
}
async function createJsonView(reader) {
    const { sql, files, multi, typed, path } = reader;
    const base = `${(0,data_sql/* listLiteral */.k9)(files)}, format='newline_delimited'${multi ? `, filename='${FILE_COLUMN}'` : ""}`;
    let source = `read_json(${base})`;
    if (!typed) {
        // Read every key as text (numbers keep their JSON spelling) so declared types are checked per row.
        let columns;
        try {
            columns = (await sql.all(`DESCRIBE SELECT * FROM read_json(${base})`))
                .map((row) => String(row.column_name))
                .filter((name) => name !== FILE_COLUMN);
        }
        catch (error) {
            throw readFailure(path, error);
        }
        const struct = columns.map((name) => `${(0,data_sql/* literal */.eu)(name)}: 'VARCHAR'`).join(", ");
        source = `read_json(${base}, columns={${struct}})`;
    }
    await createView(reader, source);
}
/** Rows read per file, in reading order; touches every column so unreadable rows are found. */
async function countRowsPerFile(sql, dataset) {
    const { view, files, columns } = dataset;
    const multi = files.length > 1;
    // Touch every column: DuckDB parses (and rejects) only the columns a query reads.
    const touch = columns.map((column, i) => `count(${(0,data_sql/* ident */.bD)(column.name)}) AS c${i}`).join(", ");
    const counts = `count(*) AS n${touch ? `, ${touch}` : ""}`;
    try {
        if (!multi) {
            const [row] = await sql.all(`SELECT ${counts} FROM ${(0,data_sql/* ident */.bD)(view)}`);
            return [Number(row?.n ?? 0)];
        }
        const rows = await sql.all(`SELECT ${(0,data_sql/* ident */.bD)(FILE_COLUMN)} AS file, ${counts} FROM ${(0,data_sql/* ident */.bD)(view)} GROUP BY 1`);
        const byFile = new Map(rows.map((row) => [String(row.file), Number(row.n)]));
        return files.map((file) => byFile.get(file) ?? 0);
    }
    catch (error) {
        throw await explainReadFailure(dataset, error);
    }
}
/** Turns an engine error met while reading the data into an InputError naming the file (and line). */
async function explainReadFailure(dataset, error) {
    if (error instanceof src_errors/* InputError */.dz)
        return error;
    return dataset.format === "csv" || dataset.format === "tsv"
        ? await csvFailure(dataset.files, dataset.path, error)
        : readFailure(dataset.path, error);
}
/** The rows DuckDB could not read in the scans so far (CSV/TSV), once each, in file order. */
async function readDatasetRejects(sql, dataset) {
    const table = dataset.rejectsTable;
    if (!table)
        return [];
    let rows;
    try {
        rows = await sql.all(`SELECT DISTINCT s.file_path AS file, e.line, e.column_name, e.error_type, e.error_message
       FROM ${(0,data_sql/* ident */.bD)(table)} e JOIN ${(0,data_sql/* ident */.bD)(`${table}_scan`)} s USING (scan_id, file_id) ORDER BY 1, 2`);
    }
    catch {
        return []; // DuckDB creates the rejects tables only when a scan stored something.
    }
    return rows.map((row) => ({
        file: String(row.file),
        line: Number(row.line),
        column: row.column_name === null ? null : String(row.column_name),
        kind: String(row.error_type).toLowerCase().replace(/\s+/g, "_"),
        message: String(row.error_message),
    }));
}
async function csvFailure(files, shown, error) {
    for (const file of files) {
        const open = await findUnterminatedQuote(file).catch(() => null);
        if (open !== null) {
            const { line, column } = open;
            const name = files.length > 1 ? file : shown;
            return new src_errors/* InputError */.dz(name, `unterminated quote opens at line ${line}, column ${column}: a quoted cell (") is never closed.`, { line }, { cause: error });
        }
    }
    return readFailure(shown, error);
}
function readFailure(shown, error) {
    const detail = engineMessage(error);
    const line = /line (\d+)/i.exec(detail)?.[1];
    const where = line ? { line: Number(line) } : {};
    if (/magic bytes|parquet/i.test(detail)) {
        return new src_errors/* InputError */.dz(shown, `is not a readable Parquet file (truncated or corrupt): ${detail}`, where, {
            cause: error,
        });
    }
    return new src_errors/* InputError */.dz(shown, `cannot be read: ${detail}`, where, { cause: error });
}
/**
 * The first line of a DuckDB error without its class prefixes ("Error: Invalid Input Error: …") or
 * the SQL it quotes. Duck-typed: errors from the native engine may come from another realm.
 */
function engineMessage(error) {
    const message = typeof error === "object" && error !== null && "message" in error ? String(error.message) : String(error);
    const first = message.split("\n")[0] ?? message;
    return first.replace(/^(?:[A-Za-z ]*Error: )+/, "").trim();
}


/***/ }),

/***/ 4543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EP: () => (/* binding */ describeReadAs),
/* harmony export */   JC: () => (/* binding */ ENCODINGS),
/* harmony export */   bM: () => (/* binding */ dialectConfig),
/* harmony export */   rS: () => (/* binding */ DEFAULT_DIALECT)
/* harmony export */ });
/**
 * How a text data file is read: the Frictionless CSV dialect keys Slipway supports, the encoding,
 * and the sentence that says how a file was read ("read as: delimiter ';', header row 1, utf-8").
 * A dataset states any of these in .github/slipway.yml (`dialect:`, `encoding:`) or on the command
 * line; what it does not state is detected (detect-dialect.ts), and the report always says which.
 */
const ENCODINGS = ["utf-8", "latin-1", "cp1252", "utf-16"];
const DEFAULT_DIALECT = {
    delimiter: ",",
    header: true,
    quote: '"',
    escape: '"',
    comment: null,
    skipRows: 0,
    whitespaceDelimited: false,
    decimal: ".",
};
/** "delimiter ';', header row 1, utf-8" — the line the text report prints after "read as:". */
function describeReadAs(readAs) {
    const { dialect } = readAs;
    const parts = [
        dialect.whitespaceDelimited ? "cells separated by whitespace" : `delimiter ${shown(dialect.delimiter)}`,
        dialect.header ? `header row ${dialect.skipRows + 1}` : "no header row",
    ];
    if (dialect.quote !== '"')
        parts.push(dialect.quote ? `quote ${shown(dialect.quote)}` : "no quoting");
    if (dialect.escape !== dialect.quote && dialect.escape)
        parts.push(`escape ${shown(dialect.escape)}`);
    if (dialect.comment)
        parts.push(`comment lines start ${shown(dialect.comment)}`);
    if (dialect.skipRows > 0 && !dialect.header)
        parts.push(`${dialect.skipRows} row(s) skipped`);
    if (dialect.decimal !== ".")
        parts.push(`decimal ${shown(dialect.decimal)}`);
    parts.push(readAs.encoding);
    return parts.join(", ");
}
function shown(character) {
    if (character === "\t")
        return "tab";
    if (character === " ")
        return "space";
    return `'${character}'`;
}
/** The dialect as the config writes it (only keys that differ from the defaults), for `init`. */
function dialectConfig(dialect) {
    const out = {};
    if (dialect.whitespaceDelimited)
        out["whitespace-delimited"] = true;
    else if (dialect.delimiter !== ",")
        out.delimiter = dialect.delimiter;
    if (!dialect.header)
        out.header = false;
    if (dialect.quote !== '"')
        out.quote = dialect.quote;
    if (dialect.escape !== dialect.quote)
        out.escape = dialect.escape;
    if (dialect.comment)
        out.comment = dialect.comment;
    if (dialect.skipRows > 0)
        out["skip-rows"] = dialect.skipRows;
    if (dialect.decimal !== ".")
        out.decimal = dialect.decimal;
    return out;
}


/***/ }),

/***/ 5320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ ident),
/* harmony export */   eu: () => (/* binding */ literal),
/* harmony export */   k9: () => (/* binding */ listLiteral)
/* harmony export */ });
/** A SQL string literal. */
function literal(value) {
    return `'${value.replaceAll("'", "''")}'`;
}
/** A quoted SQL identifier (column names come from user files and may hold anything). */
function ident(name) {
    return `"${name.replaceAll('"', '""')}"`;
}
/** A list literal of strings: ['a', 'b']. */
function listLiteral(values) {
    return `[${values.map(literal).join(", ")}]`;
}


/***/ })

};
