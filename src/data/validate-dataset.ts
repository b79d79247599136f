/**
 * Validates one dataset against its table schema (and, with a reference, measures drift): the
 * domain entry point behind `slipway validate-data` and the validate-data action.
 */
import { isAbsolute, resolve } from "node:path";
import type { DriftConfig } from "../config/schema.js";
import { ConfigError } from "../errors.js";
import type { CheckResult, DataReport, DriftReport, StructuralError } from "../report/types.js";
import { type DatasetReference, referencedTable } from "./foreign-key-reference.js";
import {
  type DatasetView,
  engineMessage,
  explainReadFailure,
  openDatasetView,
  readDatasetRejects,
} from "./open-dataset.js";
import { type DialectInput, describeReadAs, dialectConfig, type Encoding } from "./read/dialect.js";
import type { StructureError } from "./read/structure-errors.js";
import { ident, literal, type Sql } from "./sql.js";
import { loadTableSchema } from "./table-schema/load-table-schema.js";
import type { TableSchema } from "./table-schema.js";
import { checkForeignKeys } from "./validate/check-foreign-keys.js";
import type { LocateRow } from "./validate/failing-samples.js";
import { relativeTo } from "./validate/locate-row.js";
import { matchFields } from "./validate/match-fields.js";
import { constraintCasts, planChecks, projection } from "./validate/plan-checks.js";
import { type ChecksRun, type RunContext, runChecks } from "./validate/run-checks.js";
import { uncastableConstraint } from "./validate/typed-expression.js";

export interface ValidateDatasetOptions {
  /** Dataset name shown in reports; defaults to the path. */
  name?: string;
  path: string;
  schema?: string;
  reference?: string;
  drift?: DriftConfig;
  /** How the file is read, as far as stated (the rest is detected). */
  dialect?: DialectInput;
  encoding?: Encoding;
  cwd: string;
  now: Date;
  /** The config's datasets, for foreign keys that reference another dataset by name. */
  datasets?: readonly DatasetReference[];
}

/** Measures drift between two paths; injected so validation does not depend on how drift is computed. */
export type MeasureDrift = (
  sql: Sql,
  options: { reference: string; current: string; cwd: string; config?: DriftConfig },
) => Promise<DriftReport>;

export async function validateDataset(
  sql: Sql,
  options: ValidateDatasetOptions,
  measureDrift?: MeasureDrift,
): Promise<DataReport> {
  const started = performance.now();
  // Messages name the schema as the user wrote its path; reading needs it resolved.
  const schemaFile = options.schema;
  const loaded = schemaFile ? loadTableSchema(absolute(options.cwd, schemaFile), schemaFile) : null;
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
  let dataset = await openDatasetView(sql, options.path, { ...openOptions, direct: true });
  let checked: Checked | null = null;
  if (dataset.structureSuspectColumn) {
    try {
      checked = await checkDataset(sql, dataset, schema, schemaFile, options);
      if (Number(checked.run.probes[0] ?? 0) > 0) checked = null;
    } catch (error) {
      if (error instanceof ConfigError) throw error; // a foreign key naming what is not there
    }
    if (!checked) dataset = await openDatasetView(sql, options.path, openOptions);
  }
  try {
    checked ??= await checkDataset(sql, dataset, schema, schemaFile, options);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw await explainReadFailure(dataset, error);
  }
  const { run, names } = checked;
  const errors: StructuralError[] = dataset.structureErrors.map((error) =>
    structuralError(error, dataset.files.length > 1),
  );
  errors.push(...checked.matchErrors);
  const checks = run.results;
  for (const check of checks) {
    const position = check.column === undefined ? -1 : names.indexOf(check.column);
    if (position >= 0) check.field_number = position + 1;
  }
  const rejects = await readDatasetRejects(sql, dataset);
  errors.splice(
    dataset.structureErrors.length,
    0,
    ...rejects.map((reject) => ({
      kind: reject.kind,
      message: `line ${reject.line}: ${reject.message}`,
      row: reject.line - 1,
      ...(reject.column ? { column: reject.column } : {}),
      ...(dataset.files.length > 1 ? { file: reject.file } : {}),
    })),
  );
  if (run.rows === 0 && rejects.length === 0) {
    errors.push({ kind: "no_rows", message: "the file has a header but no data rows." });
  }
  errors.push(...typeErrors(checks));

  const drift =
    options.reference && measureDrift
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
            text: describeReadAs(dataset.readAs),
            dialect: dialectConfig(dataset.readAs.dialect),
            encoding: dataset.readAs.encoding,
            stated: dataset.readAs.stated,
          },
        }
      : {}),
    ...withWarnings([...dataset.warnings, ...(loaded?.warnings ?? [])]),
  };
}

interface Checked {
  run: ChecksRun;
  /** The dataset's column names. */
  names: string[];
  matchErrors: StructuralError[];
}

/** Plans the schema's checks over the dataset's columns and runs them (and its foreign keys). */
async function checkDataset(
  sql: Sql,
  dataset: DatasetView,
  schema: TableSchema | null,
  schemaFile: string | undefined,
  options: ValidateDatasetOptions,
): Promise<Checked> {
  const names = dataset.columns.map((column) => column.name);
  const match = schema ? matchFields(schema, names) : { present: [], errors: [] };
  const present = dataset.columns.filter((column) => match.present.includes(column.name));
  const plan =
    schema && schemaFile
      ? planChecks(schema, present, { schemaFile, now: options.now })
      : { columns: [], checks: [] };
  const others = names.filter((name) => !match.present.includes(name));
  const suspect = dataset.structureSuspectColumn;

  // With the reader's own row numbers (header = row 1; a headerless file, Parquet and JSON Lines start
  // at 1), a sample's row (data rows, header excluded) is that number less the lines before the data.
  // A file read straight has none: a row's place in the view is its row (read/read-text-direct.ts).
  const numbered = suspect === null;
  const context: RunContext = {
    source: projection(
      plan,
      dataset.view,
      dataset.fileColumn,
      others,
      numbered ? dataset.rowNumberColumn : undefined,
      suspect ? [suspect] : [],
    ),
    otherColumns: others.map((_, i) => `o${i}`),
    ...(numbered ? { rowNumberColumn: "__rn" } : {}),
    ...(numbered && dataset.fileColumn ? { fileColumn: "__file" } : {}),
    ...(suspect ? { probes: [`count(${ident(suspect)})`], singleScan: true } : {}),
    locator: async (): Promise<LocateRow> => {
      if (!numbered) return (row) => ({ row });
      const [first] = await sql.all(`SELECT min(__rn) AS n FROM (${context.source})`);
      const before = Number(first?.n ?? 1) - 1;
      return (row, at) => {
        if (!at) return { row };
        const file = at.file && dataset.files.length > 1 ? relativeTo(options.cwd, at.file) : undefined;
        return { row: at.rowNumber - before, ...(file ? { file } : {}) };
      };
    },
  };
  const run = await runChecks(sql, plan, context);
  if (schema?.foreignKeys && schemaFile) {
    const foreignKeys = await checkForeignKeys(sql, schema.foreignKeys, plan, {
      ...context,
      rows: run.rows,
      reference: (foreignKey, index) =>
        referencedTable(sql, foreignKey, index, {
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
function structuralError(error: StructureError, severalFiles: boolean): StructuralError {
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
function typeErrors(checks: CheckResult[]): StructuralError[] {
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
        message: `${check.unexpected_count} value(s) of column "${check.column}" are not ${String(check.expected)}${
          first ? `; the first at row ${first.row}: ${JSON.stringify(first.value)}` : ""
        }.`,
      };
    });
}

/** DuckDB uses RE2; a pattern it cannot compile is the schema's fault, said before any data is read. */
async function assertPatternsCompile(sql: Sql, schema: TableSchema, schemaFile: string): Promise<void> {
  for (const [i, field] of schema.fields.entries()) {
    const pattern = field.constraints.pattern;
    if (pattern === undefined) continue;
    try {
      await sql.all(`SELECT regexp_full_match('', ${literal(pattern)})`);
    } catch (error) {
      throw new ConfigError(
        schemaFile,
        `fields[${i}].constraints.pattern`,
        `${JSON.stringify(pattern)} is not a valid regular expression: ${engineMessage(error)}.`,
      );
    }
  }
}

/** A constraint value written as a string must cast by its field's rules, said before any data is read. */
async function assertConstraintsCast(sql: Sql, schema: TableSchema, schemaFile: string): Promise<void> {
  const casts = constraintCasts(schema, schemaFile);
  if (casts.length === 0) return;
  const [row] = await sql.all(
    `SELECT ${casts.map((cast, i) => `(${cast.sql}) IS NULL AS c${i}`).join(", ")}`,
  );
  casts.forEach((cast, i) => {
    if (row?.[`c${i}`] === true) throw uncastableConstraint(cast.field, cast.value, schemaFile, cast.keyPath);
  });
}

function absolute(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

function withWarnings(warnings: string[]): { warnings?: string[] } {
  return warnings.length > 0 ? { warnings } : {};
}
