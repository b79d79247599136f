/** Decides a repository's pending gates again after something changed (a review, an approval withdrawn). */
import type { AppDeps } from "../deps.js";
import type { Octokit } from "../github/app-octokit.js";
import { reviewGate } from "./review-gate.js";

export async function decidePendingGates(
  octokit: Octokit,
  deps: AppDeps,
  where: { repositoryId: number; deliveryId: string; log: { info(obj: object, msg: string): void } },
  why: string,
): Promise<void> {
  const pending = await deps.store.pendingGates({ repositoryId: where.repositoryId });
  for (const gate of pending) {
    const reviewed = await reviewGate(octokit, deps, gate, where.deliveryId);
    where.log.info(
      { delivery: where.deliveryId, gate: gate.id, state: reviewed.state },
      `gate decided again ${why}`,
    );
  }
}
