/** What the app keeps with a pending gate to decide it again later (another delivery, the sweep, a restart). */
export interface GateContext {
  owner: string;
  repo: string;
  defaultBranch: string;
  /** Full ref (refs/heads/…, refs/tags/…) or, when it could not be told, the webhook's bare ref. */
  ref: string;
  deployer: string | null;
  /** The workflow run whose job waits: the callback's run id. */
  runId: number;
}

export function gateContextOf(raw: Record<string, unknown>): GateContext {
  return raw as unknown as GateContext;
}

/** `/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule`, from the callback URL. */
export function runIdOfCallback(url: string): number | null {
  const match = /\/actions\/runs\/(\d+)\/deployment_protection_rule$/.exec(new URL(url).pathname);
  return match ? Number(match[1]) : null;
}

export function gateMarker(deploymentId: number, environment: string): string {
  return `<!-- slipway:gate deployment=${deploymentId} environment=${encodeURIComponent(environment)} -->`;
}
