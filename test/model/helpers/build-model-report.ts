/** A ModelReport with every documented field, for rendering tests; pass what the test is about. */
import type { ModelReport } from "../../../src/report/types.js";

export function buildModelReport(overrides: Partial<ModelReport> = {}): ModelReport {
  return {
    passed: true,
    tests: { passed: 0, failed: 0, skipped: 0, failures: [] },
    metrics: {},
    baseline: null,
    baseline_ref: null,
    rules: [],
    params: {},
    params_baseline: {},
    ...overrides,
  };
}
