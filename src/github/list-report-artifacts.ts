/** The report artifacts of a workflow run: `slipway-report`, or `slipway-report-<variant>` per variant. */
import type { GitHubClient } from "./client.js";

export interface ReportArtifact {
  id: number;
  name: string;
  /** "" for plain `slipway-report`. */
  variant: string;
  sizeInBytes: number;
  expired: boolean;
}

const REPORT_ARTIFACT = /^slipway-report(?:-(.+))?$/;

export function reportVariant(name: string): string | null {
  const match = REPORT_ARTIFACT.exec(name);
  return match ? (match[1] ?? "") : null;
}

export async function listReportArtifacts(
  octokit: GitHubClient,
  where: { owner: string; repo: string; runId: number },
): Promise<ReportArtifact[]> {
  const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    owner: where.owner,
    repo: where.repo,
    run_id: where.runId,
    per_page: 100,
  });
  const reports: ReportArtifact[] = [];
  for (const artifact of artifacts) {
    const variant = reportVariant(artifact.name);
    if (variant === null) continue;
    reports.push({
      id: artifact.id,
      name: artifact.name,
      variant,
      sizeInBytes: artifact.size_in_bytes,
      expired: artifact.expired,
    });
  }
  return reports.sort((a, b) => a.variant.localeCompare(b.variant));
}
