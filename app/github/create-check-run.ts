/** The "Slipway" check run on the run's head commit: the verdict, the same summary as the comment, annotations. */
import type { CommentVerdict } from "../../src/report/markdown/render-comment.js";
import type { CheckAnnotation } from "../report/check-annotations.js";
import type { Octokit } from "./list-report-artifacts.js";

export const CHECK_NAME = "Slipway";

export async function createCheckRun(
  octokit: Octokit,
  check: {
    owner: string;
    repo: string;
    headSha: string;
    verdict: CommentVerdict;
    summary: string;
    annotations: CheckAnnotation[];
    detailsUrl: string;
    externalId: string;
    completedAt: Date;
  },
): Promise<number> {
  const response = await octokit.rest.checks.create({
    owner: check.owner,
    repo: check.repo,
    name: CHECK_NAME,
    head_sha: check.headSha,
    status: "completed",
    conclusion: check.verdict.conclusion,
    completed_at: check.completedAt.toISOString(),
    external_id: check.externalId,
    ...(/^https?:\/\//.test(check.detailsUrl) ? { details_url: check.detailsUrl } : {}),
    output: {
      title: check.verdict.title.slice(0, 255),
      summary: check.summary,
      ...(check.annotations.length > 0 ? { annotations: check.annotations } : {}),
    },
  });
  return response.data.id;
}
