/**
 * pull_request_review.submitted / .dismissed: an approval came or went. An approving review is
 * recorded as an approval event (author, time), a dismissal withdraws it; the engine reads the
 * reviews themselves from GitHub (see app/gate/approval-events.ts for why). Then the repository's
 * pending gates are decided again. Wiring only.
 */
import { decidePendingGates } from "../gate/decide-pending-gates.js";
import { defineHandler } from "./handler.js";

export const handlePullRequestReview = defineHandler({
  name: "gate-pull-request-review",
  events: ["pull_request_review.submitted", "pull_request_review.dismissed"],
  async handle(context, deps) {
    const { review, pull_request: pull, repository } = context.payload;
    const where = {
      repositoryId: repository.id,
      pullNumber: pull.number,
      source: "review" as const,
      sourceId: review.id,
    };
    if (context.payload.action === "dismissed") {
      await deps.store.withdrawApproval(where, `dismissed by ${context.payload.sender.login}`, deps.now());
    } else if (review.state.toLowerCase() === "approved" && review.user) {
      await deps.store.recordApproval({
        ...where,
        login: review.user.login,
        environment: null,
        url: review.html_url,
        at: new Date(review.submitted_at ?? deps.now()),
        receivedAt: deps.now(),
        deliveryId: context.id,
      });
    }
    await decidePendingGates(
      context.octokit,
      deps,
      { repositoryId: repository.id, deliveryId: context.id, log: context.log },
      "after a review",
    );
  },
});
