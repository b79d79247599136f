/**
 * The pull-request comment for one run's report, made by the app's own commentInput and renderer:
 * the same primary metric and directions from the config, the config's warnings as notices, no
 * stored base-branch report and no trend (those live in the app's store), so the model is compared
 * with the run's own baseline — as the app does for a pull request whose base branch has no stored
 * report yet.
 */
import type { Config } from "../config/schema.js";
import { commentInput } from "../report/comment-input.js";
import type { CommentInput } from "../report/markdown/comment-types.js";
import { renderComment } from "../report/markdown/render-comment.js";
import type { Report } from "../report/types.js";

export interface LocalCommentOptions {
  report: Report;
  config: Config;
  /** The config's warnings (the app shows its config problems as notices). */
  warnings: readonly string[];
  /** The workflow's name; a local run has none. */
  workflow?: string;
  /** The variant (the `slipway-report-<variant>` artifact's suffix), or null. */
  variant?: string | null;
  /** The pull request's base branch, in a pull-request run. */
  baseRef?: string | null;
}

export const LOCAL_WORKFLOW = "slipway run";

export function localCommentInput(options: LocalCommentOptions): CommentInput {
  const { report } = options;
  return commentInput({
    workflow: options.workflow ?? report.run?.workflow ?? LOCAL_WORKFLOW,
    run: report.run
      ? { url: report.run.url, id: report.run.id, attempt: report.run.attempt }
      : { url: "", id: 0, attempt: 1 },
    headSha: report.commit ?? "working tree",
    heads: [{ variant: options.variant ?? "", report }],
    unreadable: [],
    pull: options.baseRef ? { number: null, baseRef: options.baseRef, baseSha: null } : null,
    bases: [],
    history: [],
    config: options.config,
    notices: [...options.warnings],
  });
}

export function renderLocalComment(options: LocalCommentOptions): string {
  return renderComment(localCommentInput(options));
}
