/**
 * One living comment per pull request and workflow, edited in place. Under the store's lock for
 * that pull request and workflow (two deliveries at once must not both create one): the stored
 * comment id is edited — one API call when the store is warm; without one (a fresh store, or the
 * comment was deleted), the pull request's comments are searched for the hidden marker written by
 * the app's own login (anyone can paste a marker), else a new comment is created. A create whose
 * answer was lost (GitHub made the comment, then answered 502) is never sent again blindly: the
 * marker is looked for first, so a retried write cannot post a second comment.
 */
import type { Store } from "../store/store.js";
import type { Octokit } from "./list-report-artifacts.js";
import { isLostAnswer } from "./lost-answer.js";

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
    for (let tries = 1; ; tries++) {
      for (const id of await markedComments(octokit, { owner, repo, pullNumber }, marker, login)) {
        if (await updateComment(octokit, { owner, repo, id }, body)) {
          await store.saveCommentId(repositoryId, pullNumber, workflowId, id);
          return { id, action: "updated" as const };
        }
      }
      try {
        const created = await octokit.rest.issues.createComment({
          owner,
          repo,
          issue_number: pullNumber,
          body,
        });
        await store.saveCommentId(repositoryId, pullNumber, workflowId, created.data.id);
        return { id: created.data.id, action: "created" as const };
      } catch (error) {
        if (tries >= 3 || !isLostAnswer(error)) throw error;
      }
    }
  });
}

/** The ids of the comments on the pull request that the app wrote and that start with the marker. */
async function markedComments(
  octokit: Octokit,
  where: { owner: string; repo: string; pullNumber: number },
  marker: string,
  login: string,
): Promise<number[]> {
  const ids: number[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: where.owner,
    repo: where.repo,
    issue_number: where.pullNumber,
    per_page: 100,
  })) {
    for (const comment of page.data)
      if (comment.user?.login === login && comment.body?.startsWith(marker)) ids.push(comment.id);
  }
  return ids;
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
