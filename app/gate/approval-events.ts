/**
 * Approvals are events, not current text. A `/slipway approve <environment>` comment counts from
 * the moment the app received it (issue_comment.created), as the store recorded it: author, time,
 * environment. Anyone with write access can edit anyone's comment, so an edit never adds an
 * approval, and an edit that changes the command — or a deletion — withdraws it for good. The gate
 * reads comment approvals from these records, never from the comments' text today.
 *
 * Reviews are read from GitHub (pulls.listReviews): a review's state and submission time cannot be
 * edited, only dismissed (which GitHub shows as DISMISSED), so GitHub's list already is the list of
 * events. The app records approving reviews too, for the audit trail.
 */

import { parseCommand } from "../../src/gate/parse-command.js";
import type { Answer, IssueComment } from "../../src/github/gate-github.js";
import type { Store } from "../store/store.js";

/** The environment a comment's text approves, or null. */
export function approvedEnvironment(body: string | null | undefined): string | null {
  const command = parseCommand(body ?? "");
  return command?.kind === "approve" ? command.environment : null;
}

/** Whether an edit from `before` to `after` withdraws an approval: it did approve, and no longer approves the same. */
export function editWithdraws(before: string | null | undefined, after: string | null | undefined): boolean {
  const was = approvedEnvironment(before);
  if (was === null) return false;
  return approvedEnvironment(after)?.toLowerCase() !== was.toLowerCase();
}

/**
 * The comment approvals of a pull request as the gate engine reads comments: one
 * `/slipway approve <environment>` per recorded, standing approval, at the time it was made.
 */
export async function recordedCommandComments(
  store: Store,
  repositoryId: number,
  pull: number,
): Promise<Answer<IssueComment[]>> {
  try {
    const approvals = await store.approvals(repositoryId, pull, { source: "comment" });
    return {
      ok: true,
      value: approvals.map((approval) => ({
        user: approval.login,
        body: `/slipway approve ${approval.environment}`,
        at: approval.at.toISOString(),
        url: approval.url ?? "",
      })),
    };
  } catch (error) {
    return {
      ok: false,
      status: null,
      reason: `the approvals recorded for #${pull} could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}
