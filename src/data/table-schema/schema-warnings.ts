/**
 * Warnings about a table schema that is valid but probably not what its author meant: an extra
 * property that is one typo away from a known one (the spec allows extra properties, so it is
 * kept and ignored, never refused), and field types Slipway reads without checking.
 */
import { LineCounter, parseDocument } from "yaml";
import { nearestKey } from "../../config/nearest-key.js";
import { formatPath } from "../../config/parse-config.js";
import {
  constraintsSchema,
  fieldSchema,
  foreignKeySchema,
  type TableSchema,
  tableSchemaSchema,
  UNCHECKED_TYPES,
} from "../table-schema.js";

const TOP_KEYS = Object.keys(tableSchemaSchema.shape);
const FIELD_KEYS = Object.keys(fieldSchema.shape);
const CONSTRAINT_KEYS = Object.keys(constraintsSchema.shape);
const FOREIGN_KEY_KEYS = Object.keys(foreignKeySchema.shape);
const REFERENCE_KEYS = Object.keys(foreignKeySchema.shape.reference.shape);

/** "schema.yaml:4: fields[0].constraints.minimun: …" — one sentence per warning. */
export function schemaWarnings(text: string, schema: TableSchema, file: string): string[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const raw: unknown = document.toJS();
  const warnings: string[] = [];
  const at = (path: (string | number)[]) => {
    const node = document.getIn(path, true) as { range?: [number, number] } | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    return `${file}${line ? `:${line}` : ""}: ${formatPath(path)}`;
  };
  const nearMisses = (value: unknown, known: readonly string[], path: (string | number)[]) => {
    if (!isRecord(value)) return;
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const suggestion = nearestKey(key, known);
      if (suggestion)
        warnings.push(
          `${at([...path, key])}: unknown key "${key}" is ignored. Did you mean "${suggestion}"?`,
        );
    }
  };
  if (!isRecord(raw)) return warnings;
  nearMisses(raw, TOP_KEYS, []);
  const fields = Array.isArray(raw.fields) ? raw.fields : [];
  fields.forEach((field, i) => {
    nearMisses(field, FIELD_KEYS, ["fields", i]);
    if (isRecord(field)) nearMisses(field.constraints, CONSTRAINT_KEYS, ["fields", i, "constraints"]);
  });
  const foreignKeys = Array.isArray(raw.foreignKeys) ? raw.foreignKeys : [];
  foreignKeys.forEach((key, i) => {
    nearMisses(key, FOREIGN_KEY_KEYS, ["foreignKeys", i]);
    if (isRecord(key)) nearMisses(key.reference, REFERENCE_KEYS, ["foreignKeys", i, "reference"]);
  });
  schema.fields.forEach((field, i) => {
    if (UNCHECKED_TYPES.includes(field.type))
      warnings.push(
        `${at(["fields", i, "type"])}: values of type ${field.type} are read as text and not checked (field "${field.name}").`,
      );
  });
  return warnings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
