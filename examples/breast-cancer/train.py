"""Trains the breast-cancer classifier described by params.yaml on data/train.csv (less the rows
held out for evaluation) and saves it with joblib to models/model.joblib, the file Slipway
packages. The tests import the same functions, so what they check is what this script trains."""
from pathlib import Path

import joblib
import pandas as pd
import yaml
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parent
LABEL = "diagnosis"
ID = "sample_id"
MODELS = ("logistic_regression", "random_forest")


def load_params(path=ROOT / "params.yaml"):
    with open(path, encoding="utf-8") as file:
        return yaml.safe_load(file)


def load_data(path=ROOT / "data" / "train.csv"):
    return pd.read_csv(path)


def feature_columns(frame):
    """Every measurement column: all but the id and the label."""
    return [column for column in frame.columns if column not in (ID, LABEL)]


def split(frame, params):
    """(train, holdout): the same rows every time for the same params (seed, holdout share)."""
    return train_test_split(
        frame,
        test_size=params["split"]["holdout"],
        random_state=params["seed"],
        stratify=frame[LABEL],
    )


def build_model(params):
    kind = params["model"]
    if kind not in MODELS:
        raise SystemExit(f"params.yaml: model: {kind!r} is not one of {', '.join(MODELS)}")
    settings = dict(params.get(kind) or {})
    if kind == "logistic_regression":
        # Scaled first: the measurements span five orders of magnitude.
        return make_pipeline(StandardScaler(), LogisticRegression(random_state=params["seed"], **settings))
    return RandomForestClassifier(random_state=params["seed"], n_jobs=1, **settings)


def train(frame, params):
    model = build_model(params)
    # Plain arrays, not a DataFrame: the served model receives rows of 30 numbers.
    model.fit(frame[feature_columns(frame)].to_numpy(), frame[LABEL].to_numpy())
    return model


def main():
    params = load_params()
    train_part, _ = split(load_data(), params)
    model = train(train_part, params)
    (ROOT / "models").mkdir(exist_ok=True)
    joblib.dump(model, ROOT / "models" / "model.joblib")
    print(f"trained {params['model']} on {len(train_part)} rows -> models/model.joblib")


if __name__ == "__main__":
    main()
