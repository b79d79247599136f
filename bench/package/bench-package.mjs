#!/usr/bin/env node
// Benchmark: the image `slipway package` builds for the example model against a naive
// single-stage Dockerfile of the same model, side by side in one run, with the same builder
// (buildah, the storage and base images of .ci/setup-containers). For each: a cold build (no
// cached layers), then warm builds after only the weights changed (the model retrained with
// another seed). Prints median build seconds, image size and the ratios.
//
// Usage: node bench/package/bench-package.mjs [repeats]   (default 3)
// Needs: bash .ci/setup-containers (buildah, base images); Debian's python3-sklearn (.ci/setup).
// The naive image starts from the build image (Python with compilers, like python:3.12) and copies
// the whole repository before installing requirements — the Dockerfile most teams start with.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const repeats = Number(process.argv[2] ?? 3);
const out = join(root, "bench", "out", "package");
const python = process.env.SLIPWAY_REFERENCE_PYTHON ?? "/usr/bin/python3";
const storageConf = join(
  process.env.SLIPWAY_CONTAINER_CACHE ?? "/var/cache/slipway",
  "containers",
  "storage.conf",
);
const env = { ...process.env, CONTAINERS_STORAGE_CONF: storageConf, BUILDAH_ISOLATION: "chroot" };
const BUILD_IMAGE = "localhost/slipway/python-build:bookworm";
const RUNTIME_IMAGE = "localhost/slipway/python-runtime:bookworm";

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The CLI, bundled from the current sources (dist/cli may lag behind them).
console.log("bundling the CLI …");
const cliDir = join(out, "cli");
execFileSync(
  "npx",
  [
    "ncc",
    "build",
    "src/cli/index.ts",
    "-o",
    cliDir,
    "--quiet",
    "--transpile-only",
    "-e",
    "@duckdb/node-api",
    "-e",
    "@duckdb/node-bindings",
  ],
  { cwd: root, stdio: "inherit" },
);
const cli = join(cliDir, "index.js");

// The example repository: the breast-cancer data the example ships, a trained model, a config.
const repo = join(out, "repo");
mkdirSync(join(repo, ".github"), { recursive: true });
mkdirSync(join(repo, "models"), { recursive: true });
cpSync(join(root, "examples", "breast-cancer", "data"), join(repo, "data"), { recursive: true });
const train = (seed) =>
  JSON.parse(
    execFileSync(
      python,
      [
        join(here, "train_model.py"),
        join(repo, "data", "train.csv"),
        join(repo, "models", "model.joblib"),
        String(seed),
      ],
      {
        encoding: "utf8",
      },
    ),
  );
const first = train(1);
writeFileSync(join(repo, "requirements-serve.txt"), "scikit-learn\njoblib\nnumpy\n");
writeFileSync(join(repo, "sample_input.json"), JSON.stringify({ instances: first.sample }));
writeFileSync(
  join(repo, ".github", "slipway.yml"),
  [
    "version: 1",
    "package:",
    "  name: breast-cancer",
    "  model: models/model.joblib",
    "  requirements: requirements-serve.txt",
    "  sample: sample_input.json",
    "  image: localhost/slipway-bench/slipway",
    `  base-image: ${RUNTIME_IMAGE}`,
    `  build-image: ${BUILD_IMAGE}`,
    "",
  ].join("\n"),
);

/** Runs a command under GNU time: wall seconds and the CPU seconds of it and its children. */
function timed(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const run = spawnSync("/usr/bin/time", ["-f", "%U %S", command, ...args], {
    env,
    encoding: "utf8",
    maxBuffer: 256 << 20,
    ...options,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  const [user, system] = run.stderr.trim().split("\n").pop().split(" ").map(Number);
  return { seconds, cpu: user + system };
}

function imageSize(reference) {
  const inspect = JSON.parse(
    execFileSync("buildah", ["inspect", "--type", "image", reference], {
      env,
      encoding: "utf8",
      maxBuffer: 64 << 20,
    }),
  );
  const layers = JSON.parse(inspect.Manifest).layers.map((layer) => layer.size);
  return { bytes: layers.reduce((a, b) => a + b, 0), layers: layers.length, last: layers.at(-1) };
}

// Slipway: the generated multi-stage Dockerfile. --context-dir keeps the context so the naive
// image below can serve the same server and metadata.
const context = join(out, "context");
function slipway(noCache) {
  const run = timed(
    process.execPath,
    [
      cli,
      "package",
      "--no-smoke",
      "--context-dir",
      context,
      "--report",
      join(out, "report.json"),
      ...(noCache ? ["--no-cache"] : []),
    ],
    {
      cwd: repo,
    },
  );
  // The builder's own time, as the command measured it (without node start-up, git and inspect).
  run.build = JSON.parse(readFileSync(join(out, "report.json"), "utf8")).package.build_seconds;
  return run;
}

// Naive: one stage from the Python image with compilers, the whole repository copied first.
const naiveDir = join(out, "naive");
function naive(noCache) {
  cpSync(repo, naiveDir, { recursive: true });
  cpSync(join(context, "serve", "server.py"), join(naiveDir, "serve.py"));
  cpSync(join(context, "model", "slipway-metadata.json"), join(naiveDir, "models", "slipway-metadata.json"));
  writeFileSync(
    join(naiveDir, "Dockerfile"),
    [
      `FROM ${BUILD_IMAGE}`,
      "WORKDIR /app",
      "COPY . /app",
      // Debian's pip refuses system installs without this; python:3.12 would not ask.
      "RUN pip install --break-system-packages -r requirements-serve.txt",
      "ENV SLIPWAY_MODEL_DIR=/app/models PORT=8080",
      "EXPOSE 8080",
      'CMD ["python3", "serve.py"]',
      "",
    ].join("\n"),
  );
  return timed("buildah", [
    "bud",
    "--isolation",
    "chroot",
    "--layers",
    "--pull=false",
    ...(noCache ? ["--no-cache"] : []),
    "-t",
    "localhost/slipway-bench/naive:latest",
    naiveDir,
  ]);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {};
const built = [];
for (const [name, build] of [
  ["slipway", slipway],
  ["naive", naive],
]) {
  train(1);
  const cold = [];
  const warm = [];
  for (let i = 0; i < repeats; i++) cold.push(build(true));
  for (let i = 0; i < repeats; i++) {
    const retrained = train(100 + i); // only the weights change
    if (i === 0) console.log(`${name}: weights ${(retrained.bytes / 1e6).toFixed(2)} MB`);
    warm.push(build(false));
  }
  // Slipway's tags follow the checkout (it is inside this repository): read them from its report.
  const reference =
    name === "slipway"
      ? JSON.parse(readFileSync(join(out, "report.json"), "utf8")).package.tags[0]
      : "localhost/slipway-bench/naive:latest";
  built.push(reference);
  results[name] = {
    cold: median(cold.map((r) => r.seconds)),
    coldCpu: median(cold.map((r) => r.cpu)),
    warm: median(warm.map((r) => r.seconds)),
    warmCpu: median(warm.map((r) => r.cpu)),
    coldBuild: median(cold.map((r) => r.build ?? r.seconds)),
    warmBuild: median(warm.map((r) => r.build ?? r.seconds)),
    size: imageSize(reference),
  };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const row = (name, r) =>
  `${name.padEnd(9)} cold ${r.cold.toFixed(2).padStart(6)} s (CPU ${r.coldCpu.toFixed(2).padStart(5)} s)   warm ${r.warm.toFixed(2).padStart(6)} s (CPU ${r.warmCpu.toFixed(2).padStart(5)} s)   cold/warm ${(r.cold / r.warm).toFixed(1).padStart(5)}×   image ${mb(r.size.bytes).padStart(9)} in ${r.size.layers} layers, last layer ${mb(r.size.last)}`;
console.log(
  `\nbuildah ${execFileSync("buildah", ["--version"], { encoding: "utf8" }).trim().split(" ")[2]}, ${repeats} builds each, medians; warm = only the weights changed`,
);
console.log(row("slipway", results.slipway));
console.log(row("naive", results.naive));
console.log(
  `slipway's builder time alone (report build_seconds): cold ${results.slipway.coldBuild.toFixed(2)} s, warm ${results.slipway.warmBuild.toFixed(2)} s, cold/warm ${(results.slipway.coldBuild / results.slipway.warmBuild).toFixed(1)}×`,
);
console.log(
  `\nslipway vs naive: warm build ${(results.naive.warm / results.slipway.warm).toFixed(1)}× faster, cold ${(results.naive.cold / results.slipway.cold).toFixed(1)}×, image ${(results.naive.size.bytes / results.slipway.size.bytes).toFixed(2)}× smaller (${mb(results.naive.size.bytes - results.slipway.size.bytes)} less)`,
);
writeFileSync(join(out, "results.json"), `${JSON.stringify(results, null, 2)}\n`);

for (const reference of built) {
  spawnSync("buildah", ["rmi", "-f", reference], { env, stdio: "ignore" });
}
