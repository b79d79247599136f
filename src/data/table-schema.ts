/**
 * Frictionless Table Schema (YAML or JSON) with Slipway's extras, as one zod definition.
 * Frictionless spells keys in camelCase, so this file does too (unlike slipway.yml).
 *
 * Extras: `constraints.mostly` (GX-style tolerance 0–1 for the field's row-level constraints),
 * `constraints.maxNullFraction`, `constraints.mean|stddev: {min, max}`,
 * `constraints.quantiles: [{quantile, min, max}]`, `constraints.freshness` (a duration), and at the
 * top level `rows: {min, max}` and `uniqueRows` (no duplicate rows).
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { DURATION_HINT, parseDuration } from "../config/duration.js";
import { parseYamlWith } from "../config/parse-config.js";
import { ConfigError, InputError } from "../errors.js";

export const FIELD_TYPES = [
  "string",
  "integer",
  "number",
  "boolean",
  "date",
  "datetime",
  "time",
  "year",
  "any",
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const bounds = z
  .object({ min: z.number().optional(), max: z.number().optional() })
  .strict()
  .refine((b) => b.min !== undefined || b.max !== undefined, { message: "give min, max or both" });

const constraintsSchema = z
  .object({
    required: z.boolean().optional(),
    unique: z.boolean().optional(),
    minimum: scalar.optional(),
    maximum: scalar.optional(),
    exclusiveMinimum: scalar.optional(),
    exclusiveMaximum: scalar.optional(),
    minLength: z.number().int().nonnegative().optional(),
    maxLength: z.number().int().nonnegative().optional(),
    pattern: z.string().optional(),
    enum: z.array(scalar).min(1).optional(),
    // Slipway extras
    mostly: z.number().min(0).max(1).optional(),
    maxNullFraction: z.number().min(0).max(1).optional(),
    mean: bounds.optional(),
    stddev: bounds.optional(),
    quantiles: z
      .array(
        z
          .object({
            quantile: z.number().min(0).max(1),
            min: z.number().optional(),
            max: z.number().optional(),
          })
          .strict(),
      )
      .optional(),
    freshness: z
      .string()
      .refine((text) => parseDuration(text) !== null, { message: `expected ${DURATION_HINT}` })
      .optional(),
  })
  .strict();

export const fieldSchema = z
  .object({
    name: z.string().min(1),
    type: z.enum(FIELD_TYPES).default("string"),
    format: z.string().optional().describe('"default", "any", or a strptime pattern for date/datetime/time.'),
    title: z.string().optional(),
    description: z.string().optional(),
    example: z.unknown().optional(),
    constraints: constraintsSchema.default({}),
    missingValues: z.array(z.string()).optional(),
    trueValues: z.array(z.string()).default(["true", "True", "TRUE", "1"]),
    falseValues: z.array(z.string()).default(["false", "False", "FALSE", "0"]),
  })
  .strict();

export const tableSchemaSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    fields: z.array(fieldSchema).min(1),
    missingValues: z.array(z.string()).default([""]),
    primaryKey: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    foreignKeys: z.array(z.unknown()).optional(),
    fieldsMatch: z.enum(["exact", "equal", "subset", "superset", "partial"]).default("exact"),
    // Slipway extras
    rows: bounds.optional(),
    uniqueRows: z.boolean().optional(),
  })
  .strict();

export type TableSchema = z.output<typeof tableSchemaSchema>;
export type Field = z.output<typeof fieldSchema>;
export type Constraints = z.output<typeof constraintsSchema>;

/** Reads and validates a schema file; errors name the file, line and key path. */
export function loadTableSchema(file: string, shown = file): TableSchema {
  const path = shown; // messages name the schema as the user wrote it
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
  const names = new Set<string>();
  result.value.fields.forEach((field, i) => {
    if (names.has(field.name))
      throw new ConfigError(path, `fields[${i}].name`, `"${field.name}" is declared twice.`);
    names.add(field.name);
  });
  const keys = primaryKeyOf(result.value);
  for (const key of keys) {
    if (!names.has(key))
      throw new ConfigError(path, "primaryKey", `names "${key}", which is not a field of this schema.`);
  }
  return result.value;
}

export function primaryKeyOf(schema: TableSchema): string[] {
  if (schema.primaryKey === undefined) return [];
  return typeof schema.primaryKey === "string" ? [schema.primaryKey] : schema.primaryKey;
}
