/**
 * Reads a table schema file: parsed and checked (errors name the file, line and key path), with
 * the warnings a valid schema can still deserve.
 */
import { readFileSync } from "node:fs";
import { parseYamlWith } from "../../config/parse-config.js";
import { ConfigError, InputError } from "../../errors.js";
import { keyNames, primaryKeyOf, type TableSchema, tableSchemaSchema } from "../table-schema.js";
import { schemaWarnings } from "./schema-warnings.js";

export interface LoadedTableSchema {
  schema: TableSchema;
  warnings: string[];
}

/** `shown` is the path as the user wrote it, for messages; `file` is where to read it. */
export function loadTableSchema(file: string, shown = file): LoadedTableSchema {
  const path = shown;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new InputError(
      path,
      "schema file not found or not readable. Check --schema or the dataset's schema: key.",
      {},
      { cause },
    );
  }
  const result = parseYamlWith(tableSchemaSchema, text, path);
  if (!result.ok)
    throw new ConfigError(
      path,
      "",
      result.errors.map((e) => e.replace(`${path}`, "").replace(/^:/, "line ")).join("; "),
    );
  const schema = result.value;
  assertNamesResolve(schema, path);
  return { schema, warnings: schemaWarnings(text, schema, path) };
}

function assertNamesResolve(schema: TableSchema, path: string): void {
  const names = new Set<string>();
  schema.fields.forEach((field, i) => {
    if (names.has(field.name))
      throw new ConfigError(path, `fields[${i}].name`, `"${field.name}" is declared twice.`);
    names.add(field.name);
  });
  for (const key of primaryKeyOf(schema)) {
    if (!names.has(key))
      throw new ConfigError(path, "primaryKey", `names "${key}", which is not a field of this schema.`);
  }
  schema.foreignKeys?.forEach((foreignKey, i) => {
    const fields = keyNames(foreignKey.fields);
    const referenced = keyNames(foreignKey.reference.fields);
    for (const name of fields) {
      if (!names.has(name))
        throw new ConfigError(
          path,
          `foreignKeys[${i}].fields`,
          `names "${name}", which is not a field of this schema.`,
        );
    }
    if (fields.length !== referenced.length)
      throw new ConfigError(
        path,
        `foreignKeys[${i}].reference.fields`,
        `names ${referenced.length} field(s) but foreignKeys[${i}].fields names ${fields.length}; they pair up one to one.`,
      );
    const self = !foreignKey.reference.resource;
    for (const name of self ? referenced : []) {
      if (!names.has(name))
        throw new ConfigError(
          path,
          `foreignKeys[${i}].reference.fields`,
          `names "${name}", which is not a field of this schema (the reference is to this same table).`,
        );
    }
  });
}
