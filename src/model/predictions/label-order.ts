/**
 * Class labels in scikit-learn's order. sklearn sorts the unique labels (np.unique): numbers
 * numerically, strings by code point, False before True. Labels travel as text keys (String(value));
 * the typed value decides the order.
 */
import type { LabelValue } from "./types.js";

export function labelKey(value: LabelValue): string {
  return String(value);
}

/** Orders typed label values as numpy does; UTF-8 byte order equals code-point order for strings. */
export function compareLabels(a: LabelValue, b: LabelValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return Buffer.compare(Buffer.from(String(a)), Buffer.from(String(b)));
}

/** Distinct values sorted as sklearn sorts them, returned as keys. */
export function sortedLabelKeys(values: Iterable<LabelValue>): string[] {
  const byKey = new Map<string, LabelValue>();
  for (const value of values) byKey.set(labelKey(value), value);
  return [...byKey.values()].sort(compareLabels).map(labelKey);
}
