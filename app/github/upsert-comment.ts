/**
 * One living comment per pull request and workflow, edited in place. Under the store's lock for
 * that pull request and workflow (two deliveries at once must not both create one): the stored
 * comment id is edited — one API call when the store is warm; without one (a fresh store, or the
 * comment was deleted), the pull request's comments are searched for the hidden marker written by
 * the app's own login (anyone can paste a marker), else a new comment is created.
 */
import type { Store } from "../store/store.js";
import type { Octokit } from "./list-report-artifacts.js";

export interface CommentTarget {
  owner: string;
  repo: string;
  repositoryId: number;
  pullNumber: number;
  workflowId: number;
}

export function commentMarker(workflowId: number): string {
  return `<!-- slipway:comment workflow=${workflowId} -->`;
}

export async function upsertComment(
  octokit: Octokit,
  store: Store,
  target: CommentTarget,
  body: string,
  appLogin: () => Promise<string>,
): Promise<{ id: number; action: "updated" | "created" }> {
  const { owner, repo, repositoryId, pullNumber, workflowId } = target;
  return store.withLock(`comment:${repositoryId}:${pullNumber}:${workflowId}`, async () => {
    const known = await store.commentId(repositoryId, pullNumber, workflowId);
    if (known !== null) {
      const updated = await updateComment(octokit, { owner, repo, id: known }, body);
      if (updated) return { id: known, action: "updated" as const };
      await store.forgetCommentId(repositoryId, pullNumber, workflowId);
    }
    const marker = commentMarker(workflowId);
    const login = await appLogin();
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pullNumber,
      per_page: 100,
    })) {
      const mine = page.data.find(
        (comment) => comment.user?.login === login && comment.body?.startsWith(marker),
      );
      if (mine && (await updateComment(octokit, { owner, repo, id: mine.id }, body))) {
        await store.saveCommentId(repositoryId, pullNumber, workflowId, mine.id);
        return { id: mine.id, action: "updated" as const };
      }
    }
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: pullNumber, body });
    await store.saveCommentId(repositoryId, pullNumber, workflowId, created.data.id);
    return { id: created.data.id, action: "created" as const };
  });
}

/** False when the comment is gone (deleted by someone); other failures are thrown. */
async function updateComment(
  octokit: Octokit,
  where: { owner: string; repo: string; id: number },
  body: string,
): Promise<boolean> {
  try {
    await octokit.rest.issues.updateComment({
      owner: where.owner,
      repo: where.repo,
      comment_id: where.id,
      body,
    });
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}
