export const id = 366;
export const ids = [366];
export const modules = {

/***/ 942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   ZJ: () => (/* binding */ BUILDER_NAMES),
/* harmony export */   jW: () => (/* binding */ isLoopbackRegistry)
/* harmony export */ });
const BUILDER_NAMES = ["docker", "buildah", "podman"];
/** The registry host of a reference (docker.io when the first component is not a host). */
function registryHost(reference) {
    const slash = reference.indexOf("/");
    if (slash === -1)
        return "docker.io";
    const first = reference.slice(0, slash);
    return first.includes(".") || first.includes(":") || first === "localhost" ? first : "docker.io";
}
/**
 * Registries on the loopback address are spoken to over plain HTTP, as the Docker daemon does by
 * default (127.0.0.0/8 is an insecure registry there); everything else needs TLS.
 */
function isLoopbackRegistry(reference) {
    const host = registryHost(reference).replace(/:\d+$/, "");
    return host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]";
}
/** The last lines of a tool's output: what to show a person when it failed. */
function tail(text, lines = 25) {
    const all = text.trimEnd().split("\n");
    return (all.length > lines ? ["…", ...all.slice(-lines)] : all).join("\n");
}


/***/ }),

/***/ 1974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h4: () => (/* binding */ detectBuilder)
});

// UNUSED EXPORTS: INSTALL_HINT, findExecutable, makeBuilder, noBuilderMessage

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/package/errors.ts
var errors = __webpack_require__(4165);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/package/builders/builder.ts
var builders_builder = __webpack_require__(942);
;// CONCATENATED MODULE: ./src/package/builders/build-image.ts
/**
 * What the three tools' builds share: the same request flags after each tool's own (cache,
 * --iidfile, Dockerfile, labels, tags, context), and the image id read back from the --iidfile in
 * a temporary folder, with a failed build turned into one PackageError with the tool's last lines.
 */





/** The build arguments docker buildx, buildah bud and podman build spell alike, ending with the context. */
function requestBuildArgs(request, iidfile) {
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
async function buildWithIidFile(tool, build) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `slipway-${tool}-`));
    try {
        const iidfile = (0,external_node_path_.join)(dir, "iid");
        const result = await build(iidfile);
        if (result.code !== 0) {
            throw new errors/* PackageError */.J("build-failed", `${tool} could not build the image:\n${(0,builders_builder/* tail */.RT)(result.output)}`, undefined, {
                output: result.output,
            });
        }
        // buildah and podman write the bare hex; docker writes "sha256:…".
        const id = (0,external_node_fs_.readFileSync)(iidfile, "utf8").trim();
        return { imageId: id.startsWith("sha256:") ? id : `sha256:${id}`, output: result.output };
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/package/builders/push-with-digestfile.ts
/**
 * buildah and podman push alike: `push --digestfile`, an auth file for credentials (so the password
 * never appears in a process list), plain HTTP to a loopback registry.
 */





/** `buildah push` / `podman push` arguments. */
function pushArgs(image, reference, digestfile, authfile) {
    return [
        "push",
        ...((0,builders_builder/* isLoopbackRegistry */.jW)(reference) ? ["--tls-verify=false"] : []),
        ...(authfile ? ["--authfile", authfile] : []),
        "--digestfile",
        digestfile,
        image,
        `docker://${reference}`,
    ];
}
/** An auth.json for one registry. */
function writeAuthFile(dir, reference, credentials) {
    const path = (0,external_node_path_.join)(dir, "auth.json");
    const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64");
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify({ auths: { [(0,builders_builder/* registryHost */.U$)(reference)]: { auth } } }), { mode: 0o600 });
    return path;
}
async function pushWithDigestFile(tool, run, env, push) {
    const { image, reference, options } = push;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "slipway-push-"));
    try {
        const authfile = options.credentials ? writeAuthFile(dir, reference, options.credentials) : null;
        const digestfile = (0,external_node_path_.join)(dir, "digest");
        const result = await run(tool, pushArgs(image, reference, digestfile, authfile), { env });
        if (result.code !== 0) {
            throw new errors/* PackageError */.J("push-refused", `${(0,builders_builder/* registryHost */.U$)(reference)} refused the push of ${reference} (${tool} push):\n${(0,builders_builder/* tail */.RT)(result.output, 8)}`);
        }
        return { digest: (0,external_node_fs_.readFileSync)(digestfile, "utf8").trim() };
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/package/builders/run-process.ts
var run_process = __webpack_require__(8380);
;// CONCATENATED MODULE: ./src/package/builders/buildah.ts
/**
 * buildah: builds without a daemon (`buildah bud`), runs the image with `buildah from` + `buildah
 * run`, pushes with `buildah push`. Isolation is chroot unless BUILDAH_ISOLATION says otherwise:
 * it needs no daemon, no user namespaces and no cgroups, so it works in CI containers and here.
 * Storage (driver and root) is buildah's own configuration: CONTAINERS_STORAGE_CONF and friends.
 */






/** `buildah bud` arguments for a request. */
function buildahBuildArgs(request, isolation, iidfile) {
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
function buildahBuilder(options) {
    const run = options.run ?? run_process/* runProcess */.R;
    const start = options.start ?? run_process/* startProcess */.k;
    const env = options.env;
    const isolation = env.BUILDAH_ISOLATION || "chroot";
    const buildah = (args, extra = {}) => run("buildah", args, { env, ...extra });
    const builder = {
        name: "buildah",
        build(request) {
            return buildWithIidFile("buildah", (iidfile) => buildah(buildahBuildArgs(request, isolation, iidfile), {
                ...(request.onOutput ? { onOutput: request.onOutput } : {}),
            }));
        },
        async inspect(image) {
            const result = await buildah(["inspect", "--type", "image", image]);
            if (result.code !== 0) {
                throw new errors/* PackageError */.J("builder-failed", `buildah could not inspect ${image}:\n${(0,builders_builder/* tail */.RT)(result.output)}`);
            }
            return imageFactsFromBuildah(JSON.parse(result.stdout));
        },
        async start(image, startOptions) {
            const facts = await builder.inspect(image);
            const name = `slipway-smoke-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`;
            const from = await buildah(["from", "--pull=never", "--name", name, image]);
            if (from.code !== 0) {
                throw new errors/* PackageError */.J("builder-failed", `buildah could not start ${image}:\n${(0,builders_builder/* tail */.RT)(from.output)}`);
            }
            const containerEnv = { ...startOptions.env, PORT: String(startOptions.port), HOST: "127.0.0.1" };
            // chroot isolation shares the host's network: the server listens on 127.0.0.1:<port>.
            const child = start("buildah", [
                "run",
                "--isolation",
                isolation,
                ...Object.entries(containerEnv).flatMap(([key, value]) => ["--env", `${key}=${value}`]),
                name,
                "--",
                ...facts.command,
            ], { env });
            const container = {
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
/** Sizes come from the stored manifest, whose layers are uncompressed tars. */
function imageFactsFromBuildah(inspect) {
    const manifest = JSON.parse(inspect.Manifest ?? "{}");
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
function cleanCreatedBy(createdBy) {
    return createdBy
        .replace(/^\/bin\/sh -c #\(nop\)\s*/, "")
        .replace(/^\/bin\/sh -c /, "RUN ")
        .trim();
}

;// CONCATENATED MODULE: ./src/package/builders/docker.ts
/**
 * docker with buildx (GitHub's hosted runners): `docker buildx build --load`, `docker run`,
 * `docker push`. Registry credentials go to `docker login --password-stdin` in a throw-away
 * DOCKER_CONFIG, so the runner's own login is neither used nor changed.
 */








function dockerBuildArgs(request, iidfile) {
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
function runArgs(image, name, port, env) {
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
function digestFromPushOutput(output) {
    return /digest: (sha256:[0-9a-f]{64})/.exec(output)?.[1] ?? null;
}
function dockerBuilder(options, binary = "docker") {
    const run = options.run ?? run_process/* runProcess */.R;
    const env = options.env;
    const tool = (args, extra = {}) => run(binary, args, {
        env: extra.env ?? env,
        ...(extra.onOutput ? { onOutput: extra.onOutput } : {}),
        ...(extra.input !== undefined ? { input: extra.input } : {}),
    });
    const builder = {
        name: "docker",
        build(request) {
            return buildWithIidFile(binary, (iidfile) => tool(dockerBuildArgs(request, iidfile), {
                ...(request.onOutput ? { onOutput: request.onOutput } : {}),
            }));
        },
        async inspect(image) {
            const result = await tool(["image", "inspect", image]);
            const history = await tool(["history", "--no-trunc", "--human=false", "--format", "{{json .}}", image]);
            if (result.code !== 0 || history.code !== 0) {
                throw new errors/* PackageError */.J("builder-failed", `${binary} could not inspect ${image}:\n${(0,builders_builder/* tail */.RT)(result.output + history.output)}`);
            }
            return imageFactsFromDocker(JSON.parse(result.stdout)[0], history.stdout);
        },
        async start(image, startOptions) {
            const name = `slipway-smoke-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`;
            const started = await tool(runArgs(image, name, startOptions.port, startOptions.env ?? {}));
            if (started.code !== 0) {
                throw new errors/* PackageError */.J("builder-failed", `${binary} could not start ${image}:\n${(0,builders_builder/* tail */.RT)(started.output)}`);
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
            const config = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "slipway-docker-config-"));
            const pushEnv = pushOptions.credentials ? { ...env, DOCKER_CONFIG: config } : env;
            try {
                if (pushOptions.credentials) {
                    const login = await tool([
                        "login",
                        (0,builders_builder/* registryHost */.U$)(reference),
                        "--username",
                        pushOptions.credentials.username,
                        "--password-stdin",
                    ], { env: pushEnv, input: pushOptions.credentials.password });
                    if (login.code !== 0) {
                        throw new errors/* PackageError */.J("push-refused", `${(0,builders_builder/* registryHost */.U$)(reference)} refused the login:\n${(0,builders_builder/* tail */.RT)(login.output, 8)}`);
                    }
                }
                if (image !== reference)
                    await tool(["tag", image, reference]);
                const result = await tool(["push", reference], { env: pushEnv });
                const digest = digestFromPushOutput(result.output);
                if (result.code !== 0 || !digest) {
                    throw new errors/* PackageError */.J("push-refused", `${(0,builders_builder/* registryHost */.U$)(reference)} refused the push of ${reference} (${binary} push):\n${(0,builders_builder/* tail */.RT)(result.output, 8)}`);
                }
                return { digest };
            }
            finally {
                (0,external_node_fs_.rmSync)(config, { recursive: true, force: true });
            }
        },
    };
    return builder;
}
/** `docker image inspect` plus `docker history --format '{{json .}}'` (newest layer first). */
function imageFactsFromDocker(inspect, historyLines) {
    const history = historyLines
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line))
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

;// CONCATENATED MODULE: ./src/package/builders/podman.ts
/**
 * podman: builds like buildah (it is buildah underneath: `podman build --layers`), runs and
 * inspects like docker (`podman run -d -p`, `podman image inspect`), pushes like buildah
 * (`podman push --digestfile`, an auth file for credentials).
 */




function podmanBuildArgs(request, iidfile) {
    return ["build", "--layers", "--pull=missing", ...requestBuildArgs(request, iidfile)];
}
function podmanBuilder(options) {
    const run = options.run ?? run_process/* runProcess */.R;
    const env = options.env;
    const dockerLike = dockerBuilder(options, "podman");
    return {
        ...dockerLike,
        name: "podman",
        build(request) {
            return buildWithIidFile("podman", (iidfile) => run("podman", podmanBuildArgs(request, iidfile), {
                env,
                ...(request.onOutput ? { onOutput: request.onOutput } : {}),
            }));
        },
        push(image, reference, pushOptions) {
            return pushWithDigestFile("podman", run, env, { image, reference, options: pushOptions });
        },
    };
}

;// CONCATENATED MODULE: ./src/package/builders/detect-builder.ts
/**
 * Picks the container tool: docker with buildx (GitHub's runners), else buildah, else podman — or
 * the one `--builder` names. A tool counts only when it can work: docker needs the buildx plugin
 * and a reachable engine (a docker CLI without an engine is common in CI containers).
 */








const INSTALL_HINT = [
    "Install one of them:",
    "  docker: Docker Engine with the buildx plugin (https://docs.docker.com/engine/install/); GitHub's ubuntu runners have it",
    "  buildah: sudo apt-get install buildah (Debian/Ubuntu), sudo dnf install buildah (Fedora/RHEL)",
    "  podman: sudo apt-get install podman, sudo dnf install podman, brew install podman (macOS, then podman machine init && podman machine start)",
].join("\n");
async function detectBuilder(options) {
    const run = options.run ?? run_process/* runProcess */.R;
    const names = options.force ? [options.force] : builders_builder/* BUILDER_NAMES */.ZJ;
    const looked = [];
    for (const name of names) {
        const problem = await probe(name, options.env, run);
        looked.push({ name, problem });
        if (problem === null)
            return makeBuilder(name, options.env, run);
    }
    throw new errors/* PackageError */.J("no-builder", noBuilderMessage(looked, options.env, Boolean(options.force)));
}
function noBuilderMessage(looked, env, forced) {
    const lines = looked.map((candidate) => `  ${candidate.name}: ${candidate.problem}`);
    const head = forced
        ? `the builder asked for (--builder ${looked[0]?.name}) cannot be used:`
        : "no container builder found. Looked for docker (with buildx), buildah and podman:";
    return [head, ...lines, `(PATH=${env.PATH ?? ""})`, INSTALL_HINT].join("\n");
}
function makeBuilder(name, env, run = run_process/* runProcess */.R) {
    if (name === "docker")
        return dockerBuilder({ env, run });
    if (name === "podman")
        return podmanBuilder({ env, run });
    return buildahBuilder({ env, run });
}
async function probe(name, env, run) {
    if (!findExecutable(name, env.PATH ?? ""))
        return "not found on PATH";
    if (name === "docker") {
        const buildx = await run("docker", ["buildx", "version"], { env });
        if (buildx.code !== 0)
            return `on PATH, but the buildx plugin is missing (docker buildx version: ${firstLine(buildx.output)})`;
        const engine = await run("docker", ["info", "--format", "{{.ServerVersion}}"], { env });
        if (engine.code !== 0 || !engine.stdout.trim()) {
            return `on PATH, but no Docker engine answers (docker info: ${firstLine(engine.output)})`;
        }
        return null;
    }
    const version = await run(name, ["version"], { env });
    return version.code === 0 ? null : `on PATH, but \`${name} version\` failed: ${firstLine(version.output)}`;
}
function findExecutable(name, path) {
    for (const dir of path.split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            if (!(0,external_node_fs_.statSync)(candidate).isFile())
                continue;
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // Not here.
        }
    }
    return null;
}
function firstLine(text) {
    return (0,builders_builder/* tail */.RT)(text, 1).replace(/^…\n/, "").trim() || "no output";
}


/***/ }),

/***/ 8380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runProcess),
/* harmony export */   k: () => (/* binding */ startProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one way packaging runs other programs (docker, buildah, podman, git). Never throws for a
 * non-zero exit or a missing program: the caller decides what that means and says it.
 */

const runProcess = (command, args, options) => new Promise((resolvePromise) => {
    let stdout = "";
    let stderr = "";
    let output = "";
    let startError = null;
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
        env: options.env,
        cwd: options.cwd,
        stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    child.stdout?.setEncoding("utf8").on("data", (text) => {
        stdout += text;
        output += text;
        options.onOutput?.(text);
    });
    child.stderr?.setEncoding("utf8").on("data", (text) => {
        stderr += text;
        output += text;
        options.onOutput?.(text);
    });
    child.on("error", (error) => {
        startError = error;
    });
    child.on("close", (code) => resolvePromise({ code, stdout, stderr, output, startError }));
    if (options.input !== undefined)
        child.stdin?.end(options.input);
});
const OUTPUT_LIMIT = 256 * 1024;
const startProcess = (command, args, options) => {
    let output = "";
    let exit;
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
        env: options.env,
        cwd: options.cwd,
        stdio: ["ignore", "pipe", "pipe"],
        // Its own process group, so stopping it stops whatever it started.
        detached: true,
    });
    const ended = new Promise((resolvePromise) => {
        child.on("close", (code) => {
            exit = code;
            resolvePromise();
        });
        child.on("error", (error) => {
            output += `${command}: ${error.message}\n`;
            exit = null;
            resolvePromise();
        });
    });
    const append = (text) => {
        output = (output + text).slice(-OUTPUT_LIMIT);
        options.onOutput?.(text);
    };
    child.stdout?.setEncoding("utf8").on("data", append);
    child.stderr?.setEncoding("utf8").on("data", append);
    const signal = (name) => {
        if (child.pid === undefined || exit !== undefined)
            return;
        try {
            process.kill(-child.pid, name);
        }
        catch {
            // Already gone.
        }
    };
    return {
        pid: child.pid,
        output: () => output,
        exitCode: () => exit,
        async stop(graceMs = 5000) {
            signal("SIGTERM");
            const timer = setTimeout(() => signal("SIGKILL"), graceMs);
            await ended;
            clearTimeout(timer);
        },
    };
};


/***/ }),

/***/ 4165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ PackageError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Why packaging could not finish. Each reason is a user-facing condition with its own message and
 * exit code 2 ("could not run"); callers branch on `reason`, never on the message text.
 */

class PackageError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SlipwayError */ .GQ {
    reason;
    report;
    // The shared codes are CONFIG | INPUT | EXIT | INTERNAL: these are problems with what the step
    // was given (its machine, its registry, its Dockerfile), so INPUT, with the finer `reason`.
    code = "INPUT";
    exitCode = 2;
    /** The tool's whole output, when a tool failed. */
    output;
    constructor(reason, message, 
    /** What was done before the failure (an image built and smoke-tested, then refused by the registry). */
    report, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.reason = reason;
        this.report = report;
        this.output = options?.output;
        this.name = "PackageError";
    }
}


/***/ }),

/***/ 1902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ readPackageInputs)
});

// UNUSED EXPORTS: MODEL_EXTENSIONS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/package/digests.ts
/**
 * Fingerprints carried by the image: the model artifact(s) and the data schemas the model was
 * validated against. sha256 over content, so the same files give the same digest anywhere.
 */

/** One file: sha256 of its bytes. Several: sha256 over "name\0sha256\n" lines sorted by name. */
function contentDigest(files) {
    const [first] = files;
    if (!first)
        return null;
    if (files.length === 1)
        return `sha256:${sha256(first.content)}`;
    const lines = [...files]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((file) => `${file.name}\0${sha256(file.content)}\n`)
        .join("");
    return `sha256:${sha256(lines)}`;
}
function sha256(content) {
    return (0,external_node_crypto_.createHash)("sha256").update(content).digest("hex");
}

;// CONCATENATED MODULE: ./src/package/sample-input.ts
/**
 * The smoke test's sample: the JSON body POST /predict takes — `{"instances": [row, …]}` (the
 * TensorFlow Serving / KServe v1 shape) or a bare array of rows, each row an array of values or an
 * object of feature name → value. Checked here so a broken sample is a clear input error before
 * any build starts; whether the model accepts it is the smoke test's question.
 */

function parseSampleInput(text, file) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (cause) {
        const position = /position (\d+)/.exec(String(cause.message))?.[1];
        const line = position === undefined ? undefined : text.slice(0, Number(position)).split("\n").length;
        throw new errors/* InputError */.dz(file, `is not valid JSON (${cause.message}). The sample is the body POST /predict receives: {"instances": [[…], …]}.`, line === undefined ? {} : { line }, { cause });
    }
    const rows = Array.isArray(parsed)
        ? parsed
        : isObject(parsed) && Array.isArray(parsed.instances)
            ? parsed.instances
            : undefined;
    if (!rows) {
        throw new errors/* InputError */.dz(file, 'must be {"instances": [row, …]} or a JSON array of rows (each row an array of values or an object of feature → value).', { field: "instances" });
    }
    if (rows.length === 0) {
        throw new errors/* InputError */.dz(file, "has no rows: put at least one row in instances.", { field: "instances" });
    }
    rows.forEach((row, index) => {
        if (!Array.isArray(row) && !isObject(row)) {
            throw new errors/* InputError */.dz(file, `row ${index + 1} is ${JSON.stringify(row)}: each row is an array of values or an object of feature → value.`, { field: `instances[${index}]` });
        }
    });
    return {
        file,
        body: JSON.stringify(Array.isArray(parsed) ? { instances: rows } : parsed),
        rows: rows.length,
    };
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/package/package-inputs.ts
/**
 * Reads and checks everything `package:` points at before any build starts: the model file(s),
 * the requirements, the smoke-test sample, a custom Dockerfile, and the data schemas whose digest
 * the image carries. Every problem is one InputError or ConfigError naming the file and key.
 * The only filesystem reads of packaging (the build context is written by stage-context.ts).
 */





/** Model formats the generated server loads with joblib (which reads pickles too). */
const MODEL_EXTENSIONS = [".joblib", ".pkl", ".pickle"];
function readPackageInputs(loaded, previous) {
    const { config, file, root } = loaded;
    const pkg = config.package;
    if (!pkg) {
        throw new errors/* ConfigError */.xL(file, "package", "is missing: add a package: section with at least name and model (see README, Packaging).");
    }
    const at = (path) => (0,external_node_path_.resolve)(root, path);
    // Messages name files as the config does: relative to the repository root.
    const shown = (path) => (0,external_node_path_.relative)(root, path) || path;
    const modelPaths = pkg.model === undefined ? [] : Array.isArray(pkg.model) ? pkg.model : [pkg.model];
    const models = [];
    for (const [index, path] of modelPaths.entries()) {
        const absolute = at(path);
        const key = Array.isArray(pkg.model) ? `package.model[${index}]` : "package.model";
        if (!(0,external_node_fs_.existsSync)(absolute) || !(0,external_node_fs_.statSync)(absolute).isFile()) {
            throw new errors/* InputError */.dz(shown(absolute), `model file not found (${key} in ${shown(file)}; paths are relative to the repository root ${root}). Train or download the model before packaging, or fix the path.`, { field: key });
        }
        const name = (0,external_node_path_.basename)(absolute);
        if (models.some((model) => model.name === name)) {
            throw new errors/* ConfigError */.xL(file, key, `two model files are named ${name}; they would overwrite each other in the image.`);
        }
        models.push({ path: absolute, name });
    }
    let custom = null;
    if (pkg.framework === "sklearn") {
        const [first] = models;
        if (!first) {
            throw new errors/* ConfigError */.xL(file, "package.model", "is required for framework: sklearn (the .joblib or .pkl file to serve).");
        }
        if (!MODEL_EXTENSIONS.some((extension) => first.name.toLowerCase().endsWith(extension))) {
            throw new errors/* InputError */.dz(shown(first.path), `is not a joblib/pickle file (${MODEL_EXTENSIONS.join(", ")}); framework: sklearn serves models saved with joblib.dump. For another format use framework: custom with your own Dockerfile.`, { field: "package.model" });
        }
    }
    else {
        if (!pkg.dockerfile) {
            throw new errors/* ConfigError */.xL(file, "package.dockerfile", "is required for framework: custom (your Dockerfile).");
        }
        const dockerfile = at(pkg.dockerfile);
        if (!(0,external_node_fs_.existsSync)(dockerfile)) {
            throw new errors/* InputError */.dz(shown(dockerfile), "Dockerfile not found (package.dockerfile).", {
                field: "package.dockerfile",
            });
        }
        const context = at(pkg.context);
        if (!(0,external_node_fs_.existsSync)(context) || !(0,external_node_fs_.statSync)(context).isDirectory()) {
            throw new errors/* InputError */.dz(shown(context), "build context folder not found (package.context).", {
                field: "package.context",
            });
        }
        custom = { dockerfile, context };
    }
    let requirements = null;
    if (pkg.requirements) {
        const path = at(pkg.requirements);
        if (!(0,external_node_fs_.existsSync)(path)) {
            throw new errors/* InputError */.dz(shown(path), "requirements file not found (package.requirements).", {
                field: "package.requirements",
            });
        }
        requirements = (0,external_node_fs_.readFileSync)(path, "utf8");
    }
    let sample = null;
    if (pkg.sample) {
        const path = at(pkg.sample);
        if (!(0,external_node_fs_.existsSync)(path)) {
            throw new errors/* InputError */.dz(shown(path), "sample input not found (package.sample).", {
                field: "package.sample",
            });
        }
        sample = parseSampleInput((0,external_node_fs_.readFileSync)(path, "utf8"), shown(path));
    }
    // The data schemas the model was validated against; a missing one is validate-data's to report.
    const schemas = config.data.flatMap(({ name, schema }) => schema && (0,external_node_fs_.existsSync)(at(schema)) ? [{ name, content: (0,external_node_fs_.readFileSync)(at(schema)) }] : []);
    return {
        config: pkg,
        configFile: file,
        root,
        models,
        modelDigest: contentDigest(models.map((model) => ({ name: model.name, content: (0,external_node_fs_.readFileSync)(model.path) }))),
        requirements,
        sample,
        schemaDigest: contentDigest(schemas),
        metrics: previous?.model ? previous.model.metrics : null,
        modelPassed: previous?.model ? previous.model.passed : null,
        custom,
    };
}


/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ packageModel)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/package/builders/builder.ts
var builder = __webpack_require__(942);
// EXTERNAL MODULE: ./src/package/errors.ts
var package_errors = __webpack_require__(4165);
// EXTERNAL MODULE: ./src/package/package-inputs.ts + 2 modules
var package_inputs = __webpack_require__(1902);
// EXTERNAL MODULE: ./src/package/plan-package.ts + 4 modules
var plan_package = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/package/serving/dockerfile.ts
var dockerfile = __webpack_require__(5057);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/package/smoke-test.ts
/**
 * Runs the built image and asks it what a deployment would: GET /health until it answers, GET
 * /metadata (generated servers), then POST the sample to /predict and check the answer has one
 * prediction per row. Records the latency of that request. The container's log is kept for the
 * summary when anything fails.
 */

const POLL_MS = 250;
const REQUEST_TIMEOUT_MS = 30_000;
async function runSmokeTest(options) {
    const http = options.fetch ?? fetch;
    const started = performance.now();
    const port = options.port ?? (await freePort());
    const container = await options.builder.start(options.image, { port });
    let latencyMs = null;
    let rows = null;
    let message;
    let passed = false;
    let log = "";
    try {
        const health = await waitForHealth(container, http, options.timeoutMs ?? 60_000);
        if (health !== null) {
            message = health;
        }
        else {
            const metadataProblem = options.metadata ? await checkMetadata(container.url, http) : null;
            if (metadataProblem) {
                message = metadataProblem;
            }
            else if (!options.sample) {
                passed = true;
                message =
                    "GET /health answered; no sample input configured (package.sample), so /predict was not tried";
            }
            else {
                const sample = options.sample;
                const sent = performance.now();
                const response = await http(`${container.url}/predict`, {
                    method: "POST",
                    headers: { "content-type": "application/json" },
                    body: sample.body,
                    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
                });
                const text = await response.text();
                latencyMs = round(performance.now() - sent, 1);
                const problem = checkPrediction(response.status, text, sample);
                if (problem) {
                    message = `POST /predict with ${sample.file}: ${problem}`;
                }
                else {
                    passed = true;
                    rows = sample.rows;
                    message = `POST /predict with ${sample.file}: ${sample.rows} prediction(s) in ${latencyMs} ms`;
                }
            }
        }
    }
    catch (error) {
        message = `the smoke test could not talk to the container: ${error.message ?? String(error)}`;
    }
    finally {
        log = await container.stop();
    }
    return { passed, seconds: round((performance.now() - started) / 1000, 3), latencyMs, rows, message, log };
}
/** Null when /health answered 200; else what happened. */
async function waitForHealth(container, http, timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    let last = "no answer yet";
    while (performance.now() < deadline) {
        const code = await container.exitCode();
        if (code !== undefined)
            return `the container exited (code ${code}) before GET /health answered`;
        try {
            const response = await http(`${container.url}/health`, { signal: AbortSignal.timeout(2000) });
            await response.text();
            if (response.status === 200)
                return null;
            last = `GET /health answered ${response.status}`;
        }
        catch (error) {
            last = error.message;
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return `GET /health did not answer 200 within ${timeoutMs / 1000} s (${last})`;
}
async function checkMetadata(url, http) {
    const response = await http(`${url}/metadata`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await response.text();
    if (response.status !== 200)
        return `GET /metadata answered ${response.status}: ${text.slice(0, 300)}`;
    try {
        const body = JSON.parse(text);
        return typeof body.name === "string" ? null : "GET /metadata answered without the model's name";
    }
    catch {
        return `GET /metadata did not answer JSON: ${text.slice(0, 300)}`;
    }
}
/** Null when the answer is 200 with one prediction (and one probability row, if any) per row. */
function checkPrediction(status, text, sample) {
    let body = null;
    try {
        body = JSON.parse(text);
    }
    catch {
        // Reported below.
    }
    if (status !== 200) {
        const reason = typeof body?.error === "string" ? body.error : text.slice(0, 500);
        return `the model rejected the sample (HTTP ${status}): ${reason}`;
    }
    if (!body || typeof body !== "object")
        return `HTTP 200 but the answer is not a JSON object: ${text.slice(0, 300)}`;
    if (!Array.isArray(body.predictions))
        return 'the answer has no "predictions" array';
    if (body.predictions.length !== sample.rows) {
        return `${body.predictions.length} prediction(s) for ${sample.rows} row(s)`;
    }
    if (body.probabilities !== undefined) {
        if (!Array.isArray(body.probabilities) || body.probabilities.length !== sample.rows) {
            return `"probabilities" does not have one entry per row (${sample.rows})`;
        }
    }
    return null;
}
/** A port nobody listens on right now (the OS picks it). */
function freePort() {
    return new Promise((resolve, reject) => {
        const server = (0,external_node_net_.createServer)();
        server.unref();
        server.on("error", reject);
        server.listen(0, "127.0.0.1", () => {
            const address = server.address();
            server.close(() => typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")));
        });
    });
}
function round(value, digits) {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/package/stage-context.ts
/** Writes a generated build context to a folder (a fresh temporary one unless given). */




function stageContext(context, into) {
    if (context.kind === "custom")
        return { dir: context.dir, dockerfile: context.dockerfile };
    const dir = into ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "slipway-context-"));
    for (const file of context.files) {
        const target = (0,external_node_path_.join)(dir, file.path);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        if ("content" in file)
            (0,external_node_fs_.writeFileSync)(target, file.content, { mode: 0o644 });
        else {
            (0,external_node_fs_.copyFileSync)(file.source, target);
            // The image runs as a non-root user: a model saved 0600 must still be readable there.
            (0,external_node_fs_.chmodSync)(target, 0o644);
        }
    }
    return { dir, dockerfile: (0,external_node_path_.join)(dir, dockerfile/* CONTEXT */.SK.dockerfile) };
}

;// CONCATENATED MODULE: ./src/package/package-model.ts
/**
 * `slipway package` and the package-model step: check the inputs, plan, build, inspect, smoke-test
 * and (when asked, and only when the smoke test passed) push. Returns the PackageReport and what
 * a summary needs; throws for "could not run" (exit 2). A failed smoke test is a result, not an
 * error: the caller writes the report and ends with 1.
 */










/** How much of a failed container's log the report keeps. */
const LOG_LIMIT = 8000;
async function packageModel(options) {
    const progress = options.onProgress ?? (() => { });
    const inputs = (0,package_inputs/* readPackageInputs */.O)(options.loaded, options.previous);
    const plan = (0,plan_package/* planPackage */.G)(inputs, {
        git: options.git,
        now: options.now,
        ...(options.extraTags ? { extraTags: options.extraTags } : {}),
    });
    const staged = stageContext(plan.context, options.contextDir);
    const temporary = plan.context.kind === "generated" && !options.contextDir;
    let imageId;
    const buildStarted = performance.now();
    try {
        progress(`Building ${plan.tags.references[0]} with ${options.builder.name}…`);
        const built = await options.builder.build({
            contextDir: staged.dir,
            dockerfile: staged.dockerfile,
            tags: plan.tags.references,
            // A generated Dockerfile carries the labels itself (one LABEL step); a team's gets them as flags.
            labels: plan.context.kind === "custom" ? plan.labels : {},
            ...(options.noCache ? { noCache: true } : {}),
            ...(options.onBuildOutput ? { onOutput: options.onBuildOutput } : {}),
        });
        imageId = built.imageId;
    }
    catch (error) {
        throw explainBuildFailure(error, options, inputs, plan);
    }
    finally {
        if (temporary)
            (0,external_node_fs_.rmSync)(staged.dir, { recursive: true, force: true });
    }
    const buildSeconds = package_model_round((performance.now() - buildStarted) / 1000);
    const image = await options.builder.inspect(imageId);
    let smoke = null;
    if (options.smoke ?? true) {
        progress(`Smoke test: running ${plan.tags.references[0]}…`);
        smoke = await runSmokeTest({
            builder: options.builder,
            image: imageId,
            sample: plan.sample,
            metadata: plan.context.kind === "generated",
            ...(options.smokeTimeoutMs ? { timeoutMs: options.smokeTimeoutMs } : {}),
        });
        progress(`Smoke test ${smoke.passed ? "passed" : "failed"}: ${smoke.message}`);
    }
    const report = {
        image: plan.tags.image,
        tags: plan.tags.references,
        digest: null,
        size_bytes: image.sizeBytes,
        labels: plan.labels,
        smoke: smoke
            ? {
                passed: smoke.passed,
                seconds: smoke.seconds,
                latency_ms: smoke.latencyMs,
                rows: smoke.rows,
                message: smoke.message,
                ...(smoke.passed ? {} : { log: smoke.log.slice(-LOG_LIMIT) }),
            }
            : null,
        builder: options.builder.name,
        version: plan.tags.version,
        layers: image.layers.map((layer) => ({ size_bytes: layer.sizeBytes, created_by: layer.createdBy })),
        pushed: false,
        build_seconds: buildSeconds,
    };
    const passed = smoke?.passed ?? true;
    const pushed = [];
    if (options.push && passed) {
        for (const reference of plan.tags.references) {
            progress(`Pushing ${reference}…`);
            try {
                const { digest } = await options.builder.push(imageId, reference, {
                    credentials: options.credentials ?? null,
                });
                pushed.push({ reference, digest });
            }
            catch (error) {
                if (error instanceof package_errors/* PackageError */.J) {
                    throw new package_errors/* PackageError */.J(error.reason, error.message, { ...report, digest: pushed[0]?.digest ?? null }, {
                        cause: error,
                    });
                }
                throw error;
            }
        }
        report.digest = pushed[0]?.digest ?? null;
        report.pushed = true;
    }
    return { report, plan, image, smoke, pushed, passed, buildSeconds };
}
/**
 * A failure in the dependency stage is the requirements file's: say so, with pip's own errors.
 * The builder names the failing step in its last lines (buildah: `error building at STEP "RUN …"`,
 * docker: `process "/bin/sh -c …" did not complete`), and only our pip step has the marker.
 */
function explainBuildFailure(error, options, inputs, plan) {
    if (!(error instanceof package_errors/* PackageError */.J) ||
        error.reason !== "build-failed" ||
        plan.context.kind !== "generated") {
        return error;
    }
    const output = error.output ?? "";
    if (!(0,builder/* tail */.RT)(output, 6).includes(dockerfile/* DEPENDENCIES_MARKER */.l7))
        return error;
    const pkg = inputs.config;
    const pipErrors = output
        .split("\n")
        .filter((line) => /^\s*ERROR:/.test(line))
        .join("\n");
    const file = pkg.requirements
        ? (0,external_node_path_.relative)(options.loaded.root, `${options.loaded.root}/${pkg.requirements}`)
        : "package.requirements (none: the build image's pip failed)";
    return new errors/* InputError */.dz(file, `could not be installed (${options.builder.name}, in the image's dependency stage):\n${pipErrors || (0,builder/* tail */.RT)(output, 15)}`, { field: "package.requirements" }, { cause: error });
}
function package_model_round(value) {
    return Math.round(value * 1000) / 1000;
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ planPackage)
});

;// CONCATENATED MODULE: ./src/package/image-labels.ts
const LABEL = {
    modelName: "dev.slipway.model.name",
    modelVersion: "dev.slipway.model.version",
    framework: "dev.slipway.model.framework",
    modelDigest: "dev.slipway.model.digest",
    modelPassed: "dev.slipway.model.passed",
    metrics: "dev.slipway.model.metrics",
    schemaDigest: "dev.slipway.data.schema-digest",
};
function imageLabels(input) {
    const labels = {
        "org.opencontainers.image.title": input.name,
        "org.opencontainers.image.description": input.git.description ?? "",
        "org.opencontainers.image.url": input.git.repositoryUrl ?? "",
        "org.opencontainers.image.source": input.git.repositoryUrl ?? "",
        "org.opencontainers.image.version": input.version ?? "",
        "org.opencontainers.image.created": input.now.toISOString(),
        "org.opencontainers.image.revision": input.git.sha ?? "",
        "org.opencontainers.image.licenses": input.git.license ?? "",
        [LABEL.modelName]: input.name,
        [LABEL.modelVersion]: input.version ?? "",
        [LABEL.framework]: input.framework,
    };
    if (input.modelDigest)
        labels[LABEL.modelDigest] = input.modelDigest;
    if (input.modelPassed !== null)
        labels[LABEL.modelPassed] = String(input.modelPassed);
    // One JSON label rather than one label per metric: metric names such as recall[region=eu]
    // contain "=", which `--label key=value` cannot carry in a key.
    if (input.metrics && Object.keys(input.metrics).length > 0) {
        labels[LABEL.metrics] = JSON.stringify(sortKeys(input.metrics));
    }
    if (input.schemaDigest)
        labels[LABEL.schemaDigest] = input.schemaDigest;
    Object.assign(labels, input.extra);
    return sortKeys(labels);
}
function sortKeys(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

;// CONCATENATED MODULE: ./src/package/semver.ts
/**
 * The one thing we need from semver: is a release tag a semantic version, and its parts. The
 * pattern is semver.org's own (with the leading "v" that node-semver's `valid` also accepts); a
 * regular expression instead of the `semver` package because nothing else here needs it.
 */
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseSemver(text) {
    const match = SEMVER.exec(text.trim());
    if (!match)
        return null;
    const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const prerelease = match[4] ?? null;
    return {
        major,
        minor,
        patch,
        prerelease,
        version: `${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ""}`,
    };
}

;// CONCATENATED MODULE: ./src/package/image-tags.ts
/**
 * Image tags as docker/metadata-action computes them with
 *   type=semver,pattern={{version}} / {{major}}.{{minor}} / {{major}}, type=ref,event=branch,
 *   type=ref,event=pr, type=raw (the step's extra tags), type=sha
 * and flavor latest=auto: ordered by the action's priorities (semver 900, ref 600, raw 200,
 * sha 100), the first one is the image's version, invalid characters become "-", and a release
 * tag that is a non-prerelease semver adds `latest`. `{{major}}` is left out for 0.x versions, as
 * the action's README recommends (0.x releases promise no compatibility within a major).
 */

const SHORT_SHA = 7;
function imageTags(input) {
    const ref = input.ref ?? "";
    const candidates = [];
    const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
    if (tag !== undefined) {
        const semver = parseSemver(tag.replace(/\//g, "-"));
        if (semver) {
            if (semver.prerelease) {
                // Every pattern of a prerelease is its {{version}}, and it never gets latest.
                candidates.push({ value: semver.version, latest: false });
            }
            else {
                candidates.push({ value: semver.version, latest: true });
                candidates.push({ value: `${semver.major}.${semver.minor}`, latest: true });
                if (semver.major > 0)
                    candidates.push({ value: `${semver.major}`, latest: true });
            }
        }
    }
    const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
    if (branch !== undefined)
        candidates.push({ value: branch, latest: false });
    const pr = /^refs\/pull\/(.+?)(?:\/merge|\/head)?$/.exec(ref)?.[1];
    if (pr !== undefined)
        candidates.push({ value: `pr-${pr}`, latest: false });
    for (const raw of input.extra ?? []) {
        if (raw.trim())
            candidates.push({ value: raw.trim(), latest: false });
    }
    if (input.sha)
        candidates.push({ value: `sha-${input.sha.slice(0, SHORT_SHA)}`, latest: false });
    const names = [];
    let latest;
    for (const candidate of candidates) {
        const name = sanitizeTag(candidate.value);
        if (!name)
            continue;
        if (!names.includes(name))
            names.push(name);
        // The action takes "latest" from the first (highest-priority) tag only.
        latest ??= candidate.latest;
    }
    if (latest && !names.includes("latest"))
        names.push("latest");
    const image = input.image.toLowerCase();
    return {
        image,
        version: names[0] ?? null,
        names,
        references: names.map((name) => `${image}:${name}`),
    };
}
/** Docker tags allow [A-Za-z0-9_.-], at most 128 characters, not starting with "." or "-". */
function sanitizeTag(value) {
    return value
        .replace(/[^a-zA-Z0-9._-]+/g, "-")
        .replace(/^[.-]+/, "")
        .slice(0, 128);
}

// EXTERNAL MODULE: ./src/package/serving/dockerfile.ts
var dockerfile = __webpack_require__(5057);
;// CONCATENATED MODULE: ./src/package/serving/server-py.ts
/**
 * The serving code Slipway puts in images of scikit-learn / joblib models: one Python file using
 * only the standard library (http.server) plus what the model itself needs (joblib, numpy, and
 * pandas when it is installed). It is a constant — nothing from the config or the model is pasted
 * into code — so its layer is cached across every build; what varies is read at start-up from
 * model/slipway-metadata.json.
 */
const SERVER_PY = `# Generated by Slipway (\`slipway package\`): the model's HTTP server. Do not edit; it is rewritten on every build.
"""GET /health, GET /metadata and POST /predict for a scikit-learn / joblib model (standard library only)."""
import glob
import json
import math
import os
import site
import sys
import time
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DEPS = os.environ.get("SLIPWAY_DEPS", "/opt/slipway/deps")
MODEL_DIR = os.environ.get("SLIPWAY_MODEL_DIR", "/opt/slipway/model")
MAX_BODY = int(os.environ.get("SLIPWAY_MAX_BODY", str(16 * 1024 * 1024)))
MAX_ROWS = int(os.environ.get("SLIPWAY_MAX_ROWS", "10000"))


def log(message):
    print("slipway-serve: " + message, file=sys.stderr, flush=True)


def add_dependencies():
    # Requirements were installed with pip --prefix; the folder layout depends on the Python build
    # (site-packages, or Debian's dist-packages), so look for both. They go first on sys.path so a
    # pinned requirement wins over a copy in the base image.
    before = list(sys.path)
    for pattern in ("lib/python3*/site-packages", "local/lib/python3*/dist-packages", "lib/python3*/dist-packages"):
        for path in sorted(glob.glob(os.path.join(DEPS, pattern))):
            site.addsitedir(path)
    added = [p for p in sys.path if p not in before]
    sys.path[:] = added + before


class BadInput(Exception):
    """The request is wrong: answered with 400 and this message."""


def finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, list):
        return [finite(v) for v in value]
    return value


def to_list(values):
    return finite(values.tolist() if hasattr(values, "tolist") else list(values))


class Model:
    def __init__(self):
        with open(os.path.join(MODEL_DIR, "slipway-metadata.json"), encoding="utf-8") as handle:
            self.metadata = json.load(handle)
        path = os.path.join(MODEL_DIR, self.metadata["model_file"])
        started = time.monotonic()
        import joblib

        self.estimator = joblib.load(path)
        if not hasattr(self.estimator, "predict"):
            raise SystemExit("slipway-serve: %s holds a %s, which has no predict()" % (path, type(self.estimator).__name__))
        names = getattr(self.estimator, "feature_names_in_", None)
        self.features = [str(n) for n in names] if names is not None else None
        n = getattr(self.estimator, "n_features_in_", None)
        self.n_features = int(n) if n is not None else None
        classes = getattr(self.estimator, "classes_", None)
        self.classes = to_list(classes) if classes is not None else None
        log("loaded %s (%s) in %.2f s" % (path, type(self.estimator).__name__, time.monotonic() - started))

    def describe(self):
        import sklearn

        return dict(
            self.metadata,
            estimator=type(self.estimator).__name__,
            features=self.features,
            n_features=self.n_features,
            classes=self.classes,
            python=sys.version.split()[0],
            sklearn=sklearn.__version__,
        )

    def rows(self, body):
        rows = body.get("instances") if isinstance(body, dict) else body
        if not isinstance(rows, list):
            raise BadInput('expected {"instances": [row, ...]} or a JSON array of rows')
        if not rows:
            raise BadInput("instances is empty: send at least one row")
        if len(rows) > MAX_ROWS:
            raise BadInput("%d rows; at most %d per request" % (len(rows), MAX_ROWS))
        table = []
        for index, row in enumerate(rows):
            where = "instances[%d]" % index
            if isinstance(row, dict):
                if self.features is None:
                    raise BadInput("%s is an object, but the model was fitted without feature names: send an array of %s values" % (where, self.n_features if self.n_features is not None else "its"))
                missing = [name for name in self.features if name not in row]
                if missing:
                    raise BadInput("%s lacks %s (the model expects %s)" % (where, ", ".join(missing[:5]), ", ".join(self.features)))
                unknown = [name for name in row if name not in self.features]
                if unknown:
                    raise BadInput("%s has unknown field(s) %s (the model expects %s)" % (where, ", ".join(unknown[:5]), ", ".join(self.features)))
                values = [row[name] for name in self.features]
            elif isinstance(row, list):
                values = row
            else:
                raise BadInput("%s is %s: each row is an array of values or an object of feature -> value" % (where, json.dumps(row)[:80]))
            if self.n_features is not None and len(values) != self.n_features:
                raise BadInput("%s has %d values; the model expects %d" % (where, len(values), self.n_features))
            for position, value in enumerate(values):
                if isinstance(value, (dict, list)):
                    raise BadInput("%s[%d] is %s: values are numbers, strings, booleans or null" % (where, position, type(value).__name__))
            table.append([float("nan") if v is None else v for v in values])
        return table

    def frame(self, table):
        import numpy

        if self.features is not None:
            try:
                import pandas

                return pandas.DataFrame(table, columns=self.features)
            except ImportError:
                pass
        numeric = all(isinstance(v, (int, float)) for row in table for v in row)
        return numpy.array(table, dtype=float if numeric else object)

    def predict(self, body):
        table = self.rows(body)
        X = self.frame(table)
        with warnings.catch_warnings():
            # A model fitted on a DataFrame warns when pandas is absent and it gets an array.
            warnings.simplefilter("ignore", UserWarning)
            try:
                predictions = self.estimator.predict(X)
            except (ValueError, TypeError, KeyError, IndexError) as error:
                raise BadInput("the model rejected the input: %s" % error)
            answer = {"predictions": to_list(predictions)}
            if hasattr(self.estimator, "predict_proba") and self.classes is not None:
                try:
                    answer["probabilities"] = to_list(self.estimator.predict_proba(X))
                    answer["classes"] = self.classes
                except Exception:  # noqa: BLE001 - some estimators expose predict_proba but cannot use it
                    pass
        return answer


class Handler(BaseHTTPRequestHandler):
    server_version = "slipway-serve"
    protocol_version = "HTTP/1.1"
    model = None

    def reply(self, status, payload):
        body = json.dumps(payload, allow_nan=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        log("%s %s" % (self.address_string(), format % args))

    def do_GET(self):
        if self.path == "/health":
            self.reply(200, {"status": "ok"})
        elif self.path == "/metadata":
            self.reply(200, self.model.describe())
        elif self.path == "/predict":
            self.reply(405, {"error": "use POST /predict with a JSON body"})
        else:
            self.reply(404, {"error": "not found; try GET /health, GET /metadata, POST /predict"})

    def do_POST(self):
        if self.path != "/predict":
            self.reply(404, {"error": "not found; POST /predict"})
            return
        try:
            length = int(self.headers.get("Content-Length") or "0")
        except ValueError:
            self.reply(400, {"error": "Content-Length is not a number"})
            return
        if length > MAX_BODY:
            self.reply(413, {"error": "body of %d bytes; at most %d" % (length, MAX_BODY)})
            return
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            self.reply(400, {"error": "the body is not valid JSON: %s" % error})
            return
        started = time.monotonic()
        try:
            answer = self.model.predict(body)
        except BadInput as error:
            log("400 %s" % error)
            self.reply(400, {"error": str(error)})
            return
        except Exception as error:  # noqa: BLE001 - the server must answer, and say what broke
            log("500 %s: %s" % (type(error).__name__, error))
            self.reply(500, {"error": "%s: %s" % (type(error).__name__, error)})
            return
        answer["seconds"] = round(time.monotonic() - started, 6)
        self.reply(200, answer)


def main():
    add_dependencies()
    Handler.model = Model()
    host = os.environ.get("HOST", "0.0.0.0")
    port = int(os.environ.get("PORT", "8080"))
    server = ThreadingHTTPServer((host, port), Handler)
    log("listening on http://%s:%d" % (host, port))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
`;

;// CONCATENATED MODULE: ./src/package/plan-package.ts




function planPackage(inputs, options) {
    const pkg = inputs.config;
    const tags = imageTags({
        image: pkg.image ?? `localhost/${slug(pkg.name)}`,
        ref: options.git.ref,
        sha: options.git.sha,
        extra: options.extraTags ?? [],
    });
    // A build with neither git facts nor extra tags still needs a name to run and push.
    if (tags.names.length === 0) {
        tags.names.push("dev");
        tags.references.push(`${tags.image}:dev`);
    }
    const labels = imageLabels({
        name: pkg.name,
        framework: pkg.framework,
        git: options.git,
        version: tags.version,
        now: options.now,
        modelDigest: inputs.modelDigest,
        metrics: inputs.metrics,
        modelPassed: inputs.modelPassed,
        schemaDigest: inputs.schemaDigest,
        extra: pkg.labels,
    });
    if (inputs.custom) {
        return {
            name: pkg.name,
            framework: pkg.framework,
            tags,
            labels,
            context: { kind: "custom", dir: inputs.custom.context, dockerfile: inputs.custom.dockerfile },
            sample: inputs.sample,
            metadata: null,
        };
    }
    // Not custom, so framework: sklearn, which readPackageInputs() refuses without a model file.
    const [model] = inputs.models;
    if (!model)
        throw new Error(`package ${pkg.name} has no model file to serve, which framework: sklearn needs`);
    const metadata = {
        name: pkg.name,
        version: tags.version,
        framework: pkg.framework,
        model_file: model.name,
        model_digest: inputs.modelDigest,
        metrics: inputs.metrics,
        data_schema_digest: inputs.schemaDigest,
        revision: options.git.sha,
        source: options.git.repositoryUrl,
    };
    const baseImage = pkg["base-image"] ?? `docker.io/library/python:${pkg.python}-slim`;
    const requirements = inputs.requirements ?? "# No serving requirements beyond the base image (package.requirements).\n";
    const metadataJson = `${JSON.stringify(metadata, null, 2)}\n`;
    const files = [
        {
            path: dockerfile/* CONTEXT */.SK.dockerfile,
            content: (0,dockerfile/* renderDockerfile */.TI)({
                baseImage,
                buildImage: pkg["build-image"] ?? baseImage,
                port: pkg.port,
                labels,
            }),
        },
        { path: dockerfile/* CONTEXT */.SK.dockerignore, content: dockerfile/* DOCKERIGNORE */.bi },
        { path: dockerfile/* CONTEXT */.SK.requirements, content: requirements },
        { path: dockerfile/* CONTEXT */.SK.server, content: SERVER_PY },
        ...inputs.models.map((model) => ({ path: `${dockerfile/* CONTEXT */.SK.model}/${model.name}`, source: model.path })),
        { path: dockerfile/* CONTEXT */.SK.metadata, content: metadataJson },
    ];
    return {
        name: pkg.name,
        framework: pkg.framework,
        tags,
        labels,
        context: { kind: "generated", files },
        sample: inputs.sample,
        metadata,
    };
}
/** An image name component: lower-case [a-z0-9], separated by ".", "_" or "-". */
function slug(name) {
    return (name
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, "-")
        .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "") || "model");
}


/***/ }),

/***/ 987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ readGitFacts)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/package/builders/run-process.ts
var run_process = __webpack_require__(8380);
;// CONCATENATED MODULE: ./src/package/git-facts.ts
const NO_GIT_FACTS = {
    sha: null,
    ref: null,
    repositoryUrl: null,
    description: null,
    license: null,
};
/** From GITHUB_* variables and the parsed event payload (GITHUB_EVENT_PATH), as a step sees them. */
function gitFactsFromGithub(env, payload) {
    const repository = (payload?.repository ??
        {});
    const server = env.GITHUB_SERVER_URL || "https://github.com";
    const url = typeof repository.html_url === "string"
        ? repository.html_url
        : env.GITHUB_REPOSITORY
            ? `${server}/${env.GITHUB_REPOSITORY}`
            : null;
    const spdx = repository.license?.spdx_id;
    return {
        sha: env.GITHUB_SHA || null,
        ref: env.GITHUB_REF || null,
        repositoryUrl: url,
        description: typeof repository.description === "string" ? repository.description : null,
        // GitHub says NOASSERTION for a license file it cannot classify: that is not a license.
        license: typeof spdx === "string" && spdx !== "NOASSERTION" ? spdx : null,
    };
}
/** git@github.com:o/r.git, ssh://git@host/o/r.git, https://host/o/r.git → https://host/o/r. */
function webUrlFromRemote(remote) {
    const text = remote.trim();
    const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(text);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    try {
        const url = new URL(text);
        if (!["http:", "https:", "ssh:", "git:"].includes(url.protocol))
            return null;
        const path = url.pathname.replace(/\.git\/?$/, "").replace(/\/$/, "");
        return `https://${url.hostname}${path}`;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/package/read-git-facts.ts
/**
 * Git facts for a run outside GitHub Actions (a laptop, another CI): the commit, the branch or
 * release tag checked out, and the origin's web address. Inside Actions the step's environment
 * is the truth (gitFactsFromGithub), because checkouts there are often detached.
 */



async function readGitFacts(root, env, run = run_process/* runProcess */.R) {
    if (env.GITHUB_ACTIONS === "true") {
        const path = env.GITHUB_EVENT_PATH;
        let payload = null;
        try {
            payload = path && (0,external_node_fs_.existsSync)(path) ? JSON.parse((0,external_node_fs_.readFileSync)(path, "utf8")) : null;
        }
        catch {
            payload = null; // Labels then lack the description and license; nothing else depends on it.
        }
        return gitFactsFromGithub(env, payload);
    }
    const git = async (...args) => {
        const result = await run("git", ["-C", root, ...args], { env });
        return result.code === 0 ? result.stdout.trim() : null;
    };
    const sha = await git("rev-parse", "--verify", "-q", "HEAD");
    if (!sha)
        return NO_GIT_FACTS;
    const branch = await git("symbolic-ref", "-q", "HEAD");
    const tag = branch ? null : await git("describe", "--tags", "--exact-match", "HEAD");
    const remote = await git("remote", "get-url", "origin");
    return {
        ...NO_GIT_FACTS,
        sha,
        ref: branch ?? (tag ? `refs/tags/${tag}` : null),
        repositoryUrl: remote ? webUrlFromRemote(remote) : null,
    };
}


/***/ }),

/***/ 9430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ credentialsFromEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Registry credentials reach packaging only through the environment (SLIPWAY_REGISTRY_USERNAME and
 * SLIPWAY_REGISTRY_PASSWORD), never through arguments that a process list or a log would show.
 */

/** Both or neither: one without the other is a mistake worth saying. Neither: the builder's own login. */
function credentialsFromEnv(env) {
    const username = env.SLIPWAY_REGISTRY_USERNAME ?? "";
    const password = env.SLIPWAY_REGISTRY_PASSWORD ?? "";
    if (!username && !password)
        return null;
    if (!username || !password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(username ? "SLIPWAY_REGISTRY_PASSWORD" : "SLIPWAY_REGISTRY_USERNAME", "is empty while the other registry credential is set: set both, or neither to use the builder's own login.");
    }
    return { username, password };
}


/***/ }),

/***/ 5057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SK: () => (/* binding */ CONTEXT),
/* harmony export */   TI: () => (/* binding */ renderDockerfile),
/* harmony export */   bi: () => (/* binding */ DOCKERIGNORE),
/* harmony export */   l7: () => (/* binding */ DEPENDENCIES_MARKER)
/* harmony export */ });
/* unused harmony exports RUNTIME_USER, labelInstruction */
/**
 * The Dockerfile and .dockerignore Slipway generates for scikit-learn / joblib models. Layers go
 * from least to most often changed — base, dependencies, serving code, weights — so a new model
 * rebuilds one small layer. Two stages: pip, compilers and caches stay in the first; the final
 * stage runs as a non-root numeric user (what Kubernetes' runAsNonRoot can check).
 */
const CONTEXT = {
    requirements: "requirements.txt",
    serve: "serve",
    server: "serve/server.py",
    model: "model",
    metadata: "model/slipway-metadata.json",
    dockerignore: ".dockerignore",
    dockerfile: "Dockerfile",
};
/** A numeric uid/gid: no /etc/passwd entry needed in any base image. */
const RUNTIME_USER = "10001:10001";
/** Shown in build output when the requirements step fails, so that failure is told apart. */
const DEPENDENCIES_MARKER = "--prefix=/opt/slipway/deps";
function renderDockerfile(input) {
    return `# Generated by Slipway (\`slipway package\`) from .github/slipway.yml; edit that file, not this one.
# Layers from least to most often changed: base image, dependencies, serving code, model weights.
ARG BASE_IMAGE=${input.baseImage}
ARG BUILD_IMAGE=${input.buildImage}

# Requirements are installed in their own stage: pip, compilers and caches never reach the image.
FROM \${BUILD_IMAGE} AS deps
COPY ${CONTEXT.requirements} /tmp/slipway/requirements.txt
RUN mkdir -p /opt/slipway/deps && PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore PYTHONDONTWRITEBYTECODE=1 python3 -m pip install ${DEPENDENCIES_MARKER} --no-warn-script-location -r /tmp/slipway/requirements.txt

FROM \${BASE_IMAGE}
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PORT=${input.port} SLIPWAY_DEPS=/opt/slipway/deps SLIPWAY_MODEL_DIR=/opt/slipway/model
COPY --from=deps /opt/slipway/deps /opt/slipway/deps
COPY ${CONTEXT.serve}/ /opt/slipway/serve/
USER ${RUNTIME_USER}
EXPOSE ${input.port}
CMD ["python3", "/opt/slipway/serve/server.py"]
# The weights last, in their own layer: a new model rebuilds only this one.
COPY ${CONTEXT.model}/ /opt/slipway/model/
${labelInstruction(input.labels)}
`;
}
/**
 * All labels in one LABEL instruction. Passed as --label flags instead, buildah adds one build step
 * (and one image commit) per label, which made a weights-only rebuild several times slower.
 * Values are double-quoted with backslash, quote and $ escaped (LABEL expands variables); newlines
 * become spaces.
 */
function labelInstruction(labels) {
    const quote = (text) => `"${text.replace(/[\r\n]+/g, " ").replace(/[\\"$]/g, (ch) => `\\${ch}`)}"`;
    const pairs = Object.entries(labels).map(([key, value]) => `${quote(key)}=${quote(value)}`);
    return pairs.length === 0 ? "" : `LABEL ${pairs.join(" \\\n      ")}`;
}
/** Only what the Dockerfile copies is sent to the builder. */
const DOCKERIGNORE = `# Generated by Slipway: send the builder only what the Dockerfile copies.
*
!${CONTEXT.requirements}
!${CONTEXT.serve}/
!${CONTEXT.model}/
`;


/***/ }),

/***/ 189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ renderPackageMarkdown),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9587);

function renderPackageMarkdown(report) {
    const smokeFailed = report.smoke !== null && !report.smoke.passed;
    const icon = smokeFailed ? "❌" : "✅";
    const layers = report.layers ?? [];
    const rows = [
        ["Tags", report.tags.map((tag) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(tag)).join("<br>") || "—"],
        ["Digest", report.digest ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(report.digest) : report.pushed ? "—" : "not pushed"],
        ["Size", `${formatBytes(report.size_bytes)}${layers.length ? ` in ${layers.length} layers` : ""}`],
    ];
    if (report.builder) {
        const took = report.build_seconds !== undefined ? ` (built in ${report.build_seconds.toFixed(1)} s)` : "";
        rows.push(["Builder", `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(report.builder)}${took}`]);
    }
    rows.push(["Smoke test", smokeCell(report)]);
    const out = [`#### ${icon} Image: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(report.image)}`, "", (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["", ""], rows)];
    const labels = Object.entries(report.labels);
    if (labels.length > 0) {
        out.push("", (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`${labels.length} labels`, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["Label", "Value"], labels.map(([key, value]) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(key), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(value, 400)]))));
    }
    if (layers.length > 0) {
        out.push("", (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`${layers.length} layers`, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["Size", "Created by"], layers.map((layer) => [formatBytes(layer.size_bytes), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(layer.created_by, 160)]), ["r", "l"])));
    }
    if (smokeFailed && report.smoke?.log) {
        out.push("", (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)("Container log", (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(report.smoke.log, 6000, "text"), true));
    }
    return out.join("\n");
}
function smokeCell(report) {
    if (!report.smoke)
        return "not run";
    const verdict = report.smoke.passed ? "✅ passed" : "❌ failed";
    const message = report.smoke.message ? ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(report.smoke.message, 600)}` : "";
    return `${verdict} in ${report.smoke.seconds.toFixed(1)} s${message}`;
}
/** 1536 → "1.5 KB" (powers of 1000, as docker image ls shows sizes). */
function formatBytes(bytes) {
    const units = ["B", "KB", "MB", "GB", "TB"];
    let value = bytes;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}


/***/ })

};
