/**
 * podman: builds like buildah (it is buildah underneath: `podman build --layers`), runs and
 * inspects like docker (`podman run -d -p`, `podman image inspect`), pushes like buildah
 * (`podman push --digestfile`, an auth file for credentials).
 */
import { buildWithIidFile, requestBuildArgs } from "./build-image.js";
import type { CliBuilderOptions } from "./buildah.js";
import type { Builder, BuildRequest } from "./builder.js";
import { dockerBuilder } from "./docker.js";
import { pushWithDigestFile } from "./push-with-digestfile.js";
import { runProcess } from "./run-process.js";

export function podmanBuildArgs(request: BuildRequest, iidfile: string): string[] {
  return ["build", "--layers", "--pull=missing", ...requestBuildArgs(request, iidfile)];
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

    push(image, reference, pushOptions) {
      return pushWithDigestFile("podman", run, env, { image, reference, options: pushOptions });
    },
  };
}
