/**
 * The seam between packaging and a container tool. One adapter per tool (docker buildx, buildah,
 * podman); packaging never calls a tool directly, so the same plan builds, runs and pushes with
 * whichever the machine has.
 */
export type BuilderName = "docker" | "buildah" | "podman";

export const BUILDER_NAMES: readonly BuilderName[] = ["docker", "buildah", "podman"];

export interface BuildRequest {
  contextDir: string;
  dockerfile: string;
  /** Full references image:tag. */
  tags: readonly string[];
  labels: Readonly<Record<string, string>>;
  /** Ignore cached layers (a cold build). */
  noCache?: boolean;
  onOutput?: (text: string) => void;
}

export interface BuildResult {
  /** The built image's ID (sha256:…). */
  imageId: string;
  output: string;
}

export interface ImageLayer {
  sizeBytes: number;
  createdBy: string;
}

export interface ImageFacts {
  id: string;
  /** Uncompressed size, as `docker image ls` shows it. */
  sizeBytes: number;
  /** Filesystem layers, base first. */
  layers: ImageLayer[];
  labels: Record<string, string>;
  user: string;
  /** Entrypoint followed by Cmd. */
  command: string[];
}

export interface StartOptions {
  /** Host port the container must answer on (127.0.0.1 only); passed to it as PORT. */
  port: number;
  env?: Record<string, string>;
}

export interface RunningContainer {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** The exit code once it ended, else undefined. */
  exitCode(): Promise<number | null | undefined>;
  /**
   * Stops it, removes it, and returns its whole log. The log is read after the process ended: a
   * line the server wrote just before (the last request's) is in it, and gone once it is removed.
   */
  stop(): Promise<string>;
}

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface PushOptions {
  credentials?: RegistryCredentials | null;
}

export interface Builder {
  readonly name: BuilderName;
  /** Throws PackageError("build-failed") with the builder's output. */
  build(request: BuildRequest): Promise<BuildResult>;
  inspect(image: string): Promise<ImageFacts>;
  start(image: string, options: StartOptions): Promise<RunningContainer>;
  /** Pushes the local image under `reference`; returns the manifest digest the registry stored. */
  push(image: string, reference: string, options: PushOptions): Promise<{ digest: string }>;
}

/** The registry host of a reference (docker.io when the first component is not a host). */
export function registryHost(reference: string): string {
  const slash = reference.indexOf("/");
  if (slash === -1) return "docker.io";
  const first = reference.slice(0, slash);
  return first.includes(".") || first.includes(":") || first === "localhost" ? first : "docker.io";
}

/**
 * Registries on the loopback address are spoken to over plain HTTP, as the Docker daemon does by
 * default (127.0.0.0/8 is an insecure registry there); everything else needs TLS.
 */
export function isLoopbackRegistry(reference: string): boolean {
  const host = registryHost(reference).replace(/:\d+$/, "");
  return host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]";
}

/** The last lines of a tool's output: what to show a person when it failed. */
export function tail(text: string, lines = 25): string {
  const all = text.trimEnd().split("\n");
  return (all.length > lines ? ["…", ...all.slice(-lines)] : all).join("\n");
}
