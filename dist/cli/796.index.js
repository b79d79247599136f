export const id = 796;
export const ids = [796];
export const modules = {

/***/ 3796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerRun: () => (/* binding */ registerRun)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load-config.ts
var load_config = __webpack_require__(6943);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/package/builders/builder.ts
var builder = __webpack_require__(942);
// EXTERNAL MODULE: ./src/package/read-git-facts.ts + 1 modules
var read_git_facts = __webpack_require__(987);
// EXTERNAL MODULE: ./src/report/report-file.ts
var report_file = __webpack_require__(6757);
// EXTERNAL MODULE: ./src/data/duckdb.ts
var duckdb = __webpack_require__(1257);
// EXTERNAL MODULE: ./src/data/measure-drift.ts
var measure_drift = __webpack_require__(5130);
// EXTERNAL MODULE: ./src/github/artifact-limits.ts
var artifact_limits = __webpack_require__(258);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/download-artifact.ts
var download_artifact = __webpack_require__(1410);
// EXTERNAL MODULE: ./src/github/is-trusted-run.ts
var is_trusted_run = __webpack_require__(6329);
// EXTERNAL MODULE: ./src/github/read-report-zip.ts
var read_report_zip = __webpack_require__(960);
;// CONCATENATED MODULE: ./src/github/find-latest-report-artifact.ts
/**
 * The base branch's latest report artifact, as the model's baseline: the branch's completed runs
 * that the trust rule accepts (isTrustedRun: a fork may name its branch "main"), newest first; in
 * each, the artifact of that name; the first live one is downloaded and its report read — with the
 * same limits and zip reader as the app. Every "there is none" and every refusal is an answer with
 * a reason: a pull request whose base has no report yet is compared with nothing.
 */






const DEFAULT_MAX_ZIP = 20 * 1024 * 1024;
async function findLatestReportArtifact(query, client = (0,github_client/* createGitHubClient */.L)({ token: query.token, baseUrl: query.apiUrl })) {
    const [owner, repo] = query.repository.split("/");
    const refused = (doing) => (error) => ({
        found: false,
        reason: reasonOf(error, doing),
    });
    let runs;
    try {
        runs = (await client.rest.actions.listWorkflowRunsForRepo({
            owner,
            repo,
            branch: query.branch,
            status: "completed",
            exclude_pull_requests: true,
            per_page: 30,
        })).data.workflow_runs;
    }
    catch (error) {
        return refused(`listing the workflow runs of ${query.branch}`)(error);
    }
    const candidates = runs
        .filter((run) => run.id !== query.currentRunId)
        .filter((run) => (0,is_trusted_run/* isTrustedRun */.H)(run, { fullName: query.repository }))
        .slice(0, query.maxRuns ?? 10);
    if (candidates.length === 0)
        return {
            found: false,
            reason: `no completed workflow run on ${query.branch} in ${query.repository} yet`,
        };
    const maxZipBytes = query.maxZipBytes ?? DEFAULT_MAX_ZIP;
    for (const run of candidates) {
        const where = `the ${query.artifactName} artifact of run ${run.id}`;
        let artifacts;
        try {
            artifacts = (await client.rest.actions.listWorkflowRunArtifacts({
                owner,
                repo,
                run_id: run.id,
                name: query.artifactName,
                per_page: 10,
            })).data.artifacts;
        }
        catch (error) {
            return refused(`listing the artifacts of run ${run.id}`)(error);
        }
        const artifact = artifacts.find((a) => a.name === query.artifactName && !a.expired);
        if (!artifact)
            continue;
        if (artifact.size_in_bytes > maxZipBytes)
            return {
                found: false,
                reason: `${where} is ${artifact.size_in_bytes} bytes, over the ${maxZipBytes}-byte limit`,
            };
        try {
            const zip = await (0,download_artifact/* downloadArtifact */.b)(client, {
                owner,
                repo,
                artifact: { ...artifact, variant: "", sizeInBytes: artifact.size_in_bytes },
            }, { maxZipBytes });
            const { json } = await (0,read_report_zip/* readReportZip */.y)(zip, artifact.name, artifact_limits/* DEFAULT_LIMITS */.d);
            return {
                found: true,
                text: JSON.stringify(json),
                runId: run.id,
                headSha: run.head_sha,
                runUrl: run.html_url,
                artifactId: artifact.id,
            };
        }
        catch (error) {
            if ((0,src_errors/* isSlipwayError */.qQ)(error)) {
                const detail = error.message.replace(`${artifact.name}: `, "").replace(/^the artifact /, "");
                return { found: false, reason: `${where} ${detail.replace(/\.$/, "")}` };
            }
            if (error.status === 410)
                return { found: false, reason: "the report artifact has expired" };
            return refused("downloading the report artifact")(error);
        }
    }
    return {
        found: false,
        reason: `none of the last ${candidates.length} completed runs on ${query.branch} uploaded a live "${query.artifactName}" artifact`,
    };
}
function reasonOf(error, doing) {
    const refused = error;
    const status = refused.status;
    const said = refused.response?.data?.message;
    if (typeof status !== "number" || (status === 500 && said === undefined)) {
        const cause = error?.cause;
        const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
        return `GitHub could not be reached while ${doing} (${message})`;
    }
    const hint = status === 401 || status === 403 || status === 404
        ? '; the token needs "actions: read" (permissions: actions: read in the workflow)'
        : "";
    return `GitHub answered ${status}${typeof said === "string" ? ` (${said})` : ""} while ${doing}${hint}`;
}

// EXTERNAL MODULE: ./src/model/baseline/git-files.ts
var git_files = __webpack_require__(2127);
// EXTERNAL MODULE: ./src/model/commands/run-shell.ts
var run_shell = __webpack_require__(4662);
// EXTERNAL MODULE: ./src/model/files/model-files.ts
var model_files = __webpack_require__(9030);
// EXTERNAL MODULE: ./src/model/prediction-metrics-seam.ts + 12 modules
var prediction_metrics_seam = __webpack_require__(5654);
// EXTERNAL MODULE: ./src/package/builders/detect-builder.ts + 5 modules
var detect_builder = __webpack_require__(1974);
// EXTERNAL MODULE: ./src/package/builders/run-process.ts
var run_process = __webpack_require__(8380);
;// CONCATENATED MODULE: ./src/run/base-images.ts

/**
 * The images a Dockerfile builds FROM: global ARG defaults substituted, its own stages, `scratch`
 * and images that still depend on a build argument without a default left out.
 */
function dockerfileBaseImages(dockerfile) {
    const args = new Map();
    const stages = new Set();
    const images = [];
    let seenFrom = false;
    for (const line of instructions(dockerfile)) {
        const arg = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/i.exec(line);
        if (arg && !seenFrom) {
            const [, name = "", value] = arg;
            if (value !== undefined)
                args.set(name, unquote(value.trim()));
            continue;
        }
        const from = /^FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?\s*$/i.exec(line);
        if (!from)
            continue;
        seenFrom = true;
        const [, named = ""] = from;
        const image = named.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, bare) => args.get(braced ?? bare ?? "") ?? whole);
        if (from[2])
            stages.add(from[2].toLowerCase());
        if (image.includes("$") ||
            image === "scratch" ||
            stages.has(image.toLowerCase()) ||
            images.includes(image))
            continue;
        images.push(image);
    }
    return images;
}
/** Dockerfile lines with `\` continuations joined and comments dropped. */
function instructions(text) {
    const out = [];
    let current = "";
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line.startsWith("#") && !current)
            continue;
        if (line.endsWith("\\")) {
            current += `${line.slice(0, -1)} `;
            continue;
        }
        out.push((current + line).trim());
        current = "";
    }
    if (current)
        out.push(current.trim());
    return out;
}
function unquote(value) {
    return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}
/** The tool's own "is it here" and "pull" commands. */
const COMMANDS = {
    docker: { present: (image) => ["image", "inspect", image], pull: (image) => ["pull", image] },
    buildah: { present: (image) => ["inspect", "--type", "image", image], pull: (image) => ["pull", image] },
    podman: { present: (image) => ["image", "exists", image], pull: (image) => ["pull", image] },
};
function ensureImagesWith(run) {
    return async (builder, images, options) => {
        const pulled = [];
        for (const image of images) {
            const present = await run(builder, COMMANDS[builder].present(image), { env: options.env });
            if (present.code === 0)
                continue;
            options.onProgress?.(`Pulling ${image} with ${builder}…`);
            const pull = await run(builder, COMMANDS[builder].pull(image), { env: options.env });
            if (pull.code !== 0) {
                return {
                    ready: false,
                    image,
                    detail: lastLine(pull.output || pull.startError?.message || "no output"),
                };
            }
            pulled.push(image);
        }
        return { ready: true, pulled };
    };
}
const ensureImages = ensureImagesWith(run_process/* runProcess */.R);
/** The tool's last words, bounded: what a one-line skip reason can carry. */
function lastLine(output) {
    const line = output.trim().split("\n").pop()?.trim() ?? "";
    return line.length > 240 ? `${line.slice(0, 239)}…` : line;
}

// EXTERNAL MODULE: ./src/run/probe-python.ts
var probe_python = __webpack_require__(309);
;// CONCATENATED MODULE: ./src/run/default-seams.ts
/** The real world for runPipeline: DuckDB, the shell, git, Python, container tools. The CLI and the action use these. */











function defaultRunSeams() {
    return {
        openSql: () => (0,duckdb/* openDuckDB */.C)(),
        measureDrift: measure_drift/* measureDrift */.Q,
        runShell: run_shell/* runShell */.E,
        git: git_files/* commandGit */.I,
        files: model_files/* workingTreeFiles */.r,
        computePredictions: prediction_metrics_seam/* duckdbPredictions */.w,
        probePython: probe_python/* probePython */.f,
        detectBuilder: detect_builder/* detectBuilder */.h4,
        ensureImages: ensureImages,
        readGitFacts: (root, env) => (0,read_git_facts/* readGitFacts */.S)(root, env),
        findArtifact: (query) => findLatestReportArtifact(query),
    };
}

// EXTERNAL MODULE: ./src/run/local-comment.ts + 1 modules
var local_comment = __webpack_require__(4697);
;// CONCATENATED MODULE: ./src/run/run-result.ts
const PART_NAMES = ["data", "model", "package"];

;// CONCATENATED MODULE: ./src/run/parse-parts.ts
/** `--skip data,package` / the action's `skip` input: part names, each checked. */


function parseParts(value, source) {
    if (!value)
        return [];
    const parts = value
        .split(/[,\s]+/)
        .map((part) => part.trim())
        .filter(Boolean);
    for (const part of parts) {
        if (!PART_NAMES.includes(part)) {
            throw new src_errors/* InputError */.dz(source, `"${part}" is not a part; use ${PART_NAMES.join(", ")} (comma-separated).`);
        }
    }
    return [...new Set(parts)];
}

;// CONCATENATED MODULE: ./src/run/render-run.ts
const MARK = { passed: "✓", failed: "✗", skipped: "–", off: "·" };
function renderRunParts(parts) {
    const lines = [];
    for (const part of parts) {
        const head = `${part.part.padEnd(8)}${MARK[part.status]} ${part.status.padEnd(9)}`;
        if ("summary" in part) {
            lines.push(`${head}${part.summary} (${part.seconds.toFixed(1)} s)`);
        }
        else {
            lines.push(`${head}${part.reason}`);
            if (part.status === "skipped" && part.next)
                lines.push(`${" ".repeat(20)}next: ${part.next}`);
        }
    }
    return lines;
}
/** "✅ passed — data and model checked; package skipped. Report: …" */
function runVerdict(result, reportPath) {
    const names = (status) => result.parts.filter((part) => part.status === status).map((part) => part.part);
    const list = (items) => items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
    const ran = [...names("passed"), ...names("failed")];
    const skipped = names("skipped");
    const notes = skipped.length > 0 ? `; ${list(skipped)} skipped (see above)` : "";
    if (!result.passed)
        return `❌ failed: ${list(names("failed"))}${notes}. Report: ${reportPath}`;
    if (ran.length === 0) {
        // Every part skipped or off: exit 2 unless the caller allowed it (a green run would prove nothing).
        const allowed = result.exitCode === 0 ? "" : " — a run must check something; fix a skipped part, or pass --allow-empty";
        return `⚠️ nothing was checked${notes}${allowed}. Report: ${reportPath}`;
    }
    return `✅ passed — ${list(ran)} checked${notes}. Report: ${reportPath}`;
}

// EXTERNAL MODULE: ./src/config/check-config-files.ts + 1 modules
var check_config_files = __webpack_require__(1152);
// EXTERNAL MODULE: ./src/config/parse-config.ts
var parse_config = __webpack_require__(5180);
// EXTERNAL MODULE: ./src/config/repository-files-at.ts
var repository_files_at = __webpack_require__(8590);
;// CONCATENATED MODULE: ./src/config/assert-config-files.ts
/**
 * Before anything runs: the config's files checked as `slipway config check` checks them, and every
 * error named at once, each with its key, so one edit fixes them all rather than one per (possibly
 * minutes-long) run. Warnings (outputs a command has not written yet) are the run's to find.
 */




/** Throws one ConfigError naming every file problem of the config; does nothing when there is none. */
function assertConfigFiles(loaded) {
    const errors = (0,check_config_files/* checkConfigFiles */.M)(loaded.config, (0,repository_files_at/* repositoryFilesAt */.z)(loaded.root)).filter((problem) => problem.level === "error");
    if (errors.length === 0)
        return;
    const hint = `Paths are relative to the repository root (${loaded.root}, the folder that holds .github/)` +
        (errors.some(isMissingSchema) ? "; `slipway infer-schema DATA -o SCHEMA` drafts a missing schema." : ".");
    const [only] = errors;
    if (only && errors.length === 1) {
        throw new src_errors/* ConfigError */.xL(loaded.file, (0,parse_config/* formatPath */.jV)(only.keyPath), `${only.detail} ${hint}`);
    }
    throw new src_errors/* ConfigError */.xL(loaded.file, "", `${errors.length} problems with the files it names:\n${errors.map((error) => `  ${(0,parse_config/* formatPath */.jV)(error.keyPath)}: ${error.detail}`).join("\n")}\n${hint}`);
}
function isMissingSchema(problem) {
    return problem.keyPath.at(-1) === "schema";
}

// EXTERNAL MODULE: ./src/package/errors.ts
var errors = __webpack_require__(4165);
// EXTERNAL MODULE: ./src/report/merge-report.ts
var merge_report = __webpack_require__(3930);
// EXTERNAL MODULE: ./src/run/part-not-run-error.ts
var part_not_run_error = __webpack_require__(1439);
// EXTERNAL MODULE: ./src/run/prepare-python.ts + 4 modules
var prepare_python = __webpack_require__(5929);
// EXTERNAL MODULE: ./src/config/globs.ts
var globs = __webpack_require__(6053);
// EXTERNAL MODULE: ./src/report/markdown/comment-extras.ts + 1 modules
var comment_extras = __webpack_require__(9609);
;// CONCATENATED MODULE: ./src/run/read-comment-files.ts
/**
 * The files `comment.include` and `comment.images` name, read into the report after every part
 * ran (an evaluation may write them): the Markdown as written, cut to a bound (the renderer makes
 * it inert), and each image's path and size (the action copies the images into the report's
 * artifact). A path without a wildcard that does not exist is an error; a glob matching nothing
 * is a warning.
 */



/** Per image and for all of them: the artifact is downloaded by everyone who opens the run. */
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const MAX_IMAGES_BYTES = 50 * 1024 * 1024;
const IMAGE = /\.(png|svg|jpe?g|gif|webp)$/i;
async function readCommentFiles(files, comment) {
    const warnings = [];
    const sections = [];
    for (const path of await expandAll(files, comment.include, "comment.include", warnings)) {
        if (sections.length === comment_extras/* MAX_SECTIONS */.Wf) {
            warnings.push(`comment.include: more than ${comment_extras/* MAX_SECTIONS */.Wf} files; ${path} and later ones are left out.`);
            break;
        }
        const bytes = await mustRead(files, path, "comment.include");
        if (bytes.includes(0))
            throw new src_errors/* InputError */.dz(path, "is not text (it holds NUL bytes); comment.include takes Markdown files.");
        const text = bytes.toString("utf8");
        const markdown = text.slice(0, comment_extras/* MAX_SECTION_CHARS */.To);
        sections.push({ path, markdown, cut: text.length - markdown.length });
    }
    const images = [];
    let total = 0;
    for (const path of await expandAll(files, comment.images, "comment.images", warnings)) {
        if (!IMAGE.test(path)) {
            throw new src_errors/* InputError */.dz(path, "is not an image (comment.images takes .png, .svg, .jpg, .gif or .webp files).");
        }
        const size = (await mustRead(files, path, "comment.images")).length;
        if (size > MAX_IMAGE_BYTES) {
            throw new src_errors/* InputError */.dz(path, `is ${Math.round(size / 1024 / 1024)} MB; comment.images takes images up to ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`);
        }
        total += size;
        if (total > MAX_IMAGES_BYTES) {
            throw new src_errors/* InputError */.dz(path, `brings comment.images past ${MAX_IMAGES_BYTES / 1024 / 1024} MB in all; list fewer or smaller images.`);
        }
        images.push({ path, size_bytes: size });
    }
    return { sections, images, warnings };
}
async function expandAll(files, patterns, key, warnings) {
    const out = [];
    for (const pattern of patterns) {
        const paths = await files.expand(pattern);
        if (paths.length === 0 && (0,globs/* isGlob */.fg)(pattern))
            warnings.push(`${key}: ${pattern} matched no file.`);
        for (const path of paths)
            if (!out.includes(path))
                out.push(path);
    }
    return out;
}
async function mustRead(files, path, key) {
    const bytes = await files.read(path);
    if (bytes === null)
        throw new src_errors/* InputError */.dz(path, `does not exist. Write it before Slipway's step ends, or fix ${key}.`);
    return bytes;
}

// EXTERNAL MODULE: ./src/data/validate-datasets.ts + 1 modules
var validate_datasets = __webpack_require__(4456);
// EXTERNAL MODULE: ./src/report/data-summary.ts
var data_summary = __webpack_require__(4737);
// EXTERNAL MODULE: ./src/report/text/render-drift.ts
var render_drift = __webpack_require__(1260);
;// CONCATENATED MODULE: ./src/run/run-data-part.ts



async function runDataPart(options) {
    const { loaded } = options;
    const { targets, cwd } = (0,validate_datasets/* resolveDataTargets */.lF)({ cwd: loaded.root, config: loaded.file });
    const sql = await options.openSql();
    try {
        const { reports, passed } = await (0,validate_datasets/* validateDatasets */.MQ)(sql, targets, {
            cwd,
            now: options.now,
            measureDrift: options.measureDrift,
            onProgress: options.onProgress,
        });
        return { reports, passed, summary: reports.map(dataSummary).join("; ") };
    }
    finally {
        sql.close();
    }
}
function dataSummary(data) {
    return `${data.dataset}: ${(0,data_summary/* dataVerdict */.qZ)(data)}${data.drift ? `; ${(0,render_drift/* driftVerdict */.Zk)(data.drift)}` : ""}`;
}

// EXTERNAL MODULE: ./src/model/baseline/choose-baseline.ts
var choose_baseline = __webpack_require__(8242);
// EXTERNAL MODULE: ./src/model/test-model.ts + 13 modules
var test_model = __webpack_require__(8482);
// EXTERNAL MODULE: ./src/report/model-summary.ts
var model_summary = __webpack_require__(5354);
// EXTERNAL MODULE: ./src/run/python-shims.ts
var python_shims = __webpack_require__(7716);
;// CONCATENATED MODULE: ./src/run/run-model-part.ts




async function runModelPart(options) {
    const { loaded, model } = options;
    const shims = options.pythonExecutable ? (0,python_shims/* pythonEnv */.w)(options.pythonExecutable, options.env) : null;
    try {
        const result = await (0,test_model/* testModel */.Q)({
            config: model,
            configFile: loaded.file,
            root: loaded.root,
            run: { test: true, evaluate: true },
            baseline: (0,choose_baseline/* chooseBaseline */.h)({ config: model.baseline, baseBranch: options.baseBranch }),
            env: shims?.env ?? options.env,
            ...(options.onOutput ? { onOutput: options.onOutput } : {}),
            log: options.onProgress,
        }, options.seams);
        return {
            report: result.report,
            failed: (0,test_model/* modelFails */.V)(result.report, model["fail-on"]),
            warnings: result.warnings,
            summary: modelSummary(result.report, model.primary),
        };
    }
    finally {
        shims?.remove();
    }
}
function modelSummary(model, primary) {
    const value = primary === undefined ? undefined : model.metrics[primary];
    const head = value === undefined ? "" : `${primary} ${Number(value.toPrecision(4))}, `;
    // The part's status says passed or failed already.
    return `${head}${(0,model_summary/* modelCounts */.GJ)(model)}`;
}

// EXTERNAL MODULE: ./src/package/package-inputs.ts + 2 modules
var package_inputs = __webpack_require__(1902);
// EXTERNAL MODULE: ./src/package/package-model.ts + 2 modules
var package_model = __webpack_require__(6296);
// EXTERNAL MODULE: ./src/package/plan-package.ts + 4 modules
var plan_package = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/package/registry-credentials.ts
var registry_credentials = __webpack_require__(9430);
// EXTERNAL MODULE: ./src/package/serving/dockerfile.ts
var serving_dockerfile = __webpack_require__(5057);
;// CONCATENATED MODULE: ./src/run/run-package-part.ts
/**
 * The package part of a run: find a builder, make sure the images the build starts FROM can be
 * had, then packageModel — the same domain entry as `slipway package`. What this machine lacks
 * (a builder, registry access) is returned as a skip with the reason; everything else packageModel
 * says (a missing model file, requirements that do not install) is thrown, as `slipway package` does.
 */








/** The builder `--builder` names, else the first that works; none is a skip, a named one that fails is an error. */
async function prepareBuilder(detect, env, force) {
    try {
        return { kind: "ready", builder: await detect({ env, force }) };
    }
    catch (error) {
        if (error instanceof errors/* PackageError */.J && error.reason === "no-builder" && !force) {
            return {
                kind: "missing",
                reason: "no container builder here (looked for docker with buildx, buildah and podman)",
                next: "Install one to build the image (Docker: https://docs.docker.com/engine/install/; Debian/Ubuntu: sudo apt-get install buildah), or pass --skip package.",
                detail: error.message,
            };
        }
        throw error;
    }
}
async function runPackagePart(options) {
    const { loaded, builder } = options;
    // The same inputs and plan packageModel makes, read first to learn the images it builds FROM.
    const inputs = (0,package_inputs/* readPackageInputs */.O)(loaded, options.previous);
    const plan = (0,plan_package/* planPackage */.G)(inputs, { git: options.git, now: options.now });
    let dockerfile;
    if (plan.context.kind === "custom")
        dockerfile = (0,external_node_fs_.readFileSync)(plan.context.dockerfile, "utf8");
    else {
        const file = plan.context.files.find((candidate) => candidate.path === serving_dockerfile/* CONTEXT */.SK.dockerfile);
        dockerfile = file && "content" in file ? file.content : undefined;
    }
    const images = dockerfile ? dockerfileBaseImages(dockerfile) : [];
    const check = await options.ensureImages(builder.name, images, {
        env: options.env,
        onProgress: options.onProgress,
    });
    if (!check.ready) {
        return {
            kind: "cannot-pull",
            reason: `${builder.name} cannot get the base image ${check.image} (${check.detail.replace(/\s+/g, " ").trim()})`,
            next: `Connect to its registry (or \`${builder.name} pull ${check.image}\` once online), set package.base-image to an image you have, or pass --skip package.`,
        };
    }
    const outcome = await (0,package_model/* packageModel */.g)({
        loaded,
        builder,
        git: options.git,
        now: options.now,
        previous: options.previous,
        push: options.push,
        credentials: (0,registry_credentials/* credentialsFromEnv */.k)(options.env),
        onProgress: options.onProgress,
        ...(options.onBuildOutput ? { onBuildOutput: options.onBuildOutput } : {}),
    });
    return { kind: "packaged", outcome };
}

;// CONCATENATED MODULE: ./src/run/run-pipeline.ts
/**
 * `slipway run` and the one-step action: everything .github/slipway.yml asks for, in order —
 * data, model, package — each through its own domain entry point (validateDatasets, testModel,
 * packageModel), with slipway-report.json written after each part. What the machine cannot do (no
 * Python with the requirements, no container builder, no registry access) is a skipped part with
 * the reason and the next step, or, in strict mode, an error before any work starts where it can
 * be known then. The world is reached only through `RunSeams`; the adapters choose them.
 */












async function runPipeline(options, seams) {
    const { loaded } = options;
    const { config, root } = loaded;
    const progress = options.onProgress ?? (() => { });
    const skip = new Set(options.skip ?? []);
    // The report says what this run did: an earlier run's must not outlive a run that stops early.
    (0,external_node_fs_.rmSync)(options.reportPath, { force: true });
    if (config.data.length === 0 && !config.model && !config.package) {
        throw new src_errors/* ConfigError */.xL(loaded.file, "", "asks for nothing to run: add a data, model or package section (see docs/quickstart.md).");
    }
    assertConfigFiles(loaded);
    // What the machine can do is found out first, so strict mode fails before minutes of work.
    const cannot = (part, reason, next) => {
        if (options.strict)
            throw new part_not_run_error/* PartNotRunError */.E(part, reason, next);
        progress(`${part}: skipped — ${reason}`);
        return { part, status: "skipped", reason, next };
    };
    const pythonPlan = config.model && !skip.has("model")
        ? await (0,prepare_python/* preparePython */.s)({
            model: config.model,
            root,
            explicit: options.python ?? null,
            requirements: options.requirements ?? null,
            env: options.env,
            probe: seams.probePython,
        })
        : null;
    if (pythonPlan?.kind === "missing" && options.strict)
        cannot("model", pythonPlan.reason, pythonPlan.next);
    if (pythonPlan?.kind === "chosen")
        progress(`model: python ${pythonPlan.summary}`);
    const warnings = pythonPlan?.kind === "chosen" ? [...pythonPlan.warnings] : [];
    let builderPlan = null;
    if (config.package && !skip.has("package")) {
        builderPlan = await prepareBuilder(seams.detectBuilder, options.env, options.builder ?? null);
        if (builderPlan.kind === "missing" && options.strict)
            cannot("package", builderPlan.reason, builderPlan.next);
        if (builderPlan.kind === "ready")
            progress(`package: builder ${builderPlan.builder.name}`);
    }
    let report = (0,merge_report/* emptyReport */._O)(options.meta);
    // The run owns the file (removed above): the report is kept here and written whole after each
    // part, so a run cut short leaves what was done, without reading back what it wrote.
    const save = (part) => {
        report = (0,merge_report/* mergeReport */.bp)(report, { ...part, meta: { ...options.meta, ...part.meta } });
        (0,report_file/* writeReportFile */.aS)(options.reportPath, report);
    };
    const parts = [];
    const timed = async (work) => {
        const started = performance.now();
        const outcome = await work();
        parts.push("seconds" in outcome ? { ...outcome, seconds: round((performance.now() - started) / 1000) } : outcome);
    };
    await timed(async () => {
        if (config.data.length === 0)
            return off("data");
        if (skip.has("data"))
            return skipped("data");
        const result = await runDataPart({
            loaded,
            now: options.now,
            openSql: seams.openSql,
            measureDrift: seams.measureDrift,
            onProgress: (line) => progress(`data: ${line}`),
        });
        save({ data: result.reports });
        return { part: "data", status: result.passed ? "passed" : "failed", summary: result.summary, seconds: 0 };
    });
    let python = null;
    await timed(async () => {
        if (!config.model)
            return off("model");
        if (skip.has("model"))
            return skipped("model");
        if (pythonPlan?.kind === "missing")
            return cannot("model", pythonPlan.reason, pythonPlan.next);
        if (pythonPlan?.kind === "chosen")
            python = pythonPlan.python;
        const result = await runModelPart({
            loaded,
            model: config.model,
            pythonExecutable: pythonPlan?.kind === "chosen" ? pythonPlan.python.executable : null,
            env: options.env,
            ...(options.baseBranch !== undefined ? { baseBranch: options.baseBranch } : {}),
            seams: {
                runShell: seams.runShell,
                git: seams.git(root),
                files: seams.files(root),
                computePredictions: seams.computePredictions,
                ...(seams.findArtifact ? { findArtifact: seams.findArtifact } : {}),
            },
            onProgress: (line) => progress(`model: ${line}`),
            ...(options.onOutput ? { onOutput: options.onOutput } : {}),
        });
        warnings.push(...result.warnings);
        save({ model: result.report });
        return {
            part: "model",
            status: result.failed ? "failed" : "passed",
            summary: result.summary,
            seconds: 0,
        };
    });
    // Package: an image of what passed, from a model trained in this run (or committed, with no model section).
    await timed(async () => {
        if (!config.package)
            return off("package");
        if (skip.has("package"))
            return skipped("package");
        const model = parts.find((part) => part.part === "model");
        if (model?.status === "skipped") {
            return cannot("package", "the model was not trained and tested in this run (the model part was skipped)", "Fix what stopped the model part; the image is built from a model this run checked.");
        }
        const failed = parts.filter((part) => part.status === "failed").map((part) => part.part);
        if (failed.length > 0) {
            // Not a machine problem: never an error in strict mode, the failure above already fails the run.
            progress(`package: not built — ${failed.join(" and ")} failed`);
            return {
                part: "package",
                status: "skipped",
                reason: `not built: ${failed.join(" and ")} failed`,
                next: "Fix the failures above; `slipway package` builds the image regardless.",
            };
        }
        if (builderPlan?.kind !== "ready") {
            return cannot("package", builderPlan?.reason ?? "no container builder", builderPlan?.next ?? null);
        }
        const result = await runPackagePart({
            loaded,
            builder: builderPlan.builder,
            git: await seams.readGitFacts(root, options.env),
            now: options.now,
            previous: report,
            push: options.push ?? false,
            env: options.env,
            ensureImages: seams.ensureImages,
            onProgress: (line) => progress(`package: ${line}`),
            ...(options.onBuildOutput ? { onBuildOutput: options.onBuildOutput } : {}),
        }).catch((error) => {
            // Built and smoke-tested, then refused by the registry: keep that evidence in the report.
            if (error instanceof errors/* PackageError */.J && error.report)
                save({ package: error.report });
            throw error;
        });
        if (result.kind === "cannot-pull")
            return cannot("package", result.reason, result.next);
        save({ package: result.outcome.report });
        const image = result.outcome.report;
        return {
            part: "package",
            status: result.outcome.passed ? "passed" : "failed",
            summary: `${image.tags[0] ?? image.image}, ${Math.round(image.size_bytes / 1e6)} MB, smoke test ${image.smoke ? (image.smoke.passed ? "passed" : "failed") : "not run"}${image.pushed ? ", pushed" : ""}`,
            seconds: 0,
        };
    });
    // The report exists even when every part was skipped: it says so (nothing ran, nothing failed).
    // The team's comment files last: the evaluation may have written them.
    const extras = await readCommentFiles(seams.files(root), config.comment);
    warnings.push(...extras.warnings);
    save({
        ...(extras.sections.length > 0 ? { sections: extras.sections } : {}),
        ...(extras.images.length > 0 ? { images: extras.images } : {}),
    });
    const passed = parts.every((part) => part.status !== "failed");
    const checkedNothing = parts.every((part) => part.status === "skipped" || part.status === "off");
    return {
        report,
        reportPath: options.reportPath,
        parts,
        passed,
        checkedNothing,
        exitCode: !passed ? 1 : checkedNothing && !options.allowEmpty ? 2 : 0,
        python,
        builder: builderPlan?.kind === "ready" ? builderPlan.builder.name : null,
        warnings,
    };
}
function off(part) {
    return { part, status: "off", reason: `no ${part} section in the config` };
}
function skipped(part) {
    return { part, status: "skipped", reason: "--skip", next: null };
}
function round(value) {
    return Math.round(value * 100) / 100;
}

// EXTERNAL MODULE: ./src/cli/python-flags.ts
var python_flags = __webpack_require__(348);
;// CONCATENATED MODULE: ./src/cli/commands/run.ts
/**
 * `slipway run`: everything .github/slipway.yml asks for — validate the data, train and test the
 * model, package it — then slipway-report.json and the pull-request comment exactly as the app
 * would post it (stdout). Progress, the team's command output, one line per part and the verdict
 * go to stderr, so `slipway run > comment.md` keeps the comment alone. Exit 0 passed (skipped
 * parts named), 1 a part failed, 2 could not run (or, with --strict, a part could not run here).
 */














const registerRun = (program, io, setExit) => {
    program
        .command("run")
        .description("Do what .github/slipway.yml asks for: validate the data, train and test the model, package it; print the PR comment.")
        .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
        .option("--report <path>", "where to write the report (default: slipway-report.json in the repository root)")
        .addOption((0,python_flags/* pythonOption */.el)())
        .addOption((0,python_flags/* requirementsOption */.mo)())
        .option("--skip <parts>", `parts not to run, comma-separated: ${PART_NAMES.join(", ")}`)
        .option("--strict", "a part the config asks for that cannot run here is an error (exit 2), not a skip")
        .option("--builder <name>", `container builder: ${builder/* BUILDER_NAMES */.ZJ.join(" | ")} (default: the first that works)`)
        .option("--push", "push the image after a passing smoke test (SLIPWAY_REGISTRY_USERNAME/_PASSWORD)")
        .option("--allow-empty", "exit 0, not 2, when every part was skipped and nothing was checked")
        .option("--verbose", "stream the container builder's output to stderr")
        .option("--json", "print the run (parts, report, comment) as JSON instead of the comment")
        .action(async (options) => {
        const skip = parseParts(options.skip, "--skip");
        if (options.builder && !builder/* BUILDER_NAMES */.ZJ.includes(options.builder)) {
            throw new src_errors/* InputError */.dz("--builder", `must be one of ${builder/* BUILDER_NAMES */.ZJ.join(", ")}, not "${options.builder}".`);
        }
        const configFile = options.config ? (0,external_node_path_.resolve)(io.cwd, options.config) : (0,load_config/* findConfig */.u0)(io.cwd);
        if (!configFile) {
            throw new src_errors/* ConfigError */.xL(".github/slipway.yml", "", `not found in ${io.cwd} or any folder above it. \`slipway run\` does what that file asks for: ` +
                "create it (docs/quickstart.md has one to copy and adapt), or point at one with --config PATH.");
        }
        // The report says what this run did: a config too broken to load must not leave an earlier one.
        const reportPath = options.report
            ? (0,external_node_path_.resolve)(io.cwd, options.report)
            : (0,external_node_path_.join)((0,load_config/* repositoryRootOf */.Ko)(configFile), report_file/* DEFAULT_REPORT_PATH */.nF);
        (0,external_node_fs_.rmSync)(reportPath, { force: true });
        const loaded = (0,load_config/* loadConfig */.Z9)({ cwd: io.cwd, path: configFile });
        for (const warning of loaded.warnings)
            io.stderr(`warning: ${warning}\n`);
        const env = { ...process.env, ...io.env };
        const git = await (0,read_git_facts/* readGitFacts */.S)(loaded.root, env);
        const result = await runPipeline({
            loaded,
            reportPath,
            meta: { ...(git.sha ? { commit: git.sha } : {}), ...(git.ref ? { ref: git.ref } : {}) },
            now: new Date(),
            env,
            strict: Boolean(options.strict),
            allowEmpty: Boolean(options.allowEmpty),
            skip,
            python: options.python ?? null,
            requirements: (0,python_flags/* requirementsFlag */.z0)(options, io.cwd),
            builder: options.builder ?? null,
            push: Boolean(options.push),
            onProgress: (line) => io.stderr(`slipway: ${line}\n`),
            onOutput: io.stderr,
            ...(options.verbose ? { onBuildOutput: io.stderr } : {}),
        }, defaultRunSeams());
        const comment = (0,local_comment/* renderLocalComment */.$$)({
            report: result.report,
            config: loaded.config,
            warnings: loaded.warnings,
        });
        const shownReport = (0,external_node_path_.relative)(io.cwd, reportPath) || reportPath;
        if (options.json) {
            io.stdout(`${JSON.stringify({
                passed: result.passed,
                exit_code: result.exitCode,
                report_path: reportPath,
                parts: result.parts,
                python: result.python,
                builder: result.builder,
                warnings: result.warnings,
                report: result.report,
                comment,
            }, null, 2)}\n`);
        }
        else {
            io.stdout(`${comment}\n`);
            if (!loaded.config.comment.enabled) {
                io.stderr("slipway: comment.enabled is false: the app posts this as the check run's summary only.\n");
            }
        }
        for (const warning of result.warnings)
            io.stderr(`warning: ${warning}\n`);
        io.stderr(`\n${renderRunParts(result.parts).join("\n")}\n${runVerdict(result, shownReport)}\n`);
        setExit(result.exitCode);
    });
};


/***/ }),

/***/ 1152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ checkConfigFiles)
});

// UNUSED EXPORTS: fileReferences

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model/metrics/parse-metrics-file.ts
var parse_metrics_file = __webpack_require__(9635);
// EXTERNAL MODULE: ./src/model/metrics/prediction-metric-names.ts
var prediction_metric_names = __webpack_require__(5917);
// EXTERNAL MODULE: ./src/model/rules/metric-name.ts
var metric_name = __webpack_require__(3721);
// EXTERNAL MODULE: ./src/config/globs.ts
var globs = __webpack_require__(6053);
;// CONCATENATED MODULE: ./src/config/check-metrics-files.ts
/**
 * What can be known about the metrics files before a run: each has a format Slipway reads, and
 * none gives a metric the predictions file also gives (`accuracy` from metrics.json and from
 * reports/predictions.csv) — found today only after minutes of training, when the two meet. A
 * metrics file the evaluation rewrites is read as it is now (committed, or from the last run):
 * the names an evaluation writes rarely change between runs.
 */





function checkMetricsFiles(model, files) {
    const problems = [];
    const predictions = model.predictions;
    const computed = predictions ? new Set((0,prediction_metric_names/* predictionMetricNamesFor */.FT)(predictions.task)) : new Set();
    const slices = new Set(predictions?.slices ?? []);
    /** A name the predictions file gives too: a computed metric, overall or for a configured slice. */
    const clashes = (name) => {
        const parsed = (0,metric_name/* parseMetricName */.$Y)(name);
        return computed.has(parsed.base) && (parsed.slice === null || slices.has(parsed.slice.column));
    };
    for (const [i, pattern] of model.metrics.entries()) {
        const keyPath = ["model", "metrics", i];
        const paths = (0,globs/* isGlob */.fg)(pattern) ? files.glob(pattern) : [pattern];
        for (const path of paths) {
            if (!(0,parse_metrics_file/* isMetricsFormat */.V4)(path)) {
                problems.push({
                    keyPath,
                    path,
                    level: "error",
                    detail: `"${path}" is not a metrics format Slipway reads; write ${parse_metrics_file/* METRICS_FORMATS_HINT */.Xy}, or leave it out of model.metrics.`,
                });
                continue;
            }
            if (!predictions)
                continue;
            const text = files.read(path);
            if (text === null)
                continue;
            let names;
            try {
                names = Object.keys((0,parse_metrics_file/* parseMetricsFile */.jI)(text, path).metrics);
            }
            catch (error) {
                // The evaluation may rewrite a broken file; the run reports it if it does not.
                if ((0,errors/* isSlipwayError */.qQ)(error))
                    continue;
                throw error;
            }
            const both = names.filter(clashes);
            if (both.length === 0)
                continue;
            problems.push({
                keyPath,
                path,
                level: "error",
                detail: `"${path}" gives ${list(both)}, which ${both.length === 1 ? "is" : "are"} also computed from ${predictions.path} (model.predictions); ` +
                    "a metric must come from one place. Rename or nest it in the file (cv.accuracy), or drop model.predictions.",
            });
        }
    }
    return problems;
}
function list(names) {
    const quoted = names.slice(0, 5).map((name) => `"${name}"`);
    return names.length > 5 ? `${quoted.join(", ")} and ${names.length - 5} more` : quoted.join(", ");
}

;// CONCATENATED MODULE: ./src/config/check-config-files.ts
/**
 * The one check of the files a config names, run by `slipway config check` and before anything
 * `slipway run` does: every path (or glob) a key holds must name at least one file, and the metrics
 * files must be readable and must not give a metric the predictions also give (checkMetricsFiles).
 * Files a run writes (metrics, predictions, JUnit results, the trained model) may be missing before
 * the run that writes them; those are warnings when a configured command can write them, errors
 * when nothing could. Pure: the file system comes in as a seam (repositoryFilesAt for a folder).
 */


/** Every file reference in the config, with its key path. */
function fileReferences(config) {
    const refs = [];
    /** One path, or a list of them (each then has its index in the key path). */
    const add = (keyPath, value, extra = {}) => {
        if (typeof value === "string") {
            if (value)
                refs.push({ keyPath, path: value, kind: "file", ...extra });
            return;
        }
        for (const [i, path] of (value ?? []).entries()) {
            refs.push({ keyPath: [...keyPath, i], path, kind: "file", ...extra });
        }
    };
    for (const [i, dataset] of config.data.entries()) {
        add(["data", i, "path"], dataset.path);
        add(["data", i, "schema"], dataset.schema);
        // `postgres:<table>`: a table in the dataset's database (drift inside it), not a file.
        if (!dataset.reference?.startsWith("postgres:"))
            add(["data", i, "reference"], dataset.reference);
    }
    const model = config.model;
    // Metrics, predictions and the trained model come from the model's commands.
    const producer = model?.evaluate ? "model.evaluate" : model?.test ? "model.test" : undefined;
    if (model) {
        add(["model", "metrics"], model.metrics, written(producer));
        add(["model", "params"], model.params);
        add(["model", "predictions", "path"], model.predictions?.path, written(producer));
        add(["model", "junit"], model.junit, written(model.test ? "model.test" : undefined));
        add(["model", "baseline", "report"], model.baseline?.report);
    }
    const pkg = config.package;
    if (pkg) {
        add(["package", "model"], pkg.model, written(producer));
        add(["package", "requirements"], pkg.requirements);
        add(["package", "sample"], pkg.sample);
        // Only a custom image is built from the team's Dockerfile and context folder.
        if (pkg.framework === "custom") {
            add(["package", "dockerfile"], pkg.dockerfile);
            add(["package", "context"], pkg.context, { kind: "folder" });
        }
    }
    return refs;
}
function checkConfigFiles(config, files) {
    const missing = [];
    for (const ref of fileReferences(config)) {
        const found = (0,globs/* isGlob */.fg)(ref.path)
            ? files.glob((0,globs/* normalise */.j7)(ref.path)).length > 0
            : files.exists((0,globs/* normalise */.j7)(ref.path), ref.kind);
        if (found)
            continue;
        const what = (0,globs/* isGlob */.fg)(ref.path)
            ? "matches no file"
            : ref.kind === "folder"
                ? "is not a folder"
                : "does not exist";
        missing.push({
            keyPath: ref.keyPath,
            path: ref.path,
            level: ref.writtenBy ? "warning" : "error",
            detail: ref.writtenBy
                ? `"${ref.path}" ${what} yet; ${ref.writtenBy} is expected to write it.`
                : `"${ref.path}" ${what}. Fix the path, or add the file (paths start at the repository root).`,
        });
    }
    return config.model ? [...missing, ...checkMetricsFiles(config.model, files)] : missing;
}
function written(by) {
    return by ? { writtenBy: by } : {};
}


/***/ }),

/***/ 8590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ repositoryFilesAt)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6053);
/** The file-system side of checkConfigFiles: a repository folder as RepositoryFiles. */



function repositoryFilesAt(root) {
    const kindOf = (path) => {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute))
            return null;
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isDirectory() ? "folder" : "file";
    };
    return {
        exists: (path, kind) => kindOf(path) === kind,
        // An absolute glob is outside the repository: nothing there is the config's to check.
        glob: (pattern) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) ? [pattern] : (0,_globs_js__WEBPACK_IMPORTED_MODULE_2__/* .expandGlob */ .hT)(root, pattern)),
        read: (path) => (kindOf(path) === "file" ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path), "utf8") : null),
    };
}


/***/ }),

/***/ 258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ DEFAULT_LIMITS)
/* harmony export */ });
const DEFAULT_LIMITS = {
    maxZipBytes: 10 * 1024 * 1024,
    maxUncompressedBytes: 64 * 1024 * 1024,
    maxReportBytes: 16 * 1024 * 1024,
    maxEntries: 100,
    maxArtifacts: 20,
};


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9988);
/**
 * The one way Slipway talks to GitHub: Octokit's interface. The actions and the CLI build their
 * client here (`@octokit/rest` with the retry and throttling plugins); the app passes Probot's
 * Octokit, which has the same interface. Everything in src/github takes a `GitHubClient`.
 *
 * Retries: server errors are retried by Octokit's retry plugin — except POSTs: a create that GitHub
 * carried out but whose answer was lost (a 502) would be done twice, so callers that create look
 * for what they wrote first (upsert-comment.ts, upsert-check-run.ts). Rate limits: waited out when
 * GitHub asks for at most `maxRateLimitWaitSeconds` (default 60), twice at most; a longer wait
 * fails the request with GitHub's answer, so a step never hangs for an hour.
 */



const NOT_RETRIED = [400, 401, 403, 404, 410, 422, 429, 451];
const RetryingOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
function createGitHubClient(options) {
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const acceptWait = (retryAfter, _request, _octokit, retryCount) => retryAfter <= maxWait && retryCount < 2;
    const warn = options.warn ?? (() => { });
    const octokit = new RetryingOctokit({
        auth: options.token,
        baseUrl: (options.baseUrl ?? "https://api.github.com").replace(/\/+$/, ""),
        userAgent: "slipway",
        log: { debug: () => { }, info: () => { }, warn, error: warn },
        retry: options.retry === false ? { enabled: false } : { doNotRetry: NOT_RETRIED, ...(options.retry ?? {}) },
        throttle: { onRateLimit: acceptWait, onSecondaryRateLimit: acceptWait },
    });
    octokit.hook.before("request", (request) => {
        request.headers = { "x-github-api-version": "2022-11-28", ...request.headers };
        // The retry plugin reads `request.retries` per request before its own default.
        if (request.method === "POST")
            request.request = { ...request.request, retries: 0 };
    });
    return octokit;
}


/***/ }),

/***/ 1410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ downloadArtifact)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Downloads an artifact's zip, never more than the limit: the size GitHub reports is checked
 * before, and the bytes are counted while streaming (the report of a size can lie; the stream
 * cannot), so a huge artifact is refused without being held in memory. GitHub answers with a
 * redirect to short-lived storage; it is followed here, without the token (the storage URL is
 * signed), rather than left to fetch, which keeps the token on a same-host redirect.
 */

async function downloadArtifact(octokit, where, limits) {
    const { artifact } = where;
    const tooBig = (size) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(artifact.name, `the artifact is ${size}; the Slipway app reads report artifacts up to ${limits.maxZipBytes} bytes. ` +
        "Upload only slipway-report.json in it.");
    if (artifact.sizeInBytes > limits.maxZipBytes)
        throw tooBig(`${artifact.sizeInBytes} bytes`);
    const response = await octokit.request("GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}", {
        owner: where.owner,
        repo: where.repo,
        artifact_id: artifact.id,
        archive_format: "zip",
        // The redirect is taken by hand; the body as a stream, so it can be counted and cut off.
        request: { redirect: "manual", parseSuccessResponseBody: false },
    });
    let body = response.data;
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400) {
        await body?.cancel().catch(() => { });
        if (!location)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(artifact.name, "GitHub redirected the download without a Location.");
        const stored = await fetch(location, { headers: { "user-agent": "slipway" } });
        if (!stored.ok) {
            await stored.body?.cancel().catch(() => { });
            throw Object.assign(new Error(`artifact storage answered ${stored.status} for ${artifact.name}`), {
                status: stored.status >= 500 ? stored.status : 502,
            });
        }
        body = stored.body;
    }
    if (!body)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(artifact.name, "GitHub sent an empty download for the artifact.");
    const reader = body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > limits.maxZipBytes) {
            await reader.cancel().catch(() => { });
            throw tooBig(`more than ${limits.maxZipBytes} bytes`);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks, total);
}


/***/ }),

/***/ 6329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ isTrustedRun)
/* harmony export */ });
/* unused harmony export TRUSTED_EVENTS */
/**
 * The one trust rule: which workflow runs' reports count as evidence for a commit — a baseline to
 * compare with, a report a deployment gate requires, a base branch's history. A run counts only
 * when it ran the repository's own code on an event that no pull request, comment or outside
 * caller chose. An allow-list: an event GitHub adds later is untrusted until someone decides.
 * The reasoning per event is in docs/trust.md; the app, the gate action, the CLI and the baseline
 * reader all call this function.
 */
/** Events whose runs are the repository's own code, started by a push or by someone with write access. */
const TRUSTED_EVENTS = new Set([
    "push",
    "schedule",
    "workflow_dispatch",
    "merge_group",
]);
function isTrustedRun(run, repository) {
    if (!TRUSTED_EVENTS.has(run.event))
        return false;
    const head = run.head_repository;
    if (!head)
        return false;
    if ("id" in repository)
        return head.id === repository.id;
    return (typeof head.full_name === "string" && head.full_name.toLowerCase() === repository.fullName.toLowerCase());
}


/***/ }),

/***/ 960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readReportZip)
/* harmony export */ });
/* unused harmony export REPORT_FILE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(663);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * Reads slipway-report.json out of an artifact's zip with yauzl, refusing what a hostile fork could
 * send: too many entries, too many bytes once inflated (declared sizes are checked up front and
 * yauzl checks the actual ones), names that climb out of the archive (`../`, absolute paths,
 * backslashes), encrypted entries, invalid UTF-8 and invalid JSON. Nothing is written to disk.
 */



const REPORT_FILE = "slipway-report.json";
async function readReportZip(zip, artifactName, limits, 
/** The JSON file looked for (the monitor's run artifact holds another). */
fileName = REPORT_FILE) {
    const fail = (detail, cause) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(artifactName, detail, {}, cause === undefined ? undefined : { cause });
    let zipfile;
    try {
        zipfile = await openZip(zip);
    }
    catch (error) {
        throw fail(`the artifact is not a readable zip (${messageOf(error)}).`, error);
    }
    try {
        if (zipfile.entryCount > limits.maxEntries) {
            throw fail(`the artifact holds ${zipfile.entryCount} files; the Slipway app reads at most ${limits.maxEntries}.`);
        }
        let entries;
        try {
            entries = await listEntries(zipfile);
        }
        catch (error) {
            // yauzl's own checks: "invalid relative path: ../x", "absolute path: /x", "invalid characters in fileName".
            throw fail(`the artifact's zip is refused: ${messageOf(error)}.`, error);
        }
        const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
        if (declared > limits.maxUncompressedBytes) {
            throw fail(`the artifact unpacks to ${declared} bytes; the Slipway app unpacks at most ${limits.maxUncompressedBytes}.`);
        }
        const entry = pickReportEntry(entries, fail, fileName);
        if (entry.isEncrypted())
            throw fail(`${entry.fileName} is encrypted.`);
        if (entry.uncompressedSize > limits.maxReportBytes) {
            throw fail(`${entry.fileName} is ${entry.uncompressedSize} bytes; the Slipway app reads reports up to ${limits.maxReportBytes}.`);
        }
        let bytes;
        try {
            bytes = await readEntry(zipfile, entry, limits.maxReportBytes);
        }
        catch (error) {
            throw fail(`${entry.fileName} could not be unpacked (${messageOf(error)}).`, error);
        }
        let text;
        try {
            text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        }
        catch (error) {
            throw fail(`${entry.fileName} is not UTF-8 text.`, error);
        }
        try {
            return { path: entry.fileName, json: JSON.parse(text) };
        }
        catch (error) {
            throw fail(`${entry.fileName} is not valid JSON (${messageOf(error)}).`, error);
        }
    }
    finally {
        zipfile.close();
    }
}
/** The file (slipway-report.json) at the root, else the only one in a folder. */
function pickReportEntry(entries, fail, fileName) {
    const files = entries.filter((entry) => !entry.fileName.endsWith("/"));
    const root = files.find((entry) => entry.fileName === fileName);
    if (root)
        return root;
    const nested = files.filter((entry) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(entry.fileName) === fileName);
    const [only] = nested;
    if (only && nested.length === 1)
        return only;
    if (nested.length > 1) {
        const names = nested.slice(0, 3).map((entry) => entry.fileName);
        throw fail(`the artifact holds ${nested.length} ${fileName} files (${names.join(", ")}); upload one report per ` +
            "artifact (slipway-report-<variant> for variants).");
    }
    const names = files.slice(0, 5).map((entry) => entry.fileName);
    throw fail(`the artifact holds no ${fileName}${names.length > 0 ? ` (it holds ${names.join(", ")}${files.length > 5 ? ", …" : ""})` : " (it is empty)"}.`);
}
function openZip(zip) {
    return new Promise((resolve, reject) => {
        yauzl__WEBPACK_IMPORTED_MODULE_1__.fromBuffer(zip, {
            lazyEntries: true,
            autoClose: false,
            decodeStrings: true,
            validateEntrySizes: true,
            strictFileNames: true,
        }, (error, zipfile) => (error ? reject(error) : resolve(zipfile)));
    });
}
function listEntries(zipfile) {
    return new Promise((resolve, reject) => {
        const entries = [];
        zipfile.on("entry", (entry) => {
            entries.push(entry);
            zipfile.readEntry();
        });
        zipfile.once("end", () => resolve(entries));
        zipfile.once("error", reject);
        zipfile.readEntry();
    });
}
function readEntry(zipfile, entry, max) {
    return new Promise((resolve, reject) => {
        zipfile.openReadStream(entry, (error, stream) => {
            if (error)
                return reject(error);
            const chunks = [];
            let total = 0;
            stream.on("data", (chunk) => {
                total += chunk.length;
                if (total > max) {
                    stream.destroy(new Error(`more than ${max} bytes once inflated`));
                    return;
                }
                chunks.push(chunk);
            });
            stream.once("error", reject);
            stream.once("end", () => resolve(Buffer.concat(chunks, total)));
        });
    });
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
