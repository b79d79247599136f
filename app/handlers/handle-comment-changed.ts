/**
 * issue_comment.edited / .deleted on a pull request: an edit never adds an approval, and an edit
 * that changes a `/slipway approve` command — or deleting it — withdraws the approval for good
 * (anyone with write access can edit anyone's comment). Withdrawn even when the edit is delivered
 * before the comment's creation, so the late creation is not counted either. Then the repository's
 * pending gates are decided again, so their status says so. Wiring only.
 */
import { approvedEnvironment, editWithdraws } from "../gate/approval-events.js";
import { decidePendingGates } from "../gate/decide-pending-gates.js";
import { defineHandler } from "./handler.js";

export const handleCommentChanged = defineHandler({
  name: "gate-comment-changed",
  events: ["issue_comment.edited", "issue_comment.deleted"],
  async handle(context, deps) {
    const { comment, issue, repository, sender } = context.payload;
    if (!issue.pull_request) return;
    let why: string | null = null;
    if (context.payload.action === "deleted") {
      if (approvedEnvironment(comment.body) !== null) why = `deleted by ${sender.login}`;
    } else {
      const before = context.payload.changes.body?.from;
      if (before !== undefined && editWithdraws(before, comment.body)) why = `edited by ${sender.login}`;
    }
    if (why === null) return;
    const at = deps.now();
    await deps.store.withdrawApproval(
      { repositoryId: repository.id, pullNumber: issue.number, source: "comment", sourceId: comment.id },
      `${why} at ${at.toISOString()}`,
      at,
    );
    context.log.info({ delivery: context.id, comment: comment.id }, `approval withdrawn: ${why}`);
    await decidePendingGates(
      context.octokit,
      deps,
      { repositoryId: repository.id, deliveryId: context.id, log: context.log },
      "after an approval was withdrawn",
    );
  },
});
