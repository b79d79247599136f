/**
 * Which approvals count: the latest deciding review per reviewer on each pull request that brought
 * the commit (approved, changes requested or dismissed — a later comment does not undo an approval,
 * as on GitHub), plus `/slipway approve <environment>` commands. Each counts once per person, only
 * from an approver, and — with prevent-self-approval — never from whoever deploys or wrote a pull
 * request. Every approval that does not count is listed with why.
 */
import type { EnvironmentPolicy } from "../config/schema.js";
import { normaliseTeamName, parseApprover, sameLogin } from "./approver-entry.js";
import type { CountedApproval, IgnoredApproval } from "./gate-decision.js";
import type { ApproveCommandFact, GateFacts, ReviewFact } from "./gate-facts.js";

export type ApproverStanding = { approver: true; as: string } | { approver: false; why: string };

/** Whether `user` is one of `entries` (logins and teams), given what is known of team membership. */
export function approverStanding(
  entries: readonly string[],
  user: string,
  teams: GateFacts["teams"],
  role = "an approver",
): ApproverStanding {
  const unknownTeams: string[] = [];
  for (const text of entries) {
    const entry = parseApprover(text);
    if (!entry) continue;
    if (entry.kind === "user") {
      if (sameLogin(entry.login, user)) return { approver: true, as: entry.login };
      continue;
    }
    const members = teamMembers(teams, entry.key);
    if (members === null) unknownTeams.push(`@${entry.org}/${entry.slug}`);
    else if (members.some((member) => sameLogin(member, user)))
      return { approver: true, as: `@${entry.org}/${entry.slug}` };
  }
  if (unknownTeams.length > 0) {
    return {
      approver: false,
      why: `${user} is not listed by name, and the members of ${unknownTeams.join(", ")} could not be read, so it cannot be told whether ${user} is ${role}`,
    };
  }
  return { approver: false, why: `${user} is not ${role} (${entries.join(", ") || "none listed"})` };
}

/** Why `user` may not approve their own deploy, or null when they may. */
export function selfApprovalReason(policy: EnvironmentPolicy, facts: GateFacts, user: string): string | null {
  if (!policy["prevent-self-approval"]) return null;
  if (facts.deployer === null) {
    return "who is deploying is unknown, so this cannot be told apart from a self-approval";
  }
  if (sameLogin(facts.deployer, user)) return `${user} is deploying this, and self-approval does not count`;
  if (facts.pull_requests === null) {
    return "the pull request(s) that brought this commit are unknown, so this cannot be told apart from a self-approval";
  }
  const authored = facts.pull_requests.filter((pull) => sameLogin(pull.author, user));
  if (authored.length > 0) {
    return `${user} wrote ${authored.map((pull) => `#${pull.number}`).join(", ")}, and self-approval does not count`;
  }
  return null;
}

export interface CollectedApprovals {
  counted: CountedApproval[];
  ignored: IgnoredApproval[];
}

export function collectApprovals(
  policy: EnvironmentPolicy,
  facts: GateFacts,
  now: number,
): CollectedApprovals {
  const candidates: { user: string; via: string; at: string | null }[] = [];
  const ignored: IgnoredApproval[] = [];
  const pulls = facts.pull_requests;
  const fromKnownPull = (number: number | undefined) =>
    pulls === null || number === undefined || pulls.some((pull) => pull.number === number);

  for (const review of latestDecidingReviews(facts.reviews)) {
    const via = `review on #${review.pull_request}`;
    if (!fromKnownPull(review.pull_request)) {
      ignored.push({ user: review.user, via, why: `#${review.pull_request} did not bring this commit` });
    } else if (review.state === "DISMISSED") {
      ignored.push({ user: review.user, via, why: `${review.user}'s review was dismissed` });
    } else if (review.state === "CHANGES_REQUESTED") {
      ignored.push({ user: review.user, via, why: `${review.user}'s latest review requests changes` });
    } else if (review.submitted_at === null || Date.parse(review.submitted_at) > now) {
      ignored.push({ user: review.user, via, why: "it was submitted after this decision" });
    } else {
      candidates.push({ user: review.user, via, at: review.submitted_at });
    }
  }
  for (const command of approveCommands(facts.commands, facts.environment)) {
    const via = `/slipway approve${command.pull_request ? ` on #${command.pull_request}` : ""}`;
    if (!fromKnownPull(command.pull_request)) {
      ignored.push({ user: command.user, via, why: `#${command.pull_request} did not bring this commit` });
    } else if (Date.parse(command.at) > now) {
      ignored.push({ user: command.user, via, why: "it was made after this decision" });
    } else {
      candidates.push({ user: command.user, via, at: command.at });
    }
  }

  const counted: CountedApproval[] = [];
  for (const candidate of candidates) {
    if (counted.some((approval) => sameLogin(approval.user, candidate.user))) continue;
    const self = selfApprovalReason(policy, facts, candidate.user);
    if (self) {
      ignored.push({ ...candidate, why: self });
      continue;
    }
    const standing = approverStanding(policy.approvers, candidate.user, facts.teams);
    if (!standing.approver) {
      ignored.push({ ...candidate, why: standing.why });
      continue;
    }
    counted.push(candidate);
  }
  return { counted, ignored: dedupe(ignored) };
}

/** Approve commands for this environment (names compared as GitHub does: case-insensitively). */
export function approveCommands(
  commands: readonly ApproveCommandFact[],
  environment: string,
): ApproveCommandFact[] {
  return commands.filter((command) => command.environment.toLowerCase() === environment.toLowerCase());
}

/** Per pull request and reviewer, the latest submitted review that decides something. */
function latestDecidingReviews(reviews: readonly ReviewFact[]): ReviewFact[] {
  const latest = new Map<string, ReviewFact>();
  const deciding = reviews
    .flatMap((review, order) =>
      review.submitted_at === null ? [] : [{ review, order, at: review.submitted_at }],
    )
    .filter(({ review }) => ["APPROVED", "CHANGES_REQUESTED", "DISMISSED"].includes(review.state))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.order - b.order);
  for (const { review } of deciding)
    latest.set(`${review.pull_request}:${review.user.toLowerCase()}`, review);
  return [...latest.values()];
}

function teamMembers(teams: GateFacts["teams"], key: string): string[] | null {
  for (const [name, members] of Object.entries(teams)) {
    if (normaliseTeamName(name) === key) return members;
  }
  return null;
}

function dedupe(ignored: IgnoredApproval[]): IgnoredApproval[] {
  const seen = new Set<string>();
  return ignored.filter((entry) => {
    const key = `${entry.user.toLowerCase()}|${entry.via}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
