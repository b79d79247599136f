/**
 * The table a foreign key points at: this same table (reference.resource "" or absent), or another
 * dataset of .github/slipway.yml named by reference.resource, opened the way it is validated (its
 * path, and its schema's types for the referenced fields, so "01" and "1" compare as the integers
 * they are).
 */
import { isAbsolute, resolve } from "node:path";
import { ConfigError } from "../errors.js";
import { type OpenDatasetOptions, openDatasetView } from "./open-dataset.js";
import { ident, type Sql } from "./sql.js";
import { loadTableSchema } from "./table-schema/load-table-schema.js";
import { type ForeignKey, keyNames } from "./table-schema.js";
import type { ReferencedTable } from "./validate/check-foreign-keys.js";
import type { CheckPlan } from "./validate/plan-checks.js";
import { columnExpressions } from "./validate/typed-expression.js";

/** A dataset of the config, as far as a reference to it needs. */
export interface DatasetReference {
  name: string;
  path?: string;
  schema?: string;
  /** How the dataset is read as its config says (dialect, encoding), passed to the reader as is. */
  read?: Omit<OpenDatasetOptions, "cwd" | "name" | "missingValues" | "typed">;
}

export interface ReferenceOptions {
  schemaFile: string;
  /** This table: its projection and the plan whose typed columns it holds. */
  self: { source: string; plan: CheckPlan };
  datasets: readonly DatasetReference[];
  cwd: string;
}

export async function referencedTable(
  sql: Sql,
  foreignKey: ForeignKey,
  index: number,
  options: ReferenceOptions,
): Promise<ReferencedTable> {
  const fields = keyNames(foreignKey.reference.fields);
  const resource = foreignKey.reference.resource;
  if (!resource) {
    const byName = new Map(options.self.plan.columns.map((column) => [column.field.name, column]));
    const columns = new Map<string, { sql: string; type: string }>();
    for (const name of fields) {
      const column = byName.get(name);
      if (!column) throw missingField(options.schemaFile, index, name, "this table's data");
      columns.set(name, { sql: `t${column.index}`, type: column.field.type });
    }
    return { source: options.self.source, columns };
  }
  const dataset = options.datasets.find((candidate) => candidate.name === resource);
  if (!dataset?.path) {
    const known = options.datasets.map((candidate) => candidate.name).join(", ");
    throw new ConfigError(
      options.schemaFile,
      `foreignKeys[${index}].reference.resource`,
      `names the dataset "${resource}", which is not ${
        known
          ? `a file dataset of the config (datasets: ${known})`
          : "known here: run with the config (.github/slipway.yml) that defines it"
      }.`,
    );
  }
  const referencedSchema = dataset.schema
    ? loadTableSchema(
        isAbsolute(dataset.schema) ? dataset.schema : resolve(options.cwd, dataset.schema),
        dataset.schema,
      ).schema
    : null;
  const view = await openDatasetView(sql, dataset.path, {
    ...dataset.read,
    cwd: options.cwd,
    name: `${resource}_reference`,
    missingValues: referencedSchema?.missingValues ?? [""],
  });
  const columns = new Map<string, { sql: string; type: string }>();
  for (const name of fields) {
    const column = view.columns.find((candidate) => candidate.name === name);
    if (!column)
      throw missingField(options.schemaFile, index, name, `dataset "${resource}" (${dataset.path})`);
    const field = referencedSchema?.fields.find((candidate) => candidate.name === name);
    columns.set(
      name,
      field
        ? { sql: columnExpressions(field, column.type).typed, type: field.type }
        : { sql: ident(name), type: "string" },
    );
  }
  return { source: `SELECT * FROM ${ident(view.view)}`, columns };
}

function missingField(schemaFile: string, index: number, name: string, where: string): ConfigError {
  return new ConfigError(
    schemaFile,
    `foreignKeys[${index}].reference.fields`,
    `names "${name}", which is not a column of ${where}.`,
  );
}
