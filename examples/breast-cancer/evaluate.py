"""Scores models/model.joblib on the rows train.py held out. Writes reports/predictions.csv (one
row per sample: the true diagnosis, the prediction, both class probabilities and a texture slice),
from which Slipway computes accuracy, recall, ROC AUC, log loss and the per-slice metrics, and
metrics.json with the cross-validated ROC AUC of the same model on the training rows, two DVC
plots files (reports/plots/: the precision-recall and calibration curves of the held-out rows,
which Slipway charts in the PR comment beside the base branch's) and reports/summary.md, the
team's own section of the comment (comment.include)."""
import json

import joblib
import numpy as np
import pandas as pd
from sklearn.calibration import calibration_curve
from sklearn.metrics import precision_recall_curve
from sklearn.model_selection import StratifiedKFold, cross_val_score

from train import ID, LABEL, ROOT, build_model, feature_columns, load_data, load_params, split


POSITIVE = "malignant"


def texture_slice(frame, threshold):
    """Low or high mean texture, split at the training rows' median: both slices hold both classes."""
    return np.where(frame["mean_texture"] <= threshold, "low", "high")


def main():
    params = load_params()
    train_part, holdout = split(load_data(), params)
    features = feature_columns(holdout)
    model = joblib.load(ROOT / "models" / "model.joblib")

    X = holdout[features].to_numpy()
    probabilities = model.predict_proba(X)
    predictions = pd.DataFrame({ID: holdout[ID], "y": holdout[LABEL], "y_pred": model.predict(X)})
    for index, label in enumerate(model.classes_):
        predictions[f"p_{label}"] = probabilities[:, index].round(6)
    predictions["texture"] = texture_slice(holdout, train_part["mean_texture"].median())
    (ROOT / "reports").mkdir(exist_ok=True)
    predictions.sort_values(ID).to_csv(ROOT / "reports" / "predictions.csv", index=False)

    write_plots(predictions)
    write_summary(predictions, params)

    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=params["seed"])
    scores = cross_val_score(
        build_model(params),
        train_part[features].to_numpy(),
        train_part[LABEL].to_numpy(),
        cv=folds,
        scoring="roc_auc",
    )
    metrics = {"cv": {"roc_auc": round(float(scores.mean()), 6), "roc_auc_std": round(float(scores.std()), 6)}}
    (ROOT / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(f"evaluated on {len(holdout)} held-out rows -> reports/predictions.csv, reports/plots/, reports/summary.md, metrics.json")


def write_plots(predictions):
    """DVC plots files: one row per point, x and y named in .github/slipway.yml (model.plots)."""
    truth = (predictions["y"] == POSITIVE).to_numpy()
    scores = predictions[f"p_{POSITIVE}"].to_numpy()
    folder = ROOT / "reports" / "plots"
    folder.mkdir(parents=True, exist_ok=True)
    precision, recall, _ = precision_recall_curve(truth, scores)
    curve = pd.DataFrame({"recall": recall.round(6), "precision": precision.round(6)})
    curve.to_csv(folder / "precision_recall.csv", index=False)
    fraction, mean_predicted = calibration_curve(truth, scores, n_bins=10, strategy="quantile")
    calibration = pd.DataFrame({"mean_predicted": mean_predicted.round(6), "fraction_positive": fraction.round(6)})
    calibration.to_csv(folder / "calibration.csv", index=False)


def write_summary(predictions, params):
    """The team's section of the pull-request comment: what a reviewer should know, in Markdown."""
    truth = predictions["y"] == POSITIVE
    missed = int((truth & (predictions["y_pred"] != POSITIVE)).sum())
    false_alarms = int((~truth & (predictions["y_pred"] == POSITIVE)).sum())
    lines = [
        "## Held-out review",
        "",
        f"Model **{params['model']}**, {len(predictions)} held-out rows ({int(truth.sum())} malignant).",
        "",
        "| Error | Count | Why it matters |",
        "| --- | ---: | --- |",
        f"| Missed malignant | {missed} | A tumour sent home: the costly miss (recall rule) |",
        f"| False alarm | {false_alarms} | An extra biopsy |",
        "",
        "Curves: the precision-recall and calibration plots above, base branch beside this PR.",
    ]
    (ROOT / "reports" / "summary.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
