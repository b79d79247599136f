/** The report's commit, ref, repository and run, from the variables GitHub sets for every step. */
import type { ReportMeta } from "../report/merge-report.js";

export function reportMetaFromEnv(env: NodeJS.ProcessEnv): Partial<ReportMeta> {
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runId = Number(env.GITHUB_RUN_ID);
  return {
    ...(env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {}),
    ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(Number.isFinite(runId) && runId > 0
      ? {
          run: {
            id: runId,
            attempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
            workflow: env.GITHUB_WORKFLOW ?? "",
            url: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${runId}`,
          },
        }
      : {}),
  };
}
