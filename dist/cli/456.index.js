export const id = 456;
export const ids = [456];
export const modules = {

/***/ 5130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ measureDrift)
/* harmony export */ });
/* harmony import */ var _drift_drift_targets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1008);

const measureDrift = async (sql, options) => {
    const [run] = await (0,_drift_drift_targets_js__WEBPACK_IMPORTED_MODULE_0__/* .runDriftTargets */ .d)(sql, [
        {
            dataset: null,
            reference: { path: options.reference, cwd: options.cwd },
            current: { path: options.current, cwd: options.cwd },
            settings: options.config ?? {},
        },
    ]);
    if (!run)
        throw new Error("runDriftTargets measured no drift for the one target it was given");
    return run.report;
};


/***/ }),

/***/ 3315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ validateDataset)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/data/open-dataset.ts + 12 modules
var open_dataset = __webpack_require__(6962);
// EXTERNAL MODULE: ./src/data/sql.ts
var data_sql = __webpack_require__(5320);
// EXTERNAL MODULE: ./src/data/table-schema/load-table-schema.ts + 1 modules
var load_table_schema = __webpack_require__(7953);
// EXTERNAL MODULE: ./src/data/table-schema.ts
var table_schema = __webpack_require__(8510);
// EXTERNAL MODULE: ./src/data/validate/typed-expression.ts
var typed_expression = __webpack_require__(8298);
;// CONCATENATED MODULE: ./src/data/foreign-key-reference.ts
/**
 * The table a foreign key points at: this same table (reference.resource "" or absent), or another
 * dataset of .github/slipway.yml named by reference.resource, opened the way it is validated (its
 * path, and its schema's types for the referenced fields, so "01" and "1" compare as the integers
 * they are).
 */







async function referencedTable(sql, foreignKey, index, options) {
    const fields = (0,table_schema/* keyNames */.mu)(foreignKey.reference.fields);
    const resource = foreignKey.reference.resource;
    if (!resource) {
        const byName = new Map(options.self.plan.columns.map((column) => [column.field.name, column]));
        const columns = new Map();
        for (const name of fields) {
            const column = byName.get(name);
            if (!column)
                throw missingField(options.schemaFile, index, name, "this table's data");
            columns.set(name, { sql: `t${column.index}`, type: column.field.type });
        }
        return { source: options.self.source, columns };
    }
    const dataset = options.datasets.find((candidate) => candidate.name === resource);
    if (!dataset?.path) {
        const known = options.datasets.map((candidate) => candidate.name).join(", ");
        throw new src_errors/* ConfigError */.xL(options.schemaFile, `foreignKeys[${index}].reference.resource`, `names the dataset "${resource}", which is not ${known
            ? `a file dataset of the config (datasets: ${known})`
            : "known here: run with the config (.github/slipway.yml) that defines it"}.`);
    }
    const referencedSchema = dataset.schema
        ? (0,load_table_schema/* loadTableSchema */.y)((0,external_node_path_.isAbsolute)(dataset.schema) ? dataset.schema : (0,external_node_path_.resolve)(options.cwd, dataset.schema), dataset.schema).schema
        : null;
    const view = await (0,open_dataset/* openDatasetView */.qf)(sql, dataset.path, {
        ...dataset.read,
        cwd: options.cwd,
        name: `${resource}_reference`,
        missingValues: referencedSchema?.missingValues ?? [""],
    });
    const columns = new Map();
    for (const name of fields) {
        const column = view.columns.find((candidate) => candidate.name === name);
        if (!column)
            throw missingField(options.schemaFile, index, name, `dataset "${resource}" (${dataset.path})`);
        const field = referencedSchema?.fields.find((candidate) => candidate.name === name);
        columns.set(name, field
            ? { sql: (0,typed_expression/* columnExpressions */.Kb)(field, column.type).typed, type: field.type }
            : { sql: (0,data_sql/* ident */.bD)(name), type: "string" });
    }
    return { source: `SELECT * FROM ${(0,data_sql/* ident */.bD)(view.view)}`, columns };
}
function missingField(schemaFile, index, name, where) {
    return new src_errors/* ConfigError */.xL(schemaFile, `foreignKeys[${index}].reference.fields`, `names "${name}", which is not a column of ${where}.`);
}

// EXTERNAL MODULE: ./src/data/read/dialect.ts
var dialect = __webpack_require__(4543);
// EXTERNAL MODULE: ./src/data/validate/failing-samples.ts
var failing_samples = __webpack_require__(881);
;// CONCATENATED MODULE: ./src/data/validate/check-foreign-keys.ts


async function checkForeignKeys(sql, foreignKeys, plan, context) {
    const byName = new Map(plan.columns.map((column) => [column.field.name, column]));
    const results = [];
    let locateRow = null;
    for (const [index, foreignKey] of foreignKeys.entries()) {
        const fields = (0,table_schema/* keyNames */.mu)(foreignKey.fields);
        const referenced = (0,table_schema/* keyNames */.mu)(foreignKey.reference.fields);
        const local = fields.flatMap((name) => byName.get(name) ?? []);
        // A key field missing from the data is already a structural error; there is nothing to join.
        if (local.length < fields.length)
            continue;
        const reference = await context.reference(foreignKey, index);
        const pairs = local.map((column, i) => {
            const name = referenced[i];
            const target = name === undefined ? undefined : reference.columns.get(name);
            if (!target) {
                // The schema's loading pairs the fields one to one, and referencedTable() resolves each.
                throw new Error(`foreignKeys[${index}]: field "${column.field.name}" has no referenced column`);
            }
            const sameType = target.type === column.field.type;
            const mine = `t${column.index}`;
            return sameType
                ? { mine, theirs: target.sql }
                : { mine: `CAST(${mine} AS VARCHAR)`, theirs: `CAST(${target.sql} AS VARCHAR)` };
        });
        const allMissing = local.map((column) => `t${column.index} IS NULL`).join(" AND ");
        const cells = local.map((column) => `x${column.index}`);
        const value = cells.length === 1 ? `${cells[0]}` : `concat_ws(', ', ${cells.join(", ")})`;
        const rows = await sql.all(`
      WITH s AS (SELECT ${(0,failing_samples/* rowNumbering */.u1)(context)} AS __row, * FROM (${context.source})),
           r AS (SELECT DISTINCT ${pairs.map((pair, i) => `${pair.theirs} AS r${i}`).join(", ")} FROM (${reference.source}))
      SELECT __row${(0,failing_samples/* locationColumns */.tM)(context)}, CAST(${value} AS VARCHAR) AS v, count(*) OVER () AS n FROM s
      WHERE NOT (${allMissing})
        AND NOT EXISTS (SELECT 1 FROM r WHERE ${pairs.map((pair, i) => `r.r${i} IS NOT DISTINCT FROM ${pair.mine}`).join(" AND ")})
      ORDER BY __row LIMIT ${failing_samples/* MAX_SAMPLES */.xs}`);
        const unexpected = Number(rows[0]?.n ?? 0);
        let samples = [];
        if (unexpected > 0) {
            locateRow ??= await context.locator();
            const locate = locateRow;
            samples = rows.map((row) => (0,failing_samples/* sampleAt */.o0)(locate, row, row.v ?? null));
        }
        const fraction = context.rows === 0 ? 0 : unexpected / context.rows;
        results.push({
            id: `foreignKeys[${index}]`,
            column: fields.join(", "),
            check: "foreignKey",
            code: "foreign-key",
            expected: { fields, reference: { resource: foreignKey.reference.resource ?? "", fields: referenced } },
            unexpected_count: unexpected,
            unexpected_percent: fraction * 100,
            mostly: 1,
            success: unexpected === 0,
            samples,
        });
    }
    return results;
}

;// CONCATENATED MODULE: ./src/data/validate/locate-row.ts
function rowLocator(files, rowsPerFile, rejects, cwd) {
    const skippedByFile = files.map((file) => rejects
        .filter((reject) => reject.file === file)
        .map((reject) => reject.line - 1) // line 1 is the header
        .sort((a, b) => a - b));
    return (datasetRow) => {
        let row = datasetRow;
        let index = 0;
        // Past the files before the row's own (the last file takes whatever is left).
        for (const rows of rowsPerFile) {
            if (index === rowsPerFile.length - 1 || row <= rows)
                break;
            row -= rows;
            index++;
        }
        for (const skipped of skippedByFile[index] ?? []) {
            if (skipped <= row)
                row++;
            else
                break;
        }
        if (files.length <= 1)
            return { row };
        const file = files[index];
        if (file === undefined) {
            throw new Error(`dataset row ${datasetRow} falls in file ${index + 1}, but ${files.length} files were read`);
        }
        return { row, file: relativeTo(cwd, file) };
    };
}
function relativeTo(cwd, file) {
    return file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
}

// EXTERNAL MODULE: ./src/data/validate/match-fields.ts
var match_fields = __webpack_require__(2366);
// EXTERNAL MODULE: ./src/data/validate/plan-checks.ts
var plan_checks = __webpack_require__(3260);
// EXTERNAL MODULE: ./src/data/validate/run-checks.ts
var run_checks = __webpack_require__(6354);
;// CONCATENATED MODULE: ./src/data/validate-dataset.ts
/**
 * Validates one dataset against its table schema (and, with a reference, measures drift): the
 * domain entry point behind `slipway validate-data` and the validate-data action.
 */













async function validateDataset(sql, options, measureDrift) {
    const started = performance.now();
    // Messages name the schema as the user wrote its path; reading needs it resolved.
    const schemaFile = options.schema;
    const loaded = schemaFile ? (0,load_table_schema/* loadTableSchema */.y)(absolute(options.cwd, schemaFile), schemaFile) : null;
    const schema = loaded?.schema ?? null;
    if (schema && schemaFile) {
        await assertPatternsCompile(sql, schema, schemaFile);
        await assertConstraintsCast(sql, schema, schemaFile);
    }
    const openOptions = {
        cwd: options.cwd,
        ...(options.name ? { name: options.name } : {}),
        missingValues: schema?.missingValues ?? [""],
        ...(options.dialect ? { dialect: options.dialect } : {}),
        ...(options.encoding ? { encoding: options.encoding } : {}),
        ...(schema ? { fieldNames: schema.fields.map((field) => field.name) } : {}),
    };
    // A CSV whose rows can be numbered by their place is first read straight: when its structure is
    // sound (no row of a wrong cell count, as the checks' own scan counts) it is parsed once. Otherwise
    // (or when DuckDB cannot read it that way) it is staged and read again, as every file was before.
    // Nothing is lost by that fallback: what made the straight read fail meets the staged read too,
    // which explains it (explainReadFailure) — the straight read only ever saves time.
    let dataset = await (0,open_dataset/* openDatasetView */.qf)(sql, options.path, { ...openOptions, direct: true });
    let checked = null;
    if (dataset.structureSuspectColumn) {
        try {
            checked = await checkDataset(sql, dataset, schema, schemaFile, options);
            if (Number(checked.run.probes[0] ?? 0) > 0)
                checked = null;
        }
        catch (error) {
            if (error instanceof src_errors/* ConfigError */.xL)
                throw error; // a foreign key naming what is not there
        }
        if (!checked)
            dataset = await (0,open_dataset/* openDatasetView */.qf)(sql, options.path, openOptions);
    }
    try {
        checked ??= await checkDataset(sql, dataset, schema, schemaFile, options);
    }
    catch (error) {
        if (error instanceof src_errors/* ConfigError */.xL)
            throw error;
        throw await (0,open_dataset/* explainReadFailure */.mp)(dataset, error);
    }
    const { run, names } = checked;
    const errors = dataset.structureErrors.map((error) => structuralError(error, dataset.files.length > 1));
    errors.push(...checked.matchErrors);
    const checks = run.results;
    for (const check of checks) {
        const position = check.column === undefined ? -1 : names.indexOf(check.column);
        if (position >= 0)
            check.field_number = position + 1;
    }
    const rejects = await (0,open_dataset/* readDatasetRejects */.lS)(sql, dataset);
    errors.splice(dataset.structureErrors.length, 0, ...rejects.map((reject) => ({
        kind: reject.kind,
        message: `line ${reject.line}: ${reject.message}`,
        row: reject.line - 1,
        ...(reject.column ? { column: reject.column } : {}),
        ...(dataset.files.length > 1 ? { file: reject.file } : {}),
    })));
    if (run.rows === 0 && rejects.length === 0) {
        errors.push({ kind: "no_rows", message: "the file has a header but no data rows." });
    }
    errors.push(...typeErrors(checks));
    const drift = options.reference && measureDrift
        ? await measureDrift(sql, {
            reference: options.reference,
            current: options.path,
            cwd: options.cwd,
            ...(options.drift ? { config: options.drift } : {}),
        })
        : null;
    return {
        dataset: options.name ?? options.path,
        path: options.path,
        format: dataset.format,
        rows: run.rows,
        columns: dataset.columns.length,
        valid: errors.length === 0 && checks.every((check) => check.success),
        seconds: (performance.now() - started) / 1000,
        checks,
        errors,
        drift,
        ...(dataset.readAs
            ? {
                read_as: {
                    text: (0,dialect/* describeReadAs */.EP)(dataset.readAs),
                    dialect: (0,dialect/* dialectConfig */.bM)(dataset.readAs.dialect),
                    encoding: dataset.readAs.encoding,
                    stated: dataset.readAs.stated,
                },
            }
            : {}),
        ...withWarnings([...dataset.warnings, ...(loaded?.warnings ?? [])]),
    };
}
/** Plans the schema's checks over the dataset's columns and runs them (and its foreign keys). */
async function checkDataset(sql, dataset, schema, schemaFile, options) {
    const names = dataset.columns.map((column) => column.name);
    const match = schema ? (0,match_fields/* matchFields */.V)(schema, names) : { present: [], errors: [] };
    const present = dataset.columns.filter((column) => match.present.includes(column.name));
    const plan = schema && schemaFile
        ? (0,plan_checks/* planChecks */.dH)(schema, present, { schemaFile, now: options.now })
        : { columns: [], checks: [] };
    const others = names.filter((name) => !match.present.includes(name));
    const suspect = dataset.structureSuspectColumn;
    // With the reader's own row numbers (header = row 1; a headerless file, Parquet and JSON Lines start
    // at 1), a sample's row (data rows, header excluded) is that number less the lines before the data.
    // A file read straight has none: a row's place in the view is its row (read/read-text-direct.ts).
    const numbered = suspect === null;
    const context = {
        source: (0,plan_checks/* projection */.Qj)(plan, dataset.view, dataset.fileColumn, others, numbered ? dataset.rowNumberColumn : undefined, suspect ? [suspect] : []),
        otherColumns: others.map((_, i) => `o${i}`),
        ...(numbered ? { rowNumberColumn: "__rn" } : {}),
        ...(numbered && dataset.fileColumn ? { fileColumn: "__file" } : {}),
        ...(suspect ? { probes: [`count(${(0,data_sql/* ident */.bD)(suspect)})`], singleScan: true } : {}),
        locator: async () => {
            if (!numbered)
                return (row) => ({ row });
            const [first] = await sql.all(`SELECT min(__rn) AS n FROM (${context.source})`);
            const before = Number(first?.n ?? 1) - 1;
            return (row, at) => {
                if (!at)
                    return { row };
                const file = at.file && dataset.files.length > 1 ? relativeTo(options.cwd, at.file) : undefined;
                return { row: at.rowNumber - before, ...(file ? { file } : {}) };
            };
        },
    };
    const run = await (0,run_checks/* runChecks */.J)(sql, plan, context);
    if (schema?.foreignKeys && schemaFile) {
        const foreignKeys = await checkForeignKeys(sql, schema.foreignKeys, plan, {
            ...context,
            rows: run.rows,
            reference: (foreignKey, index) => referencedTable(sql, foreignKey, index, {
                schemaFile,
                self: { source: context.source, plan },
                datasets: options.datasets ?? [],
                cwd: options.cwd,
            }),
        });
        run.results.push(...foreignKeys);
    }
    return { run, names, matchErrors: match.errors };
}
/** A structure error as the report carries it: Frictionless's code as the kind, row and field. */
function structuralError(error, severalFiles) {
    return {
        kind: error.code,
        message: error.message,
        ...(error.row !== undefined ? { row: error.row } : {}),
        ...(error.fieldNumber !== undefined ? { field: error.fieldNumber } : {}),
        ...(error.fieldName !== undefined ? { column: error.fieldName } : {}),
        ...(severalFiles ? { file: error.file } : {}),
    };
}
/** A failed `type` check is also a structural error: the column does not hold its declared type. */
function typeErrors(checks) {
    return checks
        .filter((check) => check.check === "type" && !check.success)
        .map((check) => {
        const first = check.samples[0];
        return {
            kind: "type-error",
            ...(check.column !== undefined ? { column: check.column } : {}),
            ...(check.field_number !== undefined ? { field: check.field_number } : {}),
            count: check.unexpected_count,
            ...(first ? { row: first.row, value: first.value } : {}),
            message: `${check.unexpected_count} value(s) of column "${check.column}" are not ${String(check.expected)}${first ? `; the first at row ${first.row}: ${JSON.stringify(first.value)}` : ""}.`,
        };
    });
}
/** DuckDB uses RE2; a pattern it cannot compile is the schema's fault, said before any data is read. */
async function assertPatternsCompile(sql, schema, schemaFile) {
    for (const [i, field] of schema.fields.entries()) {
        const pattern = field.constraints.pattern;
        if (pattern === undefined)
            continue;
        try {
            await sql.all(`SELECT regexp_full_match('', ${(0,data_sql/* literal */.eu)(pattern)})`);
        }
        catch (error) {
            throw new src_errors/* ConfigError */.xL(schemaFile, `fields[${i}].constraints.pattern`, `${JSON.stringify(pattern)} is not a valid regular expression: ${(0,open_dataset/* engineMessage */.g4)(error)}.`);
        }
    }
}
/** A constraint value written as a string must cast by its field's rules, said before any data is read. */
async function assertConstraintsCast(sql, schema, schemaFile) {
    const casts = (0,plan_checks/* constraintCasts */.O7)(schema, schemaFile);
    if (casts.length === 0)
        return;
    const [row] = await sql.all(`SELECT ${casts.map((cast, i) => `(${cast.sql}) IS NULL AS c${i}`).join(", ")}`);
    casts.forEach((cast, i) => {
        if (row?.[`c${i}`] === true)
            throw (0,typed_expression/* uncastableConstraint */.OV)(cast.field, cast.value, schemaFile, cast.keyPath);
    });
}
function absolute(cwd, path) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
}
function withWarnings(warnings) {
    return warnings.length > 0 ? { warnings } : {};
}


/***/ }),

/***/ 4456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lF: () => (/* binding */ resolveDataTargets),
  lv: () => (/* binding */ validateData),
  MQ: () => (/* binding */ validateDatasets),
  m$: () => (/* binding */ withPostgres)
});

// EXTERNAL MODULE: ./src/config/load-config.ts
var load_config = __webpack_require__(6943);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/data/data-passed.ts
function dataPassed(report, failOn) {
    if (failOn === "never")
        return true;
    if (!report.valid)
        return false;
    // Drift is a warning: it fails the step only when the team asked for that.
    return failOn !== "warning" || !(report.drift?.drifted ?? false);
}

// EXTERNAL MODULE: ./src/data/dialect/open-postgres.ts
var open_postgres = __webpack_require__(9621);
// EXTERNAL MODULE: ./src/data/drift/table-drift.ts + 2 modules
var table_drift = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/data/duckdb.ts
var duckdb = __webpack_require__(1257);
// EXTERNAL MODULE: ./src/data/measure-drift.ts
var measure_drift = __webpack_require__(5130);
// EXTERNAL MODULE: ./src/data/validate-dataset.ts + 3 modules
var validate_dataset = __webpack_require__(3315);
// EXTERNAL MODULE: ./src/data/validate-table.ts
var validate_table = __webpack_require__(4081);
;// CONCATENATED MODULE: ./src/data/validate-datasets.ts
/**
 * The datasets one run validates — given on the command line / as action inputs, or taken from
 * .github/slipway.yml — and their validation with each one's fail-on policy. Shared by the CLI,
 * the validate-data action and `slipway run`.
 */









function resolveDataTargets(input) {
    if (input.data) {
        return {
            cwd: input.cwd,
            targets: [
                {
                    name: input.name ?? input.data,
                    path: input.data,
                    ...(input.schema ? { schema: input.schema } : {}),
                    ...(input.reference ? { reference: input.reference } : {}),
                    ...(input.dialect && Object.keys(input.dialect).length > 0 ? { dialect: input.dialect } : {}),
                    ...(input.encoding ? { encoding: input.encoding } : {}),
                    "fail-on": input.failOn ?? "error",
                },
            ],
        };
    }
    if (input.schema || input.reference) {
        throw new errors/* ConfigError */.xL("(arguments)", "schema/reference", "go with data; without data the datasets come from the config.");
    }
    const loaded = (0,load_config/* loadConfig */.Z9)({ cwd: input.cwd, ...(input.config ? { path: input.config } : {}) });
    const all = loaded.config.data;
    const targets = input.dataset ? all.filter((d) => d.name === input.dataset) : all;
    if (targets.length === 0) {
        const known = all.map((d) => d.name).join(", ") || "none";
        throw new errors/* ConfigError */.xL(loaded.file, "data", input.dataset
            ? `has no dataset "${input.dataset}" (datasets: ${known}).`
            : "lists no datasets; add one or pass the data path.");
    }
    return { targets, datasets: all, cwd: loaded.root };
}
async function validateDatasets(sql, targets, options) {
    const reports = [];
    let passed = true;
    for (const target of targets) {
        const source = target.source?.postgres;
        options.onProgress?.(`validating ${target.name} (${source ? (0,validate_table/* sourceLabel */.en)(source) : target.path})`);
        const report = source
            ? await withPostgres(source["url-env"], options.env, `data "${target.name}"`, async (pgSql) => {
                const table = await (0,validate_table/* validateTable */.zL)(pgSql, {
                    name: target.name,
                    source,
                    ...(target.schema ? { schema: target.schema } : {}),
                    cwd: options.cwd,
                    now: options.now,
                });
                // Drift of a table is summarised inside its database (drift/table-drift.ts).
                if (target.reference) {
                    table.drift = await (0,table_drift/* measureTableDrift */.a)(sql, pgSql, {
                        name: target.name,
                        current: source,
                        reference: target.reference,
                        cwd: options.cwd,
                        config: target.drift,
                    });
                }
                return table;
            })
            : await (0,validate_dataset/* validateDataset */.p)(sql, {
                name: target.name,
                path: filePath(target),
                ...(target.schema ? { schema: target.schema } : {}),
                ...(target.reference ? { reference: target.reference } : {}),
                ...(target.drift ? { drift: target.drift } : {}),
                ...(target.dialect ? { dialect: target.dialect } : {}),
                ...(target.encoding ? { encoding: target.encoding } : {}),
                cwd: options.cwd,
                now: options.now,
                datasets: (options.datasets ?? targets).flatMap((dataset) => dataset.path
                    ? [
                        {
                            name: dataset.name,
                            path: dataset.path,
                            ...(dataset.schema ? { schema: dataset.schema } : {}),
                            // A referenced dataset is read as its own config entry says.
                            read: {
                                ...(dataset.dialect ? { dialect: dataset.dialect } : {}),
                                ...(dataset.encoding ? { encoding: dataset.encoding } : {}),
                            },
                        },
                    ]
                    : []),
            }, options.measureDrift);
        reports.push(report);
        passed &&= dataPassed(report, options.failOn ?? target["fail-on"]);
    }
    return { reports, passed };
}
/** The path of a dataset that has no database source: the config's schema requires one of the two. */
function filePath(target) {
    if (target.path === undefined)
        throw new Error(`data "${target.name}" has neither a path nor a source`);
    return target.path;
}
/** Opens the database a table dataset lives in for one piece of work, and always closes it. */
async function withPostgres(urlEnv, env, where, work) {
    const sql = await (0,open_postgres/* openPostgres */.o)(urlEnv, env ?? process.env, where);
    try {
        return await work(sql);
    }
    finally {
        await sql.end();
    }
}
/**
 * What every adapter does (CLI, action, `slipway run`): resolve the datasets, open DuckDB, validate
 * them all with drift measured the way `slipway drift` does, and close DuckDB again.
 */
async function validateData(input, options) {
    const { targets, datasets, cwd } = resolveDataTargets(input);
    const sql = await (0,duckdb/* openDuckDB */.C)();
    try {
        const all = datasets ? { datasets } : {};
        return { ...(await validateDatasets(sql, targets, { ...options, ...all, cwd, measureDrift: measure_drift/* measureDrift */.Q })), cwd };
    }
    finally {
        sql.close();
    }
}


/***/ })

};
