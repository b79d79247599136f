/** The id of the one living comment per pull request and workflow. */
import type { SqlDatabase } from "./sql-database.js";
import type { CommentStore } from "./store.js";

export function sqlComments(db: SqlDatabase): CommentStore {
  return {
    async commentId(repositoryId, pullNumber, workflowId) {
      const rows = await db.query(
        "SELECT comment_id FROM comments WHERE repository_id = $1 AND pull_number = $2 AND workflow_id = $3",
        [repositoryId, pullNumber, workflowId],
      );
      return rows[0] ? Number(rows[0].comment_id) : null;
    },

    async saveCommentId(repositoryId, pullNumber, workflowId, commentId) {
      await db.query(
        `INSERT INTO comments (repository_id, pull_number, workflow_id, comment_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (repository_id, pull_number, workflow_id) DO UPDATE SET comment_id = EXCLUDED.comment_id`,
        [repositoryId, pullNumber, workflowId, commentId],
      );
    },

    async forgetCommentId(repositoryId, pullNumber, workflowId) {
      await db.query(
        "DELETE FROM comments WHERE repository_id = $1 AND pull_number = $2 AND workflow_id = $3",
        [repositoryId, pullNumber, workflowId],
      );
    },
  };
}
