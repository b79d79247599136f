/**
 * One living comment per pull request and workflow, edited in place — the app's and the actions'
 * (token mode) alike, found by the same hidden marker. Under the memo's lock for that pull request
 * and workflow (two writers at once must not both create one): a remembered comment id is edited —
 * one API call when the app's store is warm; without one (the actions remember nothing, a fresh
 * store, a deleted comment), the pull request's comments are searched for the marker written by the
 * writer's own login (anyone can paste a marker), else a new comment is created. A create whose
 * answer was lost (GitHub made the comment, then answered 502) is never sent again blindly: the
 * marker is looked for first, so a retried write cannot post a second comment.
 */
import type { GitHubClient } from "./client.js";
import { isLostAnswer } from "./lost-answer.js";

export interface CommentTarget {
  owner: string;
  repo: string;
  repositoryId: number;
  pullNumber: number;
  workflowId: number;
}

/** Where comment ids are remembered and writers serialised (the app's store); NO_MEMO for a one-off writer. */
export interface CommentMemo {
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  commentId(repositoryId: number, pullNumber: number, workflowId: number): Promise<number | null>;
  saveCommentId(
    repositoryId: number,
    pullNumber: number,
    workflowId: number,
    commentId: number,
  ): Promise<void>;
  forgetCommentId(repositoryId: number, pullNumber: number, workflowId: number): Promise<void>;
}

export const NO_MEMO: CommentMemo = {
  withLock: (_key, fn) => fn(),
  commentId: async () => null,
  saveCommentId: async () => {},
  forgetCommentId: async () => {},
};

export function commentMarker(workflowId: number): string {
  return `<!-- slipway:comment workflow=${workflowId} -->`;
}

export interface MarkedComment {
  id: number;
  login: string;
  body: string;
}

export async function upsertComment(
  client: GitHubClient,
  memo: CommentMemo,
  target: CommentTarget,
  body: string,
  author: () => Promise<string>,
): Promise<{ id: number; action: "updated" | "created" }> {
  const { owner, repo, repositoryId, pullNumber, workflowId } = target;
  return memo.withLock(`comment:${repositoryId}:${pullNumber}:${workflowId}`, async () => {
    const known = await memo.commentId(repositoryId, pullNumber, workflowId);
    if (known !== null) {
      const updated = await updateComment(client, { owner, repo, id: known }, body);
      if (updated) return { id: known, action: "updated" as const };
      await memo.forgetCommentId(repositoryId, pullNumber, workflowId);
    }
    const marker = commentMarker(workflowId);
    const login = await author();
    for (let tries = 1; ; tries++) {
      const mine = (await markedComments(client, { owner, repo, pullNumber }, marker)).filter(
        (comment) => comment.login === login,
      );
      for (const { id } of mine) {
        if (await updateComment(client, { owner, repo, id }, body)) {
          await memo.saveCommentId(repositoryId, pullNumber, workflowId, id);
          return { id, action: "updated" as const };
        }
      }
      try {
        const created = await client.rest.issues.createComment({
          owner,
          repo,
          issue_number: pullNumber,
          body,
        });
        await memo.saveCommentId(repositoryId, pullNumber, workflowId, created.data.id);
        return { id: created.data.id, action: "created" as const };
      } catch (error) {
        if (tries >= 3 || !isLostAnswer(error)) throw error;
      }
    }
  });
}

/** The comments on the pull request that start with the marker, oldest first, with their authors. */
export async function markedComments(
  client: GitHubClient,
  where: { owner: string; repo: string; pullNumber: number },
  marker: string,
): Promise<MarkedComment[]> {
  const found: MarkedComment[] = [];
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner: where.owner,
    repo: where.repo,
    issue_number: where.pullNumber,
    per_page: 100,
  })) {
    for (const comment of page.data)
      if (comment.user && comment.body?.startsWith(marker))
        found.push({ id: comment.id, login: comment.user.login, body: comment.body });
  }
  return found;
}

/** False when the comment is gone (deleted by someone); other failures are thrown. */
async function updateComment(
  client: GitHubClient,
  where: { owner: string; repo: string; id: number },
  body: string,
): Promise<boolean> {
  try {
    await client.rest.issues.updateComment({
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
