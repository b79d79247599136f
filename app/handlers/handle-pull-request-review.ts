/**
 * pull_request_review.submitted / .dismissed: an approval came or went; decide the repository's
 * pending gates again (the engine finds which reviews belong to each gate's commit). Wiring only.
 */
import { reviewGate } from "../gate/review-gate.js";
import { defineHandler } from "./handler.js";

export const handlePullRequestReview = defineHandler({
  name: "gate-pull-request-review",
  events: ["pull_request_review.submitted", "pull_request_review.dismissed"],
  async handle(context, deps) {
    const pending = await deps.store.pendingGates({ repositoryId: context.payload.repository.id });
    for (const gate of pending) {
      const reviewed = await reviewGate(context.octokit, deps, gate, context.id);
      context.log.info(
        { delivery: context.id, gate: gate.id, state: reviewed.state },
        "gate decided again after a review",
      );
    }
  },
});
