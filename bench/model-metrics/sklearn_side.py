"""scikit-learn's side of the model-metrics bench: pandas reads the CSV, sklearn computes the same
metrics Slipway does; prints JSON with the read and metric timings and the peak RSS."""
import json
import resource
import sys
import time
import warnings

import numpy as np
import pandas as pd
from sklearn import metrics as M

warnings.simplefilter("ignore")
path, task = sys.argv[1], sys.argv[2]
def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


started = time.perf_counter()
cpu_started = cpu()
df = pd.read_csv(path)
read_seconds = time.perf_counter() - started
y = df["y"].to_numpy()
yp = df["y_pred"].to_numpy()
out = {}
if task == "classification":
    out["accuracy"] = M.accuracy_score(y, yp)
    out["balanced_accuracy"] = M.balanced_accuracy_score(y, yp)
    out["precision"] = M.precision_score(y, yp, pos_label=1)
    out["recall"] = M.recall_score(y, yp, pos_label=1)
    out["f1"] = M.f1_score(y, yp, pos_label=1)
    for avg in ("macro", "micro", "weighted"):
        out["precision_" + avg] = M.precision_score(y, yp, average=avg)
        out["recall_" + avg] = M.recall_score(y, yp, average=avg)
        out["f1_" + avg] = M.f1_score(y, yp, average=avg)
    P = df[["p_0", "p_1"]].to_numpy()
    out["roc_auc"] = M.roc_auc_score(y, P[:, 1])
    out["log_loss"] = M.log_loss(y, P, labels=[0, 1])
    out["brier"] = M.brier_score_loss(y, P[:, 1], pos_label=1)
    M.confusion_matrix(y, yp)
else:
    y = y.astype(float)
    yp = yp.astype(float)
    out["mae"] = M.mean_absolute_error(y, yp)
    out["mse"] = M.mean_squared_error(y, yp)
    out["rmse"] = M.mean_squared_error(y, yp, squared=False)
    out["r2"] = M.r2_score(y, yp)
    out["mape"] = M.mean_absolute_percentage_error(y, yp)
    out["median_ae"] = M.median_absolute_error(y, yp)
seconds = time.perf_counter() - started
print(json.dumps({
    "seconds": seconds,
    "read_seconds": read_seconds,
    "metric_seconds": seconds - read_seconds,
    "rows": int(len(df)),
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "cpu_seconds": cpu() - cpu_started,
    "metrics": {k: float(v) for k, v in out.items()},
}))
