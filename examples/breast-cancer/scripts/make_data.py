"""Writes the example's data from the Wisconsin breast-cancer dataset that scikit-learn ships
(no download): data/train.csv (the rows a model is trained on) and data/reference.csv (an
earlier sample, the reference for drift). Re-running it gives the same files."""
from pathlib import Path

import numpy as np
from sklearn.datasets import load_breast_cancer

here = Path(__file__).resolve().parent.parent
bunch = load_breast_cancer(as_frame=True)
frame = bunch.frame.copy()
frame.columns = [c.replace(" ", "_") for c in frame.columns]
frame["diagnosis"] = np.where(frame.pop("target") == 0, "malignant", "benign")
frame.insert(0, "sample_id", np.arange(1, len(frame) + 1))

rng = np.random.default_rng(20261128)
is_reference = rng.random(len(frame)) < 0.4
(here / "data").mkdir(exist_ok=True)
frame[~is_reference].to_csv(here / "data" / "train.csv", index=False)
frame[is_reference].to_csv(here / "data" / "reference.csv", index=False)
print(f"train: {(~is_reference).sum()} rows, reference: {is_reference.sum()} rows")
