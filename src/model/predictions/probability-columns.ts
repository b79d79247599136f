/**
 * Which class each probability column holds. The config documents the columns as `p_<class>`; a
 * column belongs to the longest class label its name ends with (so p_11 is class 11, not 1). A list
 * in a different order from the classes is therefore still read right, where sklearn's positional
 * convention (columns in sorted-class order, as predict_proba) would silently mismatch.
 * A column whose name ends with no label in the data is a class the model knows that this file does
 * not contain: it still counts in log loss's renormalisation (as sklearn's labels= argument would).
 */
import { InputError } from "../../errors.js";

export interface ProbabilityLayout {
  /** Class key → the column holding its probability (one per class covered). */
  byClass: Map<string, string>;
  /** Columns matched to no class in the data. */
  extra: string[];
  /** One column only: the positive class's probability (binary); 1 - p is the other class's. */
  single: boolean;
}

export function layoutProbabilities(
  file: string,
  columns: readonly string[],
  classes: readonly string[],
  positive: string | null,
  spellings: (cls: string) => readonly string[] = (cls) => [cls],
): ProbabilityLayout {
  const [only] = columns;
  if (only !== undefined && columns.length === 1) {
    if (classes.length > 2) {
      throw new InputError(
        file,
        `one probability column ("${only}") is read as the positive class's probability, but the file has ${classes.length} classes (${classes.join(", ")}). List one column per class in model.predictions.probabilities.`,
        { field: only },
      );
    }
    const named = matchClass(only, classes, spellings);
    if (positive !== null && named !== null && named !== positive) {
      throw new InputError(
        file,
        `a single probability column is read as the positive class's (${positive}), but "${only}" names class ${named}. Give the positive class's column, or set model.predictions.positive.`,
        { field: only },
      );
    }
    return {
      byClass: positive === null ? new Map() : new Map([[positive, only]]),
      extra: [],
      single: true,
    };
  }

  const candidates = positive !== null && !classes.includes(positive) ? [...classes, positive] : [...classes];
  const byClass = new Map<string, string>();
  const extra: string[] = [];
  for (const column of columns) {
    const cls = matchClass(column, candidates, spellings);
    if (cls === null) {
      extra.push(column);
      continue;
    }
    const taken = byClass.get(cls);
    if (taken !== undefined) {
      throw new InputError(
        file,
        `probability columns "${taken}" and "${column}" both name class ${cls}. Name each column p_<class>, one per class.`,
        { field: column },
      );
    }
    byClass.set(cls, column);
  }
  return { byClass, extra, single: false };
}

/** The column holding a class's probability: every class has one once checkCoverage() accepted the file. */
export function classColumn(layout: ProbabilityLayout, cls: string): string {
  const column = layout.byClass.get(cls);
  if (column === undefined) {
    throw new Error(`class ${JSON.stringify(cls)} has no probability column, which checkCoverage() refuses`);
  }
  return column;
}

/** The class whose longest spelling ends the column name (booleans: any of yes/no, true/false…, any case). */
function matchClass(
  column: string,
  classes: readonly string[],
  spellings: (cls: string) => readonly string[],
): string | null {
  let best: { cls: string; length: number } | null = null;
  for (const cls of classes) {
    for (const spelling of spellings(cls)) {
      const matches =
        spelling === cls ? column.endsWith(cls) : column.toLowerCase().endsWith(spelling.toLowerCase());
      if (spelling !== "" && matches && (best === null || spelling.length > best.length)) {
        best = { cls, length: spelling.length };
      }
    }
  }
  return best?.cls ?? null;
}
