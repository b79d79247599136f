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
import { z } from "zod";
import { DURATION_HINT, parseDuration } from "../config/duration.js";

export const FIELD_TYPES = [
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
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Types whose values Slipway reads but does not check (said as a warning when a schema uses one). */
export const UNCHECKED_TYPES: readonly FieldType[] = ["object", "array", "geopoint", "geojson"];

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const bounds = z
  .object({ min: z.number().optional(), max: z.number().optional() })
  .refine((b) => b.min !== undefined || b.max !== undefined, { message: "give min, max or both" });

export const constraintsSchema = z.object({
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
      z.object({
        quantile: z.number().min(0).max(1),
        min: z.number().optional(),
        max: z.number().optional(),
      }),
    )
    .optional(),
  freshness: z
    .string()
    .refine((text) => parseDuration(text) !== null, { message: `expected ${DURATION_HINT}` })
    .optional(),
});

export const fieldSchema = z.object({
  name: z.string().min(1),
  type: z.enum(FIELD_TYPES).default("string"),
  format: z
    .string()
    .optional()
    .describe('"default", "any", or a strptime pattern (e.g. "%d/%m/%Y") for date/datetime/time.'),
  title: z.string().optional(),
  description: z.string().optional(),
  example: z.unknown().optional(),
  rdfType: z.string().optional(),
  constraints: constraintsSchema.default({}),
  /** Added to the schema's missingValues for this field (see docs/table-schema.md). */
  missingValues: z.array(z.string()).optional(),
  trueValues: z.array(z.string()).default(["true", "True", "TRUE", "1"]),
  falseValues: z.array(z.string()).default(["false", "False", "FALSE", "0"]),
  /** number/integer: false allows leading and trailing non-numeric text ("€ 95", "95%"). */
  bareNumber: z.boolean().default(true),
  groupChar: z.string().min(1).optional(),
  decimalChar: z.string().min(1).default("."),
});

const keyList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const foreignKeySchema = z.object({
  fields: keyList,
  reference: z.object({
    /** The dataset (its `name` in .github/slipway.yml); "" or absent: this same table. */
    resource: z.string().optional(),
    fields: keyList,
  }),
});

export const tableSchemaSchema = z.object({
  $schema: z.string().optional(),
  name: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  fields: z.array(fieldSchema).min(1),
  missingValues: z.array(z.string()).default([""]),
  primaryKey: keyList.optional(),
  foreignKeys: z.array(foreignKeySchema).optional(),
  fieldsMatch: z.enum(["exact", "equal", "subset", "superset", "partial"]).default("exact"),
  // Slipway extras
  rows: bounds.optional(),
  uniqueRows: z.boolean().optional(),
});

export type TableSchema = z.output<typeof tableSchemaSchema>;
export type Field = z.output<typeof fieldSchema>;
export type Constraints = z.output<typeof constraintsSchema>;
export type ForeignKey = z.output<typeof foreignKeySchema>;

export function primaryKeyOf(schema: TableSchema): string[] {
  return keyNames(schema.primaryKey);
}

export function keyNames(key: string | string[] | undefined): string[] {
  if (key === undefined) return [];
  return typeof key === "string" ? [key] : key;
}
