/** SQL expressions for the label, prediction and probability columns of a classification. */
import { ident, literal } from "../../data/sql.js";
import { isNumericType } from "./sql-parts.js";
import type { PredictionInput } from "./types.js";

export interface LabelExpressions {
  y: string;
  p: string;
  /** The DuckDB type both are compared as. */
  type: string;
}

/** Label and prediction compared as one type: as they are, as DOUBLE if both numeric, else as text. */
export function labelExpressions(input: PredictionInput): LabelExpressions {
  const { label, prediction } = input;
  if (label.type === prediction.type)
    return { y: ident(label.name), p: ident(prediction.name), type: label.type };
  const type = isNumericType(label.type) && isNumericType(prediction.type) ? "DOUBLE" : "VARCHAR";
  return {
    y: `CAST(${ident(label.name)} AS ${type})`,
    p: `CAST(${ident(prediction.name)} AS ${type})`,
    type,
  };
}

/** A label key as a SQL value of the label type. */
export function labelLiteral(key: string, type: string): string {
  return `CAST(${literal(key)} AS ${type})`;
}

export function probability(name: string): string {
  return `CAST(${ident(name)} AS DOUBLE)`;
}
