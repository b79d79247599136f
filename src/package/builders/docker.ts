/**
 * docker with buildx (GitHub's hosted runners): `docker buildx build --load`, `docker run`,
 * `docker push`. Registry credentials go to `docker login --password-stdin` in a throw-away
 * DOCKER_CONFIG, so the runner's own login is neither used nor changed.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PackageError } from "../errors.js";
import { buildWithIidFile, requestBuildArgs } from "./build-image.js";
import type { CliBuilderOptions } from "./buildah.js";
import { type Builder, type BuildRequest, type ImageFacts, registryHost, tail } from "./builder.js";
import { runProcess } from "./run-process.js";

export function dockerBuildArgs(request: BuildRequest, iidfile: string): string[] {
  return [
    "buildx",
    "build",
    // Into the local image store, so it can be run for the smoke test before any push.
    "--load",
    "--progress",
    "plain",
    ...requestBuildArgs(request, iidfile),
  ];
}

/** `docker run` / `podman run` arguments: detached, published on 127.0.0.1 only. */
export function runArgs(image: string, name: string, port: number, env: Record<string, string>): string[] {
  return [
    "run",
    "--detach",
    "--name",
    name,
    "--publish",
    `127.0.0.1:${port}:${port}`,
    ...Object.entries({ ...env, PORT: String(port) }).flatMap(([key, value]) => ["--env", `${key}=${value}`]),
    image,
  ];
}

/** docker push prints "<tag>: digest: sha256:… size: N". */
export function digestFromPushOutput(output: string): string | null {
  return /digest: (sha256:[0-9a-f]{64})/.exec(output)?.[1] ?? null;
}

export function dockerBuilder(options: CliBuilderOptions, binary: "docker" | "podman" = "docker"): Builder {
  const run = options.run ?? runProcess;
  const env = options.env;
  const tool = (
    args: string[],
    extra: { onOutput?: (text: string) => void; env?: NodeJS.ProcessEnv; input?: string } = {},
  ) =>
    run(binary, args, {
      env: extra.env ?? env,
      ...(extra.onOutput ? { onOutput: extra.onOutput } : {}),
      ...(extra.input !== undefined ? { input: extra.input } : {}),
    });

  const builder: Builder = {
    name: "docker",

    build(request) {
      return buildWithIidFile(binary, (iidfile) =>
        tool(dockerBuildArgs(request, iidfile), {
          ...(request.onOutput ? { onOutput: request.onOutput } : {}),
        }),
      );
    },

    async inspect(image) {
      const result = await tool(["image", "inspect", image]);
      const history = await tool(["history", "--no-trunc", "--human=false", "--format", "{{json .}}", image]);
      if (result.code !== 0 || history.code !== 0) {
        throw new PackageError(
          "builder-failed",
          `${binary} could not inspect ${image}:\n${tail(result.output + history.output)}`,
        );
      }
      return imageFactsFromDocker(JSON.parse(result.stdout)[0], history.stdout);
    },

    async start(image, startOptions) {
      const name = `slipway-smoke-${randomUUID().slice(0, 8)}`;
      const started = await tool(runArgs(image, name, startOptions.port, startOptions.env ?? {}));
      if (started.code !== 0) {
        throw new PackageError(
          "builder-failed",
          `${binary} could not start ${image}:\n${tail(started.output)}`,
        );
      }
      return {
        url: `http://127.0.0.1:${startOptions.port}`,
        async exitCode() {
          const state = await tool(["inspect", "--format", "{{.State.Running}} {{.State.ExitCode}}", name]);
          const [running, code] = state.stdout.trim().split(" ");
          return running === "false" ? Number(code) : undefined;
        },
        async stop() {
          await tool(["stop", "--time", "5", name]);
          const log = (await tool(["logs", name])).output;
          await tool(["rm", "--force", name]);
          return log;
        },
      };
    },

    async push(image, reference, pushOptions) {
      const config = mkdtempSync(join(tmpdir(), "slipway-docker-config-"));
      const pushEnv = pushOptions.credentials ? { ...env, DOCKER_CONFIG: config } : env;
      try {
        if (pushOptions.credentials) {
          const login = await tool(
            [
              "login",
              registryHost(reference),
              "--username",
              pushOptions.credentials.username,
              "--password-stdin",
            ],
            { env: pushEnv, input: pushOptions.credentials.password },
          );
          if (login.code !== 0) {
            throw new PackageError(
              "push-refused",
              `${registryHost(reference)} refused the login:\n${tail(login.output, 8)}`,
            );
          }
        }
        if (image !== reference) await tool(["tag", image, reference]);
        const result = await tool(["push", reference], { env: pushEnv });
        const digest = digestFromPushOutput(result.output);
        if (result.code !== 0 || !digest) {
          throw new PackageError(
            "push-refused",
            `${registryHost(reference)} refused the push of ${reference} (${binary} push):\n${tail(result.output, 8)}`,
          );
        }
        return { digest };
      } finally {
        rmSync(config, { recursive: true, force: true });
      }
    },
  };
  return builder;
}

interface DockerInspect {
  Id?: string;
  Size?: number;
  Config?: {
    User?: string;
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    Labels?: Record<string, string> | null;
  };
}

/** `docker image inspect` plus `docker history --format '{{json .}}'` (newest layer first). */
export function imageFactsFromDocker(inspect: DockerInspect, historyLines: string): ImageFacts {
  const history = historyLines
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { CreatedBy?: string; Size?: string | number })
    .reverse()
    .map((entry) => ({
      sizeBytes: Number(entry.Size ?? 0),
      createdBy: (entry.CreatedBy ?? "").replace(/^\/bin\/sh -c #\(nop\)\s*/, ""),
    }))
    // Metadata-only steps (ENV, USER, CMD…) have no filesystem layer.
    .filter((layer) => layer.sizeBytes > 0 || /^(COPY|ADD|RUN)\b/.test(layer.createdBy));
  const config = inspect.Config ?? {};
  return {
    id: inspect.Id ?? "",
    sizeBytes: inspect.Size ?? history.reduce((sum, layer) => sum + layer.sizeBytes, 0),
    layers: history,
    labels: config.Labels ?? {},
    user: config.User ?? "",
    command: [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])],
  };
}
