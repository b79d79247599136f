/**
 * Nested mappings flattened with dots, as DVC names metrics and params (`train.loss`, `eval.auc`).
 * Lists are leaves: DVC keeps a list param as one value and does not read lists as metrics.
 */
export interface FlatEntry {
  /** The dotted name. */
  name: string;
  /** The keys leading to the value, for line look-ups. */
  path: string[];
  value: unknown;
}

export function flattenObject(value: unknown, path: string[] = []): FlatEntry[] {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    // An empty mapping is a value of its own (a params section left empty), not nothing.
    if (entries.length === 0 && path.length > 0) return [{ name: path.join("."), path, value: {} }];
    return entries.flatMap(([key, inner]) => flattenObject(inner, [...path, key]));
  }
  return path.length === 0 ? [] : [{ name: path.join("."), path, value }];
}
