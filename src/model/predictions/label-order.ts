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

/**
 * DuckDB's CSV sniffer reads a yes/no (or t/f, true/false) column as BOOLEAN, so its labels arrive
 * as true/false. These are the spellings a person may use for them in `positive` and in
 * probability column names (p_yes); compared case-insensitively.
 */
const BOOLEAN_SPELLINGS: Record<string, readonly string[]> = {
  true: ["true", "yes", "y", "t", "1"],
  false: ["false", "no", "n", "f", "0"],
};

/** The spellings of a class key: itself, or every spelling of a boolean label. */
export function labelSpellings(key: string, labelType: string): readonly string[] {
  return labelType === "BOOLEAN" ? (BOOLEAN_SPELLINGS[key] ?? [key]) : [key];
}

/** A configured class (e.g. positive: "yes") as the key it has in the data (true). */
export function normaliseLabel(value: string, labelType: string): string {
  if (labelType !== "BOOLEAN") return value;
  const lower = value.toLowerCase();
  return Object.entries(BOOLEAN_SPELLINGS).find(([, spellings]) => spellings.includes(lower))?.[0] ?? value;
}
