import { describe, expect, test } from "@jest/globals";
import { defaultDirection } from "../../src/report/metric-direction.js";

describe("defaultDirection from the metric's name", () => {
  test.each([
    ["loss", "lower"],
    ["train.loss", "lower"],
    ["val_loss", "lower"],
    ["log_loss", "lower"],
    ["logloss", "lower"],
    ["error", "lower"],
    ["mean_absolute_error", "lower"],
    ["mae", "lower"],
    ["mse", "lower"],
    ["rmse", "lower"],
    ["eval.rmse[region=EU]", "lower"],
    ["brier", "lower"],
    ["mape", "lower"],
    ["median_ae", "lower"],
    ["accuracy", "higher"],
    ["balanced_accuracy", "higher"],
    ["eval.auc", "higher"],
    ["roc_auc_ovr", "higher"],
    ["f1_macro", "higher"],
    ["recall[region=*]", "higher"],
    ["precision_weighted", "higher"],
    ["r2", "higher"],
    ["neg_log_loss", "higher"],
    ["neg_mean_squared_error", "higher"],
    ["epochs", null],
    ["train.rows", null],
  ])("%s → %s", (name, direction) => {
    expect(defaultDirection(name)).toBe(direction);
  });
});
