/**
 * What the three tools' builds share: the same request flags after each tool's own (cache,
 * --iidfile, Dockerfile, labels, tags, context), and the image id read back from the --iidfile in
 * a temporary folder, with a failed build turned into one PackageError with the tool's last lines.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PackageError } from "../errors.js";
import { type BuildRequest, type BuildResult, tail } from "./builder.js";
import type { ProcessResult } from "./run-process.js";

/** The build arguments docker buildx, buildah bud and podman build spell alike, ending with the context. */
export function requestBuildArgs(request: BuildRequest, iidfile: string): string[] {
  return [
    ...(request.noCache ? ["--no-cache"] : []),
    "--iidfile",
    iidfile,
    "-f",
    request.dockerfile,
    ...Object.entries(request.labels).flatMap(([key, value]) => ["--label", `${key}=${value}`]),
    ...request.tags.flatMap((tag) => ["-t", tag]),
    request.contextDir,
  ];
}

export async function buildWithIidFile(
  tool: string,
  build: (iidfile: string) => Promise<ProcessResult>,
): Promise<BuildResult> {
  const dir = mkdtempSync(join(tmpdir(), `slipway-${tool}-`));
  try {
    const iidfile = join(dir, "iid");
    const result = await build(iidfile);
    if (result.code !== 0) {
      throw new PackageError(
        "build-failed",
        `${tool} could not build the image:\n${tail(result.output)}`,
        undefined,
        {
          output: result.output,
        },
      );
    }
    // buildah and podman write the bare hex; docker writes "sha256:…".
    const id = readFileSync(iidfile, "utf8").trim();
    return { imageId: id.startsWith("sha256:") ? id : `sha256:${id}`, output: result.output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
