/**
 * Downloads an artifact's zip, never more than the limit: the size GitHub reports is checked
 * before, and the bytes are counted while streaming (the report of a size can lie; the stream
 * cannot), so a huge artifact is refused without being held in memory.
 */
import { InputError } from "../../src/errors.js";
import type { ArtifactLimits } from "./artifact-limits.js";
import type { Octokit, ReportArtifact } from "./list-report-artifacts.js";

export async function downloadArtifact(
  octokit: Octokit,
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
      // The body as a stream, so it can be counted and cut off (GitHub answers with a redirect to storage).
      request: { parseSuccessResponseBody: false },
    },
  );
  const body = response.data as unknown as ReadableStream<Uint8Array> | null;
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
