/**
 * buildah: builds without a daemon (`buildah bud`), runs the image with `buildah from` + `buildah
 * run`, pushes with `buildah push`. Isolation is chroot unless BUILDAH_ISOLATION says otherwise:
 * it needs no daemon, no user namespaces and no cgroups, so it works in CI containers and here.
 * Storage (driver and root) is buildah's own configuration: CONTAINERS_STORAGE_CONF and friends.
 */
import { randomUUID } from "node:crypto";
import { PackageError } from "../errors.js";
import { buildWithIidFile, requestBuildArgs } from "./build-image.js";
import { type Builder, type BuildRequest, type ImageFacts, type RunningContainer, tail } from "./builder.js";
import { pushWithDigestFile } from "./push-with-digestfile.js";
import { type RunProcess, runProcess, type StartProcess, startProcess } from "./run-process.js";

export interface CliBuilderOptions {
  env: NodeJS.ProcessEnv;
  run?: RunProcess;
  start?: StartProcess;
}

/** `buildah bud` arguments for a request. */
export function buildahBuildArgs(request: BuildRequest, isolation: string, iidfile: string): string[] {
  return [
    "bud",
    "--isolation",
    isolation,
    // Cache every step (buildah's default is to squash), and reuse a base image that is present.
    "--layers",
    "--pull=false",
    ...requestBuildArgs(request, iidfile),
  ];
}

export function buildahBuilder(options: CliBuilderOptions): Builder {
  const run = options.run ?? runProcess;
  const start = options.start ?? startProcess;
  const env = options.env;
  const isolation = env.BUILDAH_ISOLATION || "chroot";
  const buildah = (args: string[], extra: { onOutput?: (text: string) => void } = {}) =>
    run("buildah", args, { env, ...extra });

  const builder: Builder = {
    name: "buildah",

    build(request) {
      return buildWithIidFile("buildah", (iidfile) =>
        buildah(buildahBuildArgs(request, isolation, iidfile), {
          ...(request.onOutput ? { onOutput: request.onOutput } : {}),
        }),
      );
    },

    async inspect(image) {
      const result = await buildah(["inspect", "--type", "image", image]);
      if (result.code !== 0) {
        throw new PackageError(
          "builder-failed",
          `buildah could not inspect ${image}:\n${tail(result.output)}`,
        );
      }
      return imageFactsFromBuildah(JSON.parse(result.stdout));
    },

    async start(image, startOptions) {
      const facts = await builder.inspect(image);
      const name = `slipway-smoke-${randomUUID().slice(0, 8)}`;
      const from = await buildah(["from", "--pull=never", "--name", name, image]);
      if (from.code !== 0) {
        throw new PackageError("builder-failed", `buildah could not start ${image}:\n${tail(from.output)}`);
      }
      const containerEnv = { ...startOptions.env, PORT: String(startOptions.port), HOST: "127.0.0.1" };
      // chroot isolation shares the host's network: the server listens on 127.0.0.1:<port>.
      const child = start(
        "buildah",
        [
          "run",
          "--isolation",
          isolation,
          ...Object.entries(containerEnv).flatMap(([key, value]) => ["--env", `${key}=${value}`]),
          name,
          "--",
          ...facts.command,
        ],
        { env },
      );
      const container: RunningContainer = {
        url: `http://127.0.0.1:${startOptions.port}`,
        exitCode: async () => child.exitCode(),
        stop: async () => {
          await child.stop();
          await buildah(["rm", name]);
          return child.output();
        },
      };
      return container;
    },

    push(image, reference, pushOptions) {
      return pushWithDigestFile("buildah", run, env, { image, reference, options: pushOptions });
    },
  };
  return builder;
}

interface BuildahInspect {
  FromImageID?: string;
  Manifest?: string;
  OCIv1?: {
    config?: {
      User?: string;
      Entrypoint?: string[] | null;
      Cmd?: string[] | null;
      Labels?: Record<string, string> | null;
    };
    history?: { created_by?: string; empty_layer?: boolean }[];
  };
}

/** Sizes come from the stored manifest, whose layers are uncompressed tars. */
export function imageFactsFromBuildah(inspect: BuildahInspect): ImageFacts {
  const manifest = JSON.parse(inspect.Manifest ?? "{}") as { layers?: { size?: number }[] };
  const sizes = (manifest.layers ?? []).map((layer) => layer.size ?? 0);
  const history = (inspect.OCIv1?.history ?? []).filter((entry) => !entry.empty_layer);
  const config = inspect.OCIv1?.config ?? {};
  return {
    id: `sha256:${inspect.FromImageID ?? ""}`,
    sizeBytes: sizes.reduce((sum, size) => sum + size, 0),
    layers: sizes.map((sizeBytes, index) => ({
      sizeBytes,
      createdBy: cleanCreatedBy(history[index]?.created_by ?? ""),
    })),
    labels: config.Labels ?? {},
    user: config.User ?? "",
    command: [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])],
  };
}

/** "/bin/sh -c #(nop) COPY dir:… in /opt/x" → "COPY dir:… in /opt/x". */
export function cleanCreatedBy(createdBy: string): string {
  return createdBy
    .replace(/^\/bin\/sh -c #\(nop\)\s*/, "")
    .replace(/^\/bin\/sh -c /, "RUN ")
    .trim();
}
