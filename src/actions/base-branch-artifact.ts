/** The base branch's latest slipway-report artifact as a model baseline, from the step's environment. */
import type { BaselineSource } from "../model/baseline/resolve-baseline.js";

export function baseBranchArtifact(
  branch: string,
  env: NodeJS.ProcessEnv,
  token: string,
  artifactName: string,
): Extract<BaselineSource, { kind: "artifact" }> | null {
  if (!token || !env.GITHUB_REPOSITORY) return null;
  return {
    kind: "artifact",
    query: {
      apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
      token,
      repository: env.GITHUB_REPOSITORY,
      branch,
      artifactName: artifactName || "slipway-report",
      ...(env.GITHUB_RUN_ID ? { currentRunId: Number(env.GITHUB_RUN_ID) } : {}),
    },
  };
}
