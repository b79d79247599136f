/**
 * Validates a PostgreSQL table or query against its table schema inside the database: the same
 * plan as for files (plan-checks.ts), compiled for PostgreSQL, run as aggregate queries. Only the
 * counts and at most 20 failing values per failed check leave the database.
 */
import { isAbsolute, resolve } from "node:path";
import { ConfigError, InputError } from "../errors.js";
import type { DataReport, StructuralError } from "../report/types.js";
import { type PostgresSql, postgresMessage } from "./dialect/open-postgres.js";
import { postgresDialect } from "./dialect/postgres-dialect.js";
import { ident, literal } from "./sql.js";
import { loadTableSchema } from "./table-schema/load-table-schema.js";
import type { TableSchema } from "./table-schema.js";
import { matchFields } from "./validate/match-fields.js";
import { type CheckPlan, planChecks } from "./validate/plan-checks.js";
import { runChecks } from "./validate/run-checks.js";

export interface PostgresSource {
  "url-env": string;
  table?: string | undefined;
  query?: string | undefined;
}

export interface ValidateTableOptions {
  name: string;
  source: PostgresSource;
  schema?: string;
  cwd: string;
  now: Date;
}

/** `public.orders` → `"public"."orders"`; a query → `(query)`. */
export function relationOf(source: PostgresSource): string {
  if (source.table) return source.table.split(".").map(ident).join(".");
  return `(${source.query})`;
}

/** How the report names a table source: never the URL. */
export function sourceLabel(source: PostgresSource): string {
  return source.table ? `postgres:${source.table}` : "postgres:query";
}

export async function validateTable(sql: PostgresSql, options: ValidateTableOptions): Promise<DataReport> {
  const started = performance.now();
  const schemaFile = options.schema;
  const schema = schemaFile ? loadTableSchema(absolute(options.cwd, schemaFile), schemaFile).schema : null;
  if (schema && schemaFile) await assertSupported(sql, schema, schemaFile);
  const relation = relationOf(options.source);
  const label = sourceLabel(options.source);

  let columns: { name: string; type: string }[];
  try {
    columns = await sql.columns(relation);
  } catch (error) {
    throw new InputError(`${options.name} (${label})`, `cannot read: ${postgresMessage(error)}.`);
  }
  const names = columns.map((column) => column.name);
  const match = schema ? matchFields(schema, names) : { present: [], errors: [] };
  const errors: StructuralError[] = [...match.errors];
  const present = columns.filter((column) => match.present.includes(column.name));
  const plan =
    schema && schemaFile
      ? planChecks(schema, present, { schemaFile, now: options.now, dialect: postgresDialect })
      : { columns: [], checks: [] };

  let run: Awaited<ReturnType<typeof runChecks>>;
  try {
    run = await runChecks(sql, plan, {
      source: projectTable(plan, relation),
      otherColumns: [],
      // A table has no file lines: a sample's row is its position in the scan.
      locator: async () => (row) => ({ row }),
      dialect: postgresDialect,
    });
  } catch (error) {
    throw new InputError(
      `${options.name} (${label})`,
      `the checks failed in the database: ${postgresMessage(error)}.`,
    );
  }
  const checks = run.results;
  if (run.rows === 0) errors.push({ kind: "no_rows", message: "the table has no rows." });
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
export function projectTable(plan: CheckPlan, relation: string): string {
  const select = plan.columns.flatMap((column) => [
    `${column.expressions.text} AS x${column.index}`,
    `${column.expressions.typed} AS t${column.index}`,
  ]);
  if (select.length === 0) select.push("1 AS __one");
  return `SELECT ${select.join(", ")} FROM ${relation} AS rel`;
}

/** Patterns PostgreSQL cannot compile, and date formats not translated yet, are the schema's fault. */
async function assertSupported(sql: PostgresSql, schema: TableSchema, schemaFile: string): Promise<void> {
  for (const [i, field] of schema.fields.entries()) {
    const format = field.format;
    if (
      format &&
      format !== "default" &&
      format !== "any" &&
      ["date", "datetime", "time"].includes(field.type)
    ) {
      throw new ConfigError(
        schemaFile,
        `fields[${i}].format`,
        `custom ${field.type} formats are not supported for PostgreSQL sources yet; store "${field.name}" as a ${field.type} column or drop the format.`,
      );
    }
    const pattern = field.constraints.pattern;
    if (pattern === undefined) continue;
    try {
      await sql.all(`SELECT '' ~ ${literal(pattern)} AS ok`);
    } catch (error) {
      throw new ConfigError(
        schemaFile,
        `fields[${i}].constraints.pattern`,
        `${JSON.stringify(pattern)} is not a valid PostgreSQL regular expression: ${postgresMessage(error)}.`,
      );
    }
  }
}

function absolute(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}
