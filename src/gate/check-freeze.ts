/**
 * The freeze rule: inside a window a deploy waits until the freeze ends — unless an override
 * approver lifts it with `/slipway approve <environment>` made during this freeze. A review, or a
 * command from before the freeze began, does not lift it: lifting a freeze is a deliberate act.
 */
import type { EnvironmentPolicy } from "../config/schema.js";
import { approveCommands, approverStanding, selfApprovalReason } from "./collect-approvals.js";
import { formatInstant, formatSpan } from "./format-instant.js";
import { freezeAt, freezeTimeZone } from "./freeze-windows.js";
import type { RuleResult } from "./gate-decision.js";
import type { GateFacts } from "./gate-facts.js";
import { pass, wait } from "./rule-result.js";

export function checkFreeze(policy: EnvironmentPolicy, facts: GateFacts, now: number): RuleResult {
  const state = freezeAt(policy.freeze, now);
  if (!state.frozen) return pass("freeze", "no freeze window is open.");
  const zone = freezeTimeZone(policy.freeze);
  const until = `until ${state.atLeast ? "at least " : ""}${formatInstant(state.until, zone)} (${formatSpan(state.until - now)} from now)`;
  const frozen = `${facts.environment} is frozen ${until} by ${state.windows.join(", ")}`;

  const attempts = approveCommands(facts.commands, facts.environment).filter((command) => {
    const time = Date.parse(command.at);
    return time >= state.since && time <= now;
  });
  const refused: string[] = [];
  for (const command of attempts) {
    const self = selfApprovalReason(policy, facts, command.user);
    const standing = approverStanding(
      policy["override-approvers"],
      command.user,
      facts.teams,
      "an override approver",
    );
    if (self) refused.push(`${command.user}: ${self}`);
    else if (!standing.approver) refused.push(standing.why);
    else {
      return pass(
        "freeze",
        `${frozen}, but ${command.user} (override approver) lifted the freeze with /slipway approve at ${formatInstant(Date.parse(command.at), zone)}.`,
      );
    }
  }
  const overrideHint =
    policy["override-approvers"].length > 0
      ? `; an override approver (${policy["override-approvers"].join(", ")}) can lift it by commenting \`/slipway approve ${facts.environment}\` during the freeze`
      : "";
  const refusedText =
    refused.length && policy["override-approvers"].length ? ` Not lifted by: ${refused.join("; ")}.` : "";
  const result = wait("freeze", `${frozen}; the deploy waits until it ends${overrideHint}.${refusedText}`);
  return { ...result, until: new Date(state.until).toISOString() };
}
