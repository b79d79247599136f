"""Scores models/model.joblib on the rows train.py held out. Writes reports/predictions.csv (one
row per sample: the true diagnosis, the prediction, both class probabilities and a texture slice),
from which Slipway computes accuracy, recall, ROC AUC, log loss and the per-slice metrics, and
metrics.json with the cross-validated ROC AUC of the same model on the training rows."""
import json

import joblib
import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedKFold, cross_val_score

from train import ID, LABEL, ROOT, build_model, feature_columns, load_data, load_params, split


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
    print(f"evaluated on {len(holdout)} held-out rows -> reports/predictions.csv, metrics.json")


if __name__ == "__main__":
    main()
