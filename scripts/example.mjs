#!/usr/bin/env node
/**
 * `npm run example`: make this machine able to run all three parts of examples/breast-cancer, then
 * `slipway run` on it (the committed dist/cli bundle). What is already there is used as it is, so a
 * second run only checks (seconds); what is missing is prepared where the machine allows:
 * - a Python with the example's requirements: a .venv in the example with pip where a package index
 *   answers, else Debian's packages with apt where apt is usable (root or password-less sudo);
 * - the base image the package part builds FROM: where no registry answers but buildah and
 *   debootstrap can run (.ci/setup-containers), the local Debian base image the tests use, under the
 *   name the example asks for.
 * Anything it cannot prepare is left to `slipway run`, which skips that part and says what to do.
 * Each step prints one progress line and the time it took.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const EXAMPLE = join(ROOT, "examples", "breast-cancer");
const VENV_PYTHON = join(EXAMPLE, ".venv", "bin", "python");
/** The modules the example's train.py, evaluate.py and tests import (its requirements.txt). */
const IMPORTS = "import sklearn, pandas, yaml, joblib, pytest";
const DEBIAN_PACKAGES = [
  "python3-sklearn",
  "python3-pandas",
  "python3-yaml",
  "python3-joblib",
  "python3-pytest",
];
/** The example's package.python is 3.11: the image it builds FROM (its build-image too). */
const BASE_IMAGE = "docker.io/library/python:3.11-slim";
const LOCAL_BUILD_IMAGE = "localhost/slipway/python-build:bookworm";
const CONTAINER_STORAGE = join(process.env.SLIPWAY_CONTAINER_CACHE ?? "/var/cache/slipway", "containers");

const started = performance.now();
const env = { ...process.env };

function log(line) {
  process.stderr.write(`example: ${line}\n`);
}

/** Runs one step, printing what it did and how long it took. */
async function step(name, work) {
  const at = performance.now();
  const said = await work();
  log(`${name}: ${said} (${((performance.now() - at) / 1000).toFixed(1)} s)`);
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { encoding: "utf8", env, ...options });
}

function onPath(name) {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {}
  }
  return null;
}

function hasRequirements(python) {
  return run(python, ["-c", IMPORTS], { stdio: "ignore" }).status === 0;
}

/** The interpreters `slipway run` would try: the example's .venv, then every python3 on PATH. */
function pythonCandidates() {
  const found = [VENV_PYTHON];
  for (const dir of (env.PATH ?? "").split(delimiter)) if (dir) found.push(join(dir, "python3"));
  return found.filter((path) => existsSync(path));
}

async function answers(url) {
  try {
    const response = await fetch(url, { method: "HEAD", signal: AbortSignal.timeout(5000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

const asRoot = process.getuid?.() === 0;
const sudo = asRoot ? [] : run("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0 ? ["sudo"] : null;

function privileged(command, args, options) {
  const [first, ...rest] = [...(sudo ?? []), command, ...args];
  return run(first, rest, options);
}

async function preparePython() {
  const ready = pythonCandidates().find(hasRequirements);
  if (ready) return `${ready} has what requirements.txt asks for`;
  const index = env.PIP_INDEX_URL ?? "https://pypi.org/simple/";
  const python = onPath("python3");
  if (python && (await answers(index))) {
    const venv = run(python, ["-m", "venv", join(EXAMPLE, ".venv")], { stdio: "inherit" });
    if (venv.status === 0) {
      const pip = run(VENV_PYTHON, ["-m", "pip", "install", "-q", "-r", join(EXAMPLE, "requirements.txt")], {
        stdio: "inherit",
      });
      if (pip.status === 0) return `made examples/breast-cancer/.venv with pip (${index})`;
    }
  }
  if (sudo !== null && onPath("apt-get")) {
    const install = () =>
      privileged("apt-get", ["install", "-y", "-q", "--no-install-recommends", ...DEBIAN_PACKAGES], {
        stdio: ["ignore", "ignore", "inherit"],
        env: { ...env, DEBIAN_FRONTEND: "noninteractive" },
      });
    let result = install();
    if (result.status !== 0) {
      privileged("apt-get", ["update", "-q"], { stdio: ["ignore", "ignore", "inherit"] });
      result = install();
    }
    if (result.status === 0 && existsSync("/usr/bin/python3") && hasRequirements("/usr/bin/python3")) {
      // Before a pyenv or Homebrew python3 that has none of them, as `slipway run` looks along PATH.
      env.PATH = `/usr/bin${delimiter}${env.PATH ?? ""}`;
      return `installed Debian's ${DEBIAN_PACKAGES.join(", ")} with apt (no package index answered)`;
    }
  }
  return "no Python with the requirements, and none could be made here: slipway run skips the model";
}

function buildah(args, options = {}) {
  return privileged(
    "env",
    [`CONTAINERS_STORAGE_CONF=${join(CONTAINER_STORAGE, "storage.conf")}`, "buildah", ...args],
    options,
  );
}

async function prepareBaseImage() {
  // .ci/setup-containers installs buildah and debootstrap itself where apt can run.
  const canSetUp = sudo !== null && onPath("apt-get") !== null;
  if (!onPath("buildah") && !canSetUp) {
    return "no buildah, and no apt to install it: slipway run uses another builder or skips the package";
  }
  if (
    onPath("buildah") &&
    buildah(["inspect", "--type", "image", BASE_IMAGE], { stdio: "ignore" }).status === 0
  ) {
    env.CONTAINERS_STORAGE_CONF = join(CONTAINER_STORAGE, "storage.conf");
    return `${BASE_IMAGE} is here (${CONTAINER_STORAGE})`;
  }
  if (await answers("https://registry-1.docker.io/v2/"))
    return "a registry answers: the build pulls its base image";
  if (!canSetUp) return "no registry answers and no apt as root to build one: slipway run skips the package";
  const setup = privileged("bash", [join(ROOT, ".ci", "setup-containers")], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (setup.status !== 0) return "could not build the local base image: slipway run skips the package";
  // The build stage needs pip (and this is Debian bookworm's Python 3.11, as the example's python: "3.11").
  if (buildah(["tag", LOCAL_BUILD_IMAGE, BASE_IMAGE], { stdio: "inherit" }).status !== 0) {
    return `could not name the local image ${BASE_IMAGE}: slipway run skips the package`;
  }
  env.CONTAINERS_STORAGE_CONF = join(CONTAINER_STORAGE, "storage.conf");
  return `no registry answers: built the local Debian base image (${LOCAL_BUILD_IMAGE}) and named it ${BASE_IMAGE}`;
}

await step("python", preparePython);
await step("base image", prepareBaseImage);
log(`prepared in ${((performance.now() - started) / 1000).toFixed(1)} s; now slipway run`);
const slipway = run(
  process.execPath,
  [
    join(ROOT, "dist", "cli", "index.js"),
    "run",
    "--config",
    join(EXAMPLE, ".github", "slipway.yml"),
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(slipway.status ?? 2);
