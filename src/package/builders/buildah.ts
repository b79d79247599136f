/**
 * buildah: builds without a daemon (`buildah bud`), runs the image with `buildah from` + `buildah
 * run`, pushes with `buildah push`. Isolation is chroot unless BUILDAH_ISOLATION says otherwise:
 * it needs no daemon, no user namespaces and no cgroups, so it works in CI containers and here.
 * Storage (driver and root) is buildah's own configuration: CONTAINERS_STORAGE_CONF and friends.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PackageError } from "../errors.js";
import { buildWithIidFile } from "./build-with-iidfile.js";
import {
  type Builder,
  type BuildRequest,
  type ImageFacts,
  isLoopbackRegistry,
  type RegistryCredentials,
  type RunningContainer,
  registryHost,
  tail,
} from "./builder.js";
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

/** `buildah push` / `podman push` arguments. */
export function pushArgs(
  image: string,
  reference: string,
  digestfile: string,
  authfile: string | null,
): string[] {
  return [
    "push",
    ...(isLoopbackRegistry(reference) ? ["--tls-verify=false"] : []),
    ...(authfile ? ["--authfile", authfile] : []),
    "--digestfile",
    digestfile,
    image,
    `docker://${reference}`,
  ];
}

/** An auth.json for one registry, so the password never appears in a process list. */
export function writeAuthFile(dir: string, reference: string, credentials: RegistryCredentials): string {
  const path = join(dir, "auth.json");
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64");
  writeFileSync(path, JSON.stringify({ auths: { [registryHost(reference)]: { auth } } }), { mode: 0o600 });
  return path;
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
        logs: async () => child.output(),
        stop: async () => {
          await child.stop();
          await buildah(["rm", name]);
        },
      };
      return container;
    },

    async push(image, reference, pushOptions) {
      const dir = mkdtempSync(join(tmpdir(), "slipway-push-"));
      try {
        const authfile = pushOptions.credentials
          ? writeAuthFile(dir, reference, pushOptions.credentials)
          : null;
        const digestfile = join(dir, "digest");
        const result = await buildah(pushArgs(image, reference, digestfile, authfile));
        if (result.code !== 0) {
          throw new PackageError(
            "push-refused",
            `${registryHost(reference)} refused the push of ${reference} (buildah push):\n${tail(result.output, 8)}`,
          );
        }
        return { digest: readFileSync(digestfile, "utf8").trim() };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
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
