/** Small builders for DriftReports in renderer tests. */
import type { ColumnDrift, DriftReport } from "../../src/report/types.js";

export function column(overrides: Partial<ColumnDrift> = {}): ColumnDrift {
  return {
    column: "age",
    test: "ks",
    statistic: 0.29027,
    p_value: 3.1e-16,
    threshold: 0.05,
    drifted: true,
    kind: "numeric",
    ...overrides,
  };
}

export function driftReport(overrides: Partial<DriftReport> = {}): DriftReport {
  return {
    reference: "data/reference.csv",
    current: "data/current.csv",
    drifted: false,
    share: 1 / 3,
    threshold: 0.5,
    columns: [
      column({
        column: "income",
        test: "wasserstein",
        statistic: 0.0123,
        p_value: undefined,
        threshold: 0.1,
        drifted: false,
      }),
      column(),
      column({
        column: "city",
        test: "chi2",
        kind: "categorical",
        statistic: Number.MAX_VALUE,
        p_value: 0,
        drifted: false,
        note: "1 value appears only in the current data (chi-square is infinite)",
      }),
    ],
    not_compared: [
      {
        column: "signup",
        reason: "datetime",
        detail: "DATE: dates and times are not compared (as Evidently)",
      },
    ],
    ...overrides,
  };
}
