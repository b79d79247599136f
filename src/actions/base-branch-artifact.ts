/** The base branch's latest slipway-report artifact as a model baseline, from the step's environment. */
import type { BaseBranchReport } from "../model/baseline/choose-baseline.js";

/** Null when the run is not a pull request (no base branch); the report is null without a token to read it. */
export function baseBranchReport(
  branch: string | undefined,
  env: NodeJS.ProcessEnv,
  token: string,
  artifactName: string,
): BaseBranchReport | null {
  if (!branch) return null;
  if (!token || !env.GITHUB_REPOSITORY) return { branch, report: null };
  return {
    branch,
    report: {
      kind: "artifact",
      query: {
        apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
        token,
        repository: env.GITHUB_REPOSITORY,
        branch,
        artifactName: artifactName || "slipway-report",
        ...(env.GITHUB_RUN_ID ? { currentRunId: Number(env.GITHUB_RUN_ID) } : {}),
      },
    },
  };
}
