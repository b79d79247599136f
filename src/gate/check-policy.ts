/**
 * The policy problems the schema cannot see: cron expressions and time zones that do not parse,
 * date windows that end before they start, approvals nobody can give. Each is a key path and a
 * sentence; the engine rejects a deploy under a broken policy, and the CLI refuses it as bad config.
 */
import type { EnvironmentPolicy } from "../config/schema.js";
import { parseApprover } from "./approver-entry.js";
import { freezeWindowProblems } from "./freeze-windows.js";

export interface PolicyProblem {
  /** e.g. environments.production.freeze[0].cron */
  path: string;
  message: string;
}

export function checkPolicy(environment: string, policy: EnvironmentPolicy): PolicyProblem[] {
  const at = (key: string) => `environments.${environment}.${key}`;
  const problems: PolicyProblem[] = [];
  for (const key of ["approvers", "override-approvers"] as const) {
    policy[key].forEach((entry, index) => {
      if (!parseApprover(entry)) {
        problems.push({
          path: at(`${key}[${index}]`),
          message: `"${entry}" is neither a GitHub login nor a team written "@org/team".`,
        });
      }
    });
  }
  if (policy.approvals > 0 && policy.approvers.length === 0) {
    problems.push({
      path: at("approvals"),
      message: `${policy.approvals} approval(s) required but approvers is empty; list who may approve (logins or "@org/team").`,
    });
  }
  const entries = policy.approvers.map(parseApprover);
  if (
    policy.approvals > 0 &&
    entries.every((entry) => entry?.kind === "user") &&
    new Set(entries.map((entry) => entry?.kind === "user" && entry.login.toLowerCase())).size <
      policy.approvals
  ) {
    problems.push({
      path: at("approvals"),
      message: `${policy.approvals} approvals required but only ${new Set(policy.approvers.map((a) => a.toLowerCase())).size} approver(s) listed; no deploy could ever be approved.`,
    });
  }
  policy.freeze.forEach((window, index) => {
    for (const problem of freezeWindowProblems(window)) {
      problems.push({ path: at(`freeze[${index}].${problem.key}`), message: problem.message });
    }
  });
  if (policy.after && policy.after.environment.toLowerCase() === environment.toLowerCase()) {
    problems.push({
      path: at("after.environment"),
      message: `${environment} cannot come after itself; name the environment deployed before it (e.g. staging).`,
    });
  }
  return problems;
}
