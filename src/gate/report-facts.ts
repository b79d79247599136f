/**
 * The report parts a commit's Slipway reports say passed or failed, as gate facts. Several reports
 * (workflows, variants) may speak of one part; the engine fails the part if any of them failed.
 * The package part counts as passed only when its image was smoke-tested and the test passed: an
 * image nobody ran is no evidence.
 */
import { ruleState, tallyRules } from "../report/rule-state.js";
import type { Report } from "../report/types.js";
import type { ReportFact } from "./gate-facts.js";

export function reportFacts(report: Report, source?: string): ReportFact[] {
  const from = source ?? report.run?.url;
  const withSource = (fact: ReportFact): ReportFact => (from ? { ...fact, source: from } : fact);
  const facts: ReportFact[] = [];
  if (report.data.length > 0) {
    const invalid = report.data.filter((data) => !data.valid).map((data) => data.dataset);
    facts.push(
      withSource({
        part: "data",
        passed: invalid.length === 0,
        detail:
          invalid.length === 0
            ? `${report.data.length} dataset${report.data.length === 1 ? "" : "s"} valid`
            : `invalid: ${invalid.join(", ")}`,
      }),
    );
  }
  if (report.model) {
    // A rule not evaluated (no baseline) is neither a pass nor a failure; report.model.passed decides.
    const failedRules = report.model.rules
      .filter((rule) => ruleState(rule) === "failed")
      .map((rule) => rule.metric);
    const failedTests = report.model.tests.failed;
    const { notEvaluated, reasons } = tallyRules(report.model.rules);
    const unjudged =
      notEvaluated > 0
        ? `; ${notEvaluated} rule${notEvaluated === 1 ? "" : "s"} not evaluated: ${reasons.join(", ")}`
        : "";
    const detail = report.model.passed
      ? `tests and metric rules passed${unjudged}`
      : [
          failedTests > 0 ? `${failedTests} test${failedTests === 1 ? "" : "s"} failed` : "",
          failedRules.length > 0 ? `rules failed: ${failedRules.join(", ")}` : "",
        ]
          .filter(Boolean)
          .join("; ") || "the model step failed";
    facts.push(withSource({ part: "model", passed: report.model.passed, detail }));
  }
  if (report.package) {
    const smoke = report.package.smoke;
    facts.push(
      withSource({
        part: "package",
        passed: smoke?.passed === true,
        detail:
          smoke === null
            ? `image ${report.package.image} was not smoke-tested (set package.sample)`
            : smoke.passed
              ? `image ${report.package.image} passed its smoke test`
              : `image ${report.package.image} failed its smoke test`,
      }),
    );
  }
  return facts;
}
