/**
 * buildah and podman both write the built image's id to an --iidfile: run the build with one in a
 * temporary folder, turn a failed build into one PackageError with the builder's last lines, and
 * read the id back (always as "sha256:…").
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PackageError } from "../errors.js";
import { type BuildResult, tail } from "./builder.js";
import type { ProcessResult } from "./run-process.js";

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
    const id = readFileSync(iidfile, "utf8").trim();
    return { imageId: id.startsWith("sha256:") ? id : `sha256:${id}`, output: result.output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
