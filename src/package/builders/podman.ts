/**
 * podman: builds like buildah (it is buildah underneath: `podman build --layers`), runs and
 * inspects like docker (`podman run -d -p`, `podman image inspect`), pushes like buildah
 * (`podman push --digestfile`, an auth file for credentials).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PackageError } from "../errors.js";
import { buildWithIidFile } from "./build-with-iidfile.js";
import { type CliBuilderOptions, pushArgs, writeAuthFile } from "./buildah.js";
import { type Builder, type BuildRequest, registryHost, tail } from "./builder.js";
import { dockerBuilder } from "./docker.js";
import { runProcess } from "./run-process.js";

export function podmanBuildArgs(request: BuildRequest, iidfile: string): string[] {
  return [
    "build",
    "--layers",
    "--pull=missing",
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

export function podmanBuilder(options: CliBuilderOptions): Builder {
  const run = options.run ?? runProcess;
  const env = options.env;
  const dockerLike = dockerBuilder(options, "podman");
  return {
    ...dockerLike,
    name: "podman",

    build(request) {
      return buildWithIidFile("podman", (iidfile) =>
        run("podman", podmanBuildArgs(request, iidfile), {
          env,
          ...(request.onOutput ? { onOutput: request.onOutput } : {}),
        }),
      );
    },

    async push(image, reference, pushOptions) {
      const dir = mkdtempSync(join(tmpdir(), "slipway-push-"));
      try {
        const authfile = pushOptions.credentials
          ? writeAuthFile(dir, reference, pushOptions.credentials)
          : null;
        const digestfile = join(dir, "digest");
        const result = await run("podman", pushArgs(image, reference, digestfile, authfile), { env });
        if (result.code !== 0) {
          throw new PackageError(
            "push-refused",
            `${registryHost(reference)} refused the push of ${reference} (podman push):\n${tail(result.output, 8)}`,
          );
        }
        return { digest: readFileSync(digestfile, "utf8").trim() };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
