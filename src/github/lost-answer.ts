/**
 * A write whose answer was lost: GitHub answered 5xx (GitHubClient reports a connection that failed
 * before any answer as a 500 too). The write may have happened, so it is never simply sent again:
 * the caller looks for what it wrote (its marker, its external_id) first. A 4xx is GitHub's
 * refusal and is thrown on, as is anything that is not an HTTP error.
 */
export function isLostAnswer(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status >= 500;
}
