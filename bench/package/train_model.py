"""Trains the example model for the packaging bench: a random forest on the breast-cancer data the
example ships (examples/breast-cancer/data/train.csv). A different seed gives different weights of
about the same size, which is what a retrained model looks like to an image build.

usage: /usr/bin/python3 train_model.py TRAIN_CSV OUT_JOBLIB SEED
prints: {"bytes": <model file size>, "features": [...], "sample": [[...], ...]}
"""
import csv
import json
import os
import sys

import joblib
import numpy as np
from sklearn.ensemble import RandomForestClassifier

train_csv, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(train_csv, newline="") as handle:
    rows = list(csv.DictReader(handle))
names = [n for n in rows[0] if n not in ("sample_id", "diagnosis")]
X = np.array([[float(row[n]) for n in names] for row in rows])
y = np.array([row["diagnosis"] for row in rows])
model = RandomForestClassifier(n_estimators=300, random_state=seed).fit(X, y)
joblib.dump(model, out)
print(json.dumps({"bytes": os.path.getsize(out), "features": names, "sample": X[:3].tolist()}))
