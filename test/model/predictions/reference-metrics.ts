/**
 * The reference: scikit-learn (Debian's python3-sklearn) computes the same metrics from the same
 * files at test time. It reads CSV with pandas; Debian's Python has no Parquet reader (no pyarrow or
 * fastparquet package), so for a Parquet fixture it reads the CSV the Parquet file was written from.
 */
import { runReferencePython } from "../../helpers/reference-python.js";

export interface ReferenceSpec {
  csv: string;
  task: "classification" | "regression";
  label: string;
  prediction: string;
  /** [column, class] pairs; the class typed as in the file. */
  probabilities?: [string, string | number][];
  positive?: string | number;
  slices: string[];
}

export interface ReferenceResult {
  metrics: Record<string, number>;
  confusion: { labels: string[]; matrix: number[][] } | null;
  rows: number;
}

const SCRIPT = `
import json, sys, warnings
import numpy as np
import pandas as pd
from sklearn import metrics as M
from sklearn.utils.multiclass import unique_labels

warnings.simplefilter("ignore")  # zero_division and one-class warnings: the conventions are what we test

def attempt(out, name, fn):
    # sklearn raises (or returns NaN) where a metric is undefined; Slipway then omits it.
    try:
        value = float(fn())
    except ValueError:
        return
    if not np.isnan(value):
        out[name] = value

def classification(df, spec, binary, positive):
    y = df[spec["label"]].to_numpy()
    yp = df[spec["prediction"]].to_numpy()
    out = {}
    out["accuracy"] = float(M.accuracy_score(y, yp))
    out["balanced_accuracy"] = float(M.balanced_accuracy_score(y, yp))
    if binary:
        out["precision"] = float(M.precision_score(y, yp, pos_label=positive))
        out["recall"] = float(M.recall_score(y, yp, pos_label=positive))
        out["f1"] = float(M.f1_score(y, yp, pos_label=positive))
    for avg in ("macro", "micro", "weighted"):
        out["precision_" + avg] = float(M.precision_score(y, yp, average=avg))
        out["recall_" + avg] = float(M.recall_score(y, yp, average=avg))
        out["f1_" + avg] = float(M.f1_score(y, yp, average=avg))
    probs = spec.get("probabilities") or []
    if len(probs) == 1:
        q = df[probs[0][0]].to_numpy(dtype=float)
        attempt(out, "roc_auc", lambda: M.roc_auc_score(y == positive, q))
        out["log_loss"] = float(M.log_loss(y == positive, q, labels=[False, True]))
        out["brier"] = float(M.brier_score_loss(y, q, pos_label=positive))
    elif len(probs) > 1:
        ordered = sorted(probs, key=lambda pair: pair[1])
        classes = [pair[1] for pair in ordered]
        P = df[[pair[0] for pair in ordered]].to_numpy(dtype=float)
        out["log_loss"] = float(M.log_loss(y, P, labels=classes))
        if binary:
            q = P[:, classes.index(positive)]
            attempt(out, "roc_auc", lambda: M.roc_auc_score(y == positive, q))
            out["brier"] = float(M.brier_score_loss(y, q, pos_label=positive))
        else:
            attempt(out, "roc_auc_ovr", lambda: M.roc_auc_score(y, P, multi_class="ovr", average="macro", labels=classes))
    return out

def regression(df, spec):
    y = df[spec["label"]].to_numpy(dtype=float)
    yp = df[spec["prediction"]].to_numpy(dtype=float)
    out = {
        "mae": float(M.mean_absolute_error(y, yp)),
        "mse": float(M.mean_squared_error(y, yp)),
        "rmse": float(M.mean_squared_error(y, yp, squared=False)),
    }
    attempt(out, "r2", lambda: M.r2_score(y, yp))
    out["mape"] = float(M.mean_absolute_percentage_error(y, yp))
    out["median_ae"] = float(M.median_absolute_error(y, yp))
    return out

def run(spec):
    df = pd.read_csv(spec["csv"])
    binary = positive = None
    if spec["task"] == "classification":
        present = unique_labels(df[spec["label"]].to_numpy(), df[spec["prediction"]].to_numpy()).tolist()
        positive = spec.get("positive", present[-1])
        binary = len(set(present) | {positive}) <= 2
        compute = lambda part: classification(part, spec, binary, positive)
    else:
        compute = lambda part: regression(part, spec)
    metrics = compute(df)
    for column in spec["slices"]:
        for value, part in df.groupby(column, sort=True):
            for name, v in compute(part).items():
                metrics["%s[%s=%s]" % (name, column, value)] = v
    confusion = None
    if spec["task"] == "classification":
        y, yp = df[spec["label"]].to_numpy(), df[spec["prediction"]].to_numpy()
        labels = unique_labels(y, yp)
        confusion = {"labels": [str(l) for l in labels], "matrix": M.confusion_matrix(y, yp, labels=labels).tolist()}
    return {"metrics": metrics, "confusion": confusion, "rows": int(len(df))}

print(json.dumps([run(spec) for spec in json.loads(sys.argv[1])]))
`;

/** One Python run for all specs (sklearn's import is the slow part). */
export function referenceMetrics(specs: ReferenceSpec[]): ReferenceResult[] {
  return runReferencePython<ReferenceResult[]>(SCRIPT, [JSON.stringify(specs)]);
}
