/**
 * A decision for people: plain text for a terminal, and Markdown for a job summary or a comment on
 * the deployment's pull request. Reasons hold logins, environment and dataset names: in Markdown
 * they go through inlineText, so nobody is pinged and nothing breaks the layout.
 */
import { inlineText } from "../report/markdown/escape.js";
import { formatInstant, shortSha } from "./format-instant.js";
import type { GateDecision, RuleStatus } from "./gate-decision.js";
import type { GateFacts } from "./gate-facts.js";

const HEADLINE = { approved: "APPROVED", rejected: "REJECTED", pending: "PENDING" } as const;
const TEXT_MARK: Record<RuleStatus, string> = { pass: "✓", fail: "✗", wait: "…" };
const MD_MARK: Record<RuleStatus, string> = { pass: "✅", fail: "❌", wait: "⏳" };
const MD_HEADLINE = { approved: "✅ approved", rejected: "❌ rejected", pending: "⏳ pending" } as const;
const ORDER: Record<RuleStatus, number> = { fail: 0, wait: 1, pass: 2 };

export function renderDecisionText(decision: GateDecision, facts?: Pick<GateFacts, "ref" | "notes">): string {
  const lines = [
    `${decision.environment}: ${HEADLINE[decision.outcome]} for commit ${shortSha(decision.commit)}${facts ? ` (${facts.ref})` : ""}`,
  ];
  for (const rule of sorted(decision))
    lines.push(`  ${TEXT_MARK[rule.status]} ${rule.rule}: ${rule.message}`);
  if (decision.recheckAt) lines.push(`  Look again at ${formatInstant(Date.parse(decision.recheckAt))}.`);
  for (const note of facts?.notes ?? []) lines.push(`  note: ${note}`);
  return `${lines.join("\n")}\n`;
}

export function renderDecisionMarkdown(
  decision: GateDecision,
  facts?: Pick<GateFacts, "ref" | "notes">,
): string {
  const lines = [
    `### Slipway gate: ${inlineText(decision.environment)} ${MD_HEADLINE[decision.outcome]}`,
    "",
    `Commit \`${shortSha(decision.commit)}\`${facts ? ` (${inlineText(facts.ref)})` : ""}, decided ${formatInstant(Date.parse(decision.decidedAt))} by the policy in \`.github/slipway.yml\` on the default branch.`,
    "",
  ];
  for (const rule of sorted(decision)) {
    lines.push(`- ${MD_MARK[rule.status]} **${rule.rule}**: ${inlineText(rule.message, 4000)}`);
  }
  if (decision.recheckAt) {
    lines.push("", `Slipway looks again at ${formatInstant(Date.parse(decision.recheckAt))}.`);
  }
  if (facts?.notes.length) {
    lines.push("", ...facts.notes.map((note) => `> ${inlineText(note, 1000)}`));
  }
  return `${lines.join("\n")}\n`;
}

function sorted(decision: GateDecision) {
  return [...decision.rules].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
}
