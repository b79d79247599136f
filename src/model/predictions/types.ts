/** The types of metrics computed from a predictions file (DESIGN.md: "Metric names computed from predictions"). */
import type { DatasetColumn } from "../../data/open-dataset.js";

export interface ConfusionMatrix {
  /** Classes in scikit-learn's order (sorted), as text: every label found in the label or prediction column. */
  labels: string[];
  /** matrix[i][j]: rows whose true label is labels[i] and predicted label is labels[j] (sklearn's layout). */
  matrix: number[][];
}

export interface PredictionMetrics {
  /** Metric name → value; a slice's metric is named `<metric>[<column>=<value>]`. */
  metrics: Record<string, number>;
  /** The confusion matrix of the whole file (classification), else null. */
  confusion: ConfusionMatrix | null;
  rows: number;
}

/** One slice of the rows a metric is computed on: the whole file, or one value of one slice column. */
export interface SliceKey {
  column: string;
  /** The slice value as text; an empty (null) value is "". */
  value: string;
}

/** What the metric computations read: the DuckDB view of the predictions file and its resolved columns. */
export interface PredictionInput {
  /** The path as configured, for messages. */
  file: string;
  view: string;
  rows: number;
  /** The files read (several for a glob), and how many rows each holds, to name a bad row's file. */
  files: string[];
  rowsPerFile: number[];
  label: DatasetColumn;
  prediction: DatasetColumn;
  probabilities: DatasetColumn[];
  slices: DatasetColumn[];
  /** The configured positive class as text, if any. */
  positive: string | null;
}

/** A label value as DuckDB returns it (BIGINT and DOUBLE come back as number). */
export type LabelValue = string | number | boolean;
