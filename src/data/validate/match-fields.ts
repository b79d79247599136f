/**
 * Frictionless `fieldsMatch`: which schema fields map to which data columns, and the structural
 * errors when the data's columns do not match the schema's as the mode demands.
 */
import type { StructuralError } from "../../report/types.js";
import type { TableSchema } from "../table-schema.js";

export interface FieldMatch {
  /** Schema fields present in the data (by name). */
  present: string[];
  errors: StructuralError[];
}

export function matchFields(schema: TableSchema, dataColumns: readonly string[]): FieldMatch {
  const fieldNames = schema.fields.map((field) => field.name);
  const inData = new Set(dataColumns);
  const inSchema = new Set(fieldNames);
  const missing = fieldNames.filter((name) => !inData.has(name));
  const extra = dataColumns.filter((name) => !inSchema.has(name));
  const present = fieldNames.filter((name) => inData.has(name));
  const mode = schema.fieldsMatch;
  const errors: StructuralError[] = [];

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
