/**
 * Downloads an artifact's zip, never more than the limit: the size GitHub reports is checked
 * before, and the bytes are counted while streaming (the report of a size can lie; the stream
 * cannot), so a huge artifact is refused without being held in memory. GitHub answers with a
 * redirect to short-lived storage; it is followed here, without the token (the storage URL is
 * signed), rather than left to fetch, which keeps the token on a same-host redirect.
 */
import { InputError } from "../errors.js";
import type { ArtifactLimits } from "./artifact-limits.js";
import type { GitHubClient } from "./client.js";
import type { ReportArtifact } from "./list-report-artifacts.js";

export async function downloadArtifact(
  octokit: GitHubClient,
  where: { owner: string; repo: string; artifact: ReportArtifact },
  limits: Pick<ArtifactLimits, "maxZipBytes">,
): Promise<Buffer> {
  const { artifact } = where;
  const tooBig = (size: string) =>
    new InputError(
      artifact.name,
      `the artifact is ${size}; the Slipway app reads report artifacts up to ${limits.maxZipBytes} bytes. ` +
        "Upload only slipway-report.json in it.",
    );
  if (artifact.sizeInBytes > limits.maxZipBytes) throw tooBig(`${artifact.sizeInBytes} bytes`);
  const response = await octokit.request(
    "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
    {
      owner: where.owner,
      repo: where.repo,
      artifact_id: artifact.id,
      archive_format: "zip",
      // The redirect is taken by hand; the body as a stream, so it can be counted and cut off.
      request: { redirect: "manual", parseSuccessResponseBody: false },
    },
  );
  let body = response.data as unknown as ReadableStream<Uint8Array> | null;
  const location = (response.headers as Record<string, string | undefined>).location;
  if ((response.status as number) >= 300 && (response.status as number) < 400) {
    await body?.cancel().catch(() => {});
    if (!location) throw new InputError(artifact.name, "GitHub redirected the download without a Location.");
    const stored = await fetch(location, { headers: { "user-agent": "slipway" } });
    if (!stored.ok) {
      await stored.body?.cancel().catch(() => {});
      throw Object.assign(new Error(`artifact storage answered ${stored.status} for ${artifact.name}`), {
        status: stored.status >= 500 ? stored.status : 502,
      });
    }
    body = stored.body;
  }
  if (!body) throw new InputError(artifact.name, "GitHub sent an empty download for the artifact.");
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limits.maxZipBytes) {
      await reader.cancel().catch(() => {});
      throw tooBig(`more than ${limits.maxZipBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
