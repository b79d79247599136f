"""Tests of the model itself, beside the metric rules Slipway checks: what must hold for any
variant in params.yaml. Run with: python -m pytest -q --junitxml=reports/junit.xml"""
import json
import re
from pathlib import Path

import numpy as np
import pytest
import yaml
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

import train

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def params():
    return train.load_params()


@pytest.fixture(scope="module")
def parts(params):
    return train.split(train.load_data(), params)


@pytest.fixture(scope="module")
def model(params, parts):
    return train.train(parts[0], params)


def holdout_xy(parts):
    holdout = parts[1]
    return holdout[train.feature_columns(holdout)].to_numpy(), holdout[train.LABEL].to_numpy()


def test_features_are_the_schemas_measurements():
    schema = yaml.safe_load((ROOT / "data" / "train.schema.yaml").read_text(encoding="utf-8"))
    measured = [f["name"] for f in schema["fields"] if f["name"] not in (train.ID, train.LABEL)]
    assert train.feature_columns(train.load_data()) == measured
    assert len(measured) == 30


def test_holdout_is_disjoint_and_stratified(parts):
    train_part, holdout = parts
    assert set(train_part[train.ID]).isdisjoint(holdout[train.ID])
    share = lambda frame: (frame[train.LABEL] == "malignant").mean()  # noqa: E731
    assert abs(share(train_part) - share(holdout)) < 0.02


def test_beats_always_guessing_the_majority_class(model, parts):
    X, y = holdout_xy(parts)
    train_part = parts[0]
    dummy = DummyClassifier(strategy="most_frequent").fit(
        train_part[train.feature_columns(train_part)].to_numpy(), train_part[train.LABEL]
    )
    assert accuracy_score(y, model.predict(X)) > accuracy_score(y, dummy.predict(X)) + 0.2


def test_probabilities_are_probabilities(model, parts):
    X, _ = holdout_xy(parts)
    probabilities = model.predict_proba(X)
    assert list(model.classes_) == ["benign", "malignant"]
    assert np.all((probabilities >= 0) & (probabilities <= 1))
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0)


def test_training_is_reproducible(params, parts):
    X, _ = holdout_xy(parts)
    first = train.train(parts[0], params).predict_proba(X)
    second = train.train(parts[0], params).predict_proba(X)
    np.testing.assert_array_equal(first, second)


def test_a_row_is_scored_alone_as_in_a_batch(model, parts):
    X, _ = holdout_xy(parts)
    batch = model.predict_proba(X)
    for index in (0, len(X) // 2, len(X) - 1):
        np.testing.assert_allclose(model.predict_proba(X[index : index + 1])[0], batch[index])


@pytest.mark.parametrize("kind", train.MODELS)
def test_every_variant_trains_and_predicts_both_classes(params, parts, kind):
    X, y = holdout_xy(parts)
    variant = train.train(parts[0], {**params, "model": kind})
    predictions = variant.predict(X)
    assert set(predictions) == {"benign", "malignant"}
    assert accuracy_score(y, predictions) > 0.85


def test_the_smoke_test_sample_is_a_valid_request(model):
    sample = json.loads((ROOT / "tests" / "sample_input.json").read_text(encoding="utf-8"))
    rows = np.array(sample["instances"], dtype=float)
    assert rows.shape[1] == 30
    assert set(model.predict(rows)) <= {"benign", "malignant"}


def test_the_image_gets_the_scikit_learn_the_model_was_trained_with():
    def spec(path):
        for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
            match = re.match(r"\s*scikit-learn\s*(\S*)", line)
            if match:
                return match.group(1)
        return None

    assert spec("requirements.txt") is not None
    assert spec("requirements-serve.txt") == spec("requirements.txt")
