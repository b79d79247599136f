export const id = 195;
export const ids = [195];
export const modules = {

/***/ 8195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerInit: () => (/* binding */ registerInit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load-config.ts
var load_config = __webpack_require__(6943);
// EXTERNAL MODULE: ./src/data/duckdb.ts
var duckdb = __webpack_require__(1257);
// EXTERNAL MODULE: ./src/data/infer-schema.ts
var infer_schema = __webpack_require__(7534);
// EXTERNAL MODULE: ./src/data/read/dialect.ts
var read_dialect = __webpack_require__(4543);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/init/find-notebooks.ts
/**
 * Notebooks that train or evaluate: those whose code writes a metrics file (named in their code),
 * else those named like training or evaluation. Slipway runs commands, so such a notebook runs as
 * `python -m nbconvert --execute`, its executed copy kept out of the repository. Pure: the files and
 * a reader come in.
 */
/** Where executed copies go (ignored by git, skipped by init's search). */
const EXECUTED_NOTEBOOKS = "reports/notebooks";
const METRICS_LITERAL = /["']((?:[^"'\s]*[-_./])?metrics?\.(?:json|ya?ml|toml))["']/gi;
const NAMED_LIKE_MODEL = /(^|[-_ .\d])(train|training|model|modell?ing|evaluat\w*|fit)([-_ .]|$)/i;
function findNotebooks(files, read) {
    const notebooks = files.filter((path) => path.endsWith(".ipynb") && !path.includes(".ipynb_checkpoints/"));
    const writing = new Map();
    for (const notebook of notebooks) {
        const written = metricsFilesNamedIn(codeOf(read(notebook)), notebook);
        if (written.length > 0)
            writing.set(notebook, written);
    }
    const chosen = writing.size > 0
        ? [...writing.keys()]
        : notebooks.filter((path) => NAMED_LIKE_MODEL.test(path.slice(path.lastIndexOf("/") + 1, -6)));
    return { notebooks: chosen.sort(), metrics: [...new Set([...writing.values()].flat())] };
}
function executeCommand(notebooks) {
    return notebooks
        .map((notebook) => `python -m nbconvert --to notebook --execute --output-dir ${EXECUTED_NOTEBOOKS} ${notebook}`)
        .join(" && ");
}
/** Metrics files (DVC's names: metrics.json, eval_metrics.yaml…) a script or notebook's code names, from the root. */
function metricsFilesNamedIn(code, file) {
    return [...code.matchAll(METRICS_LITERAL)].map(([, named = ""]) => fromRoot(file, named));
}
/** The source of a notebook's code cells (nbformat 4), or "" when it is not a notebook. */
function codeOf(text) {
    if (!text)
        return "";
    try {
        const doc = JSON.parse(text);
        return (doc.cells ?? [])
            .filter((cell) => cell.cell_type === "code")
            .map((cell) => [cell.source ?? ""].flat().join(""))
            .join("\n");
    }
    catch {
        return "";
    }
}
/**
 * A path a file's code names, from the root. Notebooks run in their own folder (as nbconvert runs
 * them); scripts run from the root, as the commands init drafts do.
 */
function fromRoot(file, path) {
    const parts = file.endsWith(".ipynb") ? file.split("/").slice(0, -1) : [];
    for (const part of path.split("/")) {
        if (part === "..")
            parts.pop();
        else if (part !== "." && part !== "")
            parts.push(part);
    }
    return parts.join("/");
}

// EXTERNAL MODULE: ./src/init/find-requirements.ts
var find_requirements = __webpack_require__(4104);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/init/git-ignored.ts
/**
 * Whether git ignores a path, by the repository's own rules: every `.gitignore` (a deeper one
 * overrides a shallower one) and `.git/info/exclude`, matched with the `ignore` package (git's
 * pattern semantics). A path inside an ignored folder is ignored, whatever a negation says, as in
 * git. A person's global excludes file is not read: it is theirs, not the team's or CI's.
 * Pure: the file list and a reader come in.
 */

function gitIgnored(files, read) {
    const sources = [
        { file: ".git/info/exclude", base: "" },
        ...files
            .filter((path) => path === ".gitignore" || path.endsWith("/.gitignore"))
            .map((file) => ({ file, base: file.slice(0, -".gitignore".length) }))
            .sort((a, b) => a.base.split("/").length - b.base.split("/").length || a.base.localeCompare(b.base)),
    ];
    const matchers = [];
    for (const { file, base } of sources) {
        const text = read(file);
        if (text)
            matchers.push({ base, rules: ignore_default()().add(text) });
    }
    return (path) => {
        const parts = path.replace(/\/+$/, "").split("/");
        for (let depth = 1; depth <= parts.length; depth++) {
            const folder = depth < parts.length || path.endsWith("/");
            const prefix = `${parts.slice(0, depth).join("/")}${folder ? "/" : ""}`;
            let ignored = false;
            for (const { base, rules } of matchers) {
                if (!prefix.startsWith(base) || prefix === base)
                    continue;
                const result = rules.test(prefix.slice(base.length));
                if (result.ignored)
                    ignored = true;
                else if (result.unignored)
                    ignored = false;
            }
            if (ignored)
                return true;
        }
        return false;
    };
}

;// CONCATENATED MODULE: ./src/init/group-datasets.ts
/**
 * The datasets of a list of data files: one per file; a folder with many files of one format is one
 * dataset read as a glob; a file named like "reference" beside exactly one other dataset is that
 * dataset's drift reference; names are unique. Pure.
 */
/** Extensions Slipway reads (.txt only where the finder takes it for data: see find-project-files.ts). */
const DATA_FILE = /\.(csv|tsv|txt|parquet|jsonl|ndjson)(\.gz)?$/i;
/** A folder with more files of one format than this becomes one dataset with a glob. */
const GLOB_OVER = 5;
function groupDatasets(files) {
    const byFolderAndFormat = new Map();
    for (const file of files) {
        const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
        // Every file here was picked by DATA_FILE, so it has a format.
        const format = (DATA_FILE.exec(file)?.[0] ?? "").toLowerCase();
        const key = `${folder}\u0000${format}`;
        byFolderAndFormat.set(key, [...(byFolderAndFormat.get(key) ?? []), file]);
    }
    const datasets = [];
    for (const [key, group] of byFolderAndFormat) {
        const [folder, format] = key.split("\u0000");
        if (group.length > GLOB_OVER) {
            const name = folder ? folder.slice(folder.lastIndexOf("/") + 1) : "data";
            datasets.push({ name, path: `${folder ? `${folder}/` : ""}*${format}`, folder, isReference: false });
            continue;
        }
        for (const path of group) {
            const stem = path.slice(path.lastIndexOf("/") + 1).replace(DATA_FILE, "");
            datasets.push({ name: stem, path, folder, isReference: /(^|[-_])ref(erence)?([-_]|$)/i.test(stem) });
        }
    }
    const out = [];
    for (const dataset of datasets.filter((d) => !d.isReference)) {
        out.push({ name: dataset.name, path: dataset.path });
    }
    for (const reference of datasets.filter((d) => d.isReference)) {
        const [sibling, ...others] = out.filter((d) => folderOf(d.path) === reference.folder);
        if (sibling && others.length === 0)
            sibling.reference = reference.path;
        else
            out.push({ name: reference.name, path: reference.path });
    }
    // Names are unique in a config: prefix the folder when two files share a stem.
    const clashing = new Set(out.filter((d, i) => out.findIndex((o) => o.name === d.name) !== i).map((d) => d.name));
    for (const dataset of out.filter((d) => clashing.has(d.name))) {
        dataset.name = dataset.path.replace(DATA_FILE, "").replace(/[/*]+/g, "-").replace(/^-|-$/g, "");
    }
    return out;
}
function folderOf(path) {
    return path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/init/read-cml-workflow.ts
/**
 * A workflow a team wrote for CML (`cml comment create report.md`, the older `cml-send-comment`):
 * its `run:` scripts already say how the model is trained and evaluated here — the `python …`
 * commands with their arguments, in order — and which requirements file `pip install -r` installs.
 * Pure: the files and a reader come in.
 */

const CML = /(^|[\s;&|])(cml[\s-](comment|send-comment|publish|pr\b)|cml-send-comment|cml-publish)/m;
function readCmlWorkflow(files, read) {
    const workflows = files.filter((path) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path));
    for (const file of workflows) {
        const text = read(file);
        if (!text || !CML.test(text))
            continue;
        let doc = {};
        try {
            doc = (0,dist/* parse */.qg)(text) ?? {};
        }
        catch {
            continue;
        }
        const scripts = Object.values(doc.jobs ?? {}).flatMap((job) => (job?.steps ?? []).map((step) => (typeof step?.run === "string" ? step.run : "")));
        const lines = scripts.flatMap(scriptLines);
        const commands = lines.filter((line) => /^python3?\s+(?!-m\s+pip\b)\S/.test(line) && !line.includes("${{") && !/[|>]/.test(line));
        const requirements = lines
            .map((line) => /\bpip3?\s+install\b.*\s-r\s+(\S+)/.exec(line)?.[1])
            .find(Boolean);
        if (commands.length === 0)
            continue;
        return { file, commands, ...(requirements ? { requirements } : {}) };
    }
    return null;
}
/** A shell script's commands: comments dropped, `\` continuations joined, one command a line. */
function scriptLines(script) {
    return script
        .replace(/\s*\\\r?\n\s*/g, " ")
        .split(/\r?\n/)
        .map((line) => line.replace(/\s+#.*$/, "").trim())
        .filter((line) => line !== "" && !line.startsWith("#"));
}

// EXTERNAL MODULE: ./src/init/read-dvc-project.ts
var read_dvc_project = __webpack_require__(2798);
;// CONCATENATED MODULE: ./src/init/read-mlproject.ts
/**
 * An MLflow project's `MLproject`: the main entry point's command with its parameters' defaults
 * filled in (what `mlflow run .` runs), and the Python version and requirements file of its
 * python_env.yaml or conda.yaml. Pure: a reader comes in.
 */

function readMlProject(read) {
    const text = read("MLproject") ?? read("MLProject");
    if (text === null)
        return null;
    let doc = {};
    try {
        doc = (0,dist/* parse */.qg)(text) ?? {};
    }
    catch {
        return { command: null, missing: [] };
    }
    const entry = doc.entry_points?.main ?? Object.values(doc.entry_points ?? {})[0];
    const missing = [];
    const command = entry?.command?.replace(/\{([\w-]+)\}/g, (placeholder, name) => {
        const definition = entry.parameters?.[name];
        const fallback = definition && typeof definition === "object"
            ? definition.default
            : // `alpha: float` declares a type, not a default.
                undefined;
        if (fallback === undefined || fallback === null) {
            missing.push(name);
            return placeholder;
        }
        return shellWord(String(fallback));
    }) ?? null;
    return {
        command: command && missing.length === 0 ? command : null,
        missing,
        ...environment(read, doc.python_env, doc.conda_env),
    };
}
/** python_env.yaml (`python:`, `dependencies: [-r requirements.txt]`) or conda.yaml (`python=3.x`, pip `-r`). */
function environment(read, pythonEnv, condaEnv) {
    const file = pythonEnv ?? condaEnv;
    const text = file ? read(file) : null;
    if (!text)
        return {};
    let doc = {};
    try {
        doc = (0,dist/* parse */.qg)(text) ?? {};
    }
    catch {
        return {};
    }
    const entries = (doc.dependencies ?? []).flatMap((entry) => typeof entry === "string"
        ? [entry]
        : entry && typeof entry === "object"
            ? Object.values(entry).flat().map(String)
            : []);
    const condaPython = entries.map((e) => /^python\s*[=<>~]*\s*(\d+\.\d+)/.exec(e)?.[1]).find(Boolean);
    const pinned = doc.python !== undefined ? /^(\d+\.\d+)/.exec(String(doc.python))?.[1] : condaPython;
    const requirements = entries.map((e) => /^-r\s+(\S+)$/.exec(e.trim())?.[1]).find(Boolean);
    return { ...(pinned ? { python: pinned } : {}), ...(requirements ? { requirements } : {}) };
}
function shellWord(value) {
    return /^[\w./:=+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/init/find-project-files.ts
/**
 * What a data-science repository holds, found from its file list and the files that describe it:
 * dvc.yaml and .dvc/config, an MLflow MLproject, a CML workflow, notebooks, else train/evaluate
 * scripts — how the model is trained and evaluated (the exact command), its metrics, params and
 * plots files, requirements, tests, data files (never what a pipeline writes), saved models, a
 * sample input, the Python version and what git ignores. Pure: the files and a reader come in.
 */







/** Folders never searched: tools, environments, outputs, and where generated or test files live. */
const SKIPPED_DIRS = new Set([
    ".git",
    ".github",
    ".devcontainer",
    ".dvc",
    ".venv",
    "venv",
    "env",
    ".env",
    "node_modules",
    "__pycache__",
    ".tox",
    ".nox",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    ".ipynb_checkpoints",
    "site-packages",
    "dist",
    "build",
    "mlruns",
    "wandb",
    "dvclive",
    "reports",
    ".slipway-cache",
]);
const MODEL = /\.(joblib|pkl|pickle)$/i;
const TEST_DIRS = /^(tests?|testing)\//;
const METRICS_FILE = /(^|[-_.])metrics?\.(json|ya?ml|toml)$/i;
const PARAMS_FILE = /(^|[-_.])params\.(json|ya?ml|toml)$/i;
/** .txt is data only in a data folder (numpy.savetxt output); elsewhere it is notes and lists. */
const DATA_FOLDER = /(^|\/)(data|datasets?|raw|processed|inputs?)\//i;
const MAX_DATASETS = 20;
function findProjectFiles(files, read) {
    const notes = [];
    const sorted = [...files].sort();
    const has = (path) => sorted.includes(path);
    const base = (path) => path.slice(path.lastIndexOf("/") + 1);
    const isIgnored = gitIgnored(sorted, read);
    const dvc = (0,read_dvc_project/* readDvcProject */.v)(sorted, read);
    const ml = readMlProject(read);
    const cml = readCmlWorkflow(sorted, read);
    const notebookRun = findNotebooks(sorted, read);
    const script = (name) => [`${name}.py`, `src/${name}.py`, `scripts/${name}.py`].find(has);
    const scripts = [script("train"), script("evaluate")].filter((s) => s !== undefined);
    let evaluate;
    let notebooks = [];
    if (dvc?.commands === null)
        evaluate = { command: "dvc repro", from: "dvc.yaml (templated stages: DVC runs them)" };
    else if (dvc && dvc.commands.length > 0)
        evaluate = {
            command: dvc.commands.join(" && "),
            from: "dvc.yaml's stages, in the order `dvc repro` runs them",
        };
    else if (ml?.command)
        evaluate = { command: ml.command, from: "MLproject's entry point, with its defaults" };
    else if (cml)
        evaluate = { command: cml.commands.join(" && "), from: `the commands of ${cml.file}` };
    else if (scripts.length > 0)
        evaluate = { command: scripts.map((s) => `python ${s}`).join(" && "), from: scripts.join(" and ") };
    else if (notebookRun.notebooks.length > 0) {
        notebooks = notebookRun.notebooks;
        evaluate = {
            command: executeCommand(notebooks),
            from: `the notebook${notebooks.length > 1 ? "s" : ""} ${notebooks.join(", ")}`,
        };
    }
    if (ml && !ml.command && ml.missing.length > 0)
        notes.push(`MLproject: the parameters ${ml.missing.join(", ")} have no default, so its command is not drafted; add model.evaluate by hand.`);
    const pipelineOutputs = dvc?.outputs ?? [];
    const plots = dvc?.plots ?? [];
    const written = (path) => pipelineOutputs.some((out) => (0,read_dvc_project/* isUnder */.J)(path, out));
    // The metrics files the evaluated scripts write, named in their code (not there until they run);
    // dvc.yaml names its own.
    const scriptMetrics = (dvc?.commands ? [] : (evaluate?.command.match(/[\w./-]+\.py\b/g) ?? []))
        .filter(has)
        .flatMap((script) => metricsFilesNamedIn(read(script) ?? "", script));
    const metrics = unique([
        ...(dvc?.metrics ?? []),
        ...(notebooks.length > 0 ? notebookRun.metrics : []),
        ...scriptMetrics,
        ...sorted.filter((p) => METRICS_FILE.test(base(p)) && !TEST_DIRS.test(p) && !plots.includes(p)),
    ]);
    const params = unique([
        ...(dvc?.params ?? []).filter((path) => has(path) || path === "params.yaml"),
        ...sorted.filter((p) => PARAMS_FILE.test(base(p)) && !TEST_DIRS.test(p)),
    ]).filter((path) => has(path));
    const requirements = (0,find_requirements/* findRequirements */.o)(sorted, {
        named: [...(dvc?.deps ?? []), ml?.requirements, cml?.requirements],
        commands: evaluate ? [evaluate.command] : [],
    });
    const hasTests = sorted.some((p) => /(^|\/)(test_[^/]*|[^/]*_test)\.py$/.test(p)) ||
        sorted.some((p) => ["pytest.ini", "conftest.py"].includes(p));
    const models = sorted
        .filter((p) => MODEL.test(p) && !TEST_DIRS.test(p))
        .sort((a, b) => Number(!a.startsWith("models/")) - Number(!b.startsWith("models/")) || a.localeCompare(b));
    const head = read(".git/HEAD");
    const defaultBranch = head ? /^ref: refs\/heads\/(.+)$/m.exec(head)?.[1]?.trim() : undefined;
    const candidates = sorted.filter((p) => DATA_FILE.test(p) &&
        (!/\.txt(\.gz)?$/i.test(p) || DATA_FOLDER.test(p)) &&
        !TEST_DIRS.test(p) &&
        !/predictions?/i.test(base(p)) &&
        !written(p) &&
        !plots.includes(p) &&
        !metrics.includes(p));
    const tracked = dvc?.tracked ?? [];
    const dvcTracked = (path) => tracked.some((t) => (0,read_dvc_project/* isUnder */.J)(path, t.path));
    const reachable = candidates.filter((path) => {
        if (!isIgnored(path) || dvcTracked(path))
            return true;
        notes.push(`${path} is ignored by git and not tracked by DVC, so CI would not have it: not configured. Commit it or track it with DVC, then run slipway init again.`);
        return false;
    });
    const datasets = groupDatasets(reachable);
    if (datasets.length > MAX_DATASETS) {
        notes.push(`${datasets.length} datasets found; the first ${MAX_DATASETS} are configured, add the others by hand.`);
        datasets.length = MAX_DATASETS;
    }
    for (const { path } of tracked) {
        if (!has(path) && !sorted.some((p) => (0,read_dvc_project/* isUnder */.J)(p, path)))
            notes.push(`${path} is tracked by DVC but not here: run \`dvc pull\`, then slipway init again.`);
    }
    return {
        datasets,
        metrics,
        params,
        plots,
        ...requirements,
        hasTests,
        ...opt("evaluate", evaluate),
        notebooks,
        models,
        ...opt("sample", sorted.find((p) => /sample[^/]*\.json$/i.test(base(p)))),
        ...opt("dockerfile", sorted.find((p) => p === "Dockerfile")),
        ...opt("python", pythonVersion(read) ?? ml?.python),
        ...opt("defaultBranch", defaultBranch),
        dvc: dvc ? dvcInCi(dvc.commands === null, dvc.remote, tracked, datasets, notes) : null,
        ...opt("devcontainer", [".devcontainer.json", ".devcontainer/devcontainer.json"].find((p) => read(p) !== null)),
        isIgnored,
        notes,
    };
}
/** DVC runs in CI when its commands do, and pulls the tracked data the datasets need from the remote. */
function dvcInCi(runsDvc, remote, tracked, datasets, notes) {
    if (!remote || tracked.length === 0)
        return { install: runsDvc, pull: null };
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(remote.url) || remote.url.startsWith("file://")) {
        notes.push(`DVC's remote "${remote.name}" is a folder on this machine (${remote.url}): CI cannot pull from it. Point it at shared storage, then run slipway init again.`);
        return { install: runsDvc, pull: null };
    }
    const needed = tracked.filter((t) => datasets.some((d) => (0,read_dvc_project/* isUnder */.J)(d.path, t.path) || (0,read_dvc_project/* isUnder */.J)(d.reference ?? "", t.path)));
    return {
        install: true,
        pull: { targets: (needed.length > 0 ? needed : tracked).map((t) => t.file), remote },
    };
}
function pythonVersion(read) {
    const pinned = read(".python-version")?.trim().split("\n")[0]?.trim();
    const runtime = /python-(\d+\.\d+)/.exec(read("runtime.txt") ?? "")?.[1];
    const requires = /requires-python\s*=\s*["'][^"'\d]*(\d+\.\d+)/.exec(read("pyproject.toml") ?? "")?.[1];
    const version = pinned ?? runtime ?? requires;
    return version ? /^(\d+\.\d+)/.exec(version)?.[1] : undefined;
}
function unique(values) {
    return [...new Set(values)];
}
function opt(key, value) {
    return value === undefined ? {} : { [key]: value };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/init/generated-marker.ts
/**
 * The first line of every file `slipway init` writes: a marker and the hash of the rest. On a later
 * run the hash tells a file it wrote and nobody touched (safe to rewrite) from one a person edited
 * (left alone); a file without the marker was never its to write.
 */

const MARKER = /^(#|\/\/) Written by `slipway init` \(sha256 ([0-9a-f]{16})\)\./;
function hashOf(body) {
    return (0,external_node_crypto_.createHash)("sha256").update(body).digest("hex").slice(0, 16);
}
function withMarker(body, comment) {
    return `${comment} Written by \`slipway init\` (sha256 ${hashOf(body)}). Edit freely: once edited, slipway init leaves it alone.\n${body}`;
}
/** untouched: ours as written; edited: ours, changed since; foreign: not written by slipway init. */
function provenance(text) {
    const newline = text.indexOf("\n");
    const first = newline < 0 ? text : text.slice(0, newline);
    const match = MARKER.exec(first);
    if (!match)
        return "foreign";
    return hashOf(newline < 0 ? "" : text.slice(newline + 1)) === match[2] ? "untouched" : "edited";
}

;// CONCATENATED MODULE: ./src/init/plan-init.ts
/**
 * What `slipway init` will do with each file it would write, given what is already there: create
 * it, rewrite it (ours and untouched, with new content), leave it (the same), skip it (a person's
 * file, or ours edited since), or extend it (a person's file that init only adds to — .gitignore,
 * their dev container). Nothing here writes; applyPlan does, through the repository seam.
 */

function planFiles(drafts, existing, notes = []) {
    const files = drafts.map((draft) => {
        const current = existing(draft.path);
        if (current === null)
            return { ...draft, action: "create" };
        if (current === draft.content)
            return { ...draft, action: "unchanged" };
        if (draft.extends)
            return { ...draft, action: "extend" };
        const origin = provenance(current);
        if (origin === "untouched")
            return { ...draft, action: "update", reason: "written by slipway init and not edited since" };
        return {
            ...draft,
            action: "skip",
            reason: origin === "edited"
                ? "edited since slipway init wrote it; left as it is (delete it to have it written again)"
                : "already there, not written by slipway init; left as it is",
        };
    });
    return { files, notes: [...notes] };
}
/** True for the files a plan writes. */
function writes(file) {
    return file.action === "create" || file.action === "update" || file.action === "extend";
}
/** Writes what the plan creates, updates or extends; returns the paths written. */
function applyPlan(plan, repository) {
    const written = [];
    for (const file of plan.files) {
        if (!writes(file))
            continue;
        repository.write(file.path, file.content);
        written.push(file.path);
    }
    return written;
}

// EXTERNAL MODULE: ./src/config/config-json-schema.ts
var config_json_schema = __webpack_require__(8677);
// EXTERNAL MODULE: ./src/config/schema.ts + 1 modules
var schema = __webpack_require__(7601);
// EXTERNAL MODULE: ./src/data/schema-bounds.ts
var schema_bounds = __webpack_require__(2371);
;// CONCATENATED MODULE: ./src/init/draft-config.ts
/**
 * The `.github/slipway.yml` (and the data schemas) `slipway init` drafts from what it found. Every
 * key it writes is one the config schema accepts (a test parses the draft), with comments saying
 * where each command came from and what to review. The model section is decided once
 * (`modelSection`): the config and the workflow both follow it, so they always agree.
 */





const JUNIT_PATH = "reports/junit.xml";
const DEFAULT_PYTHON = "3.12";
/** model.plots arrives with the comment's charts; until the config accepts it, plots are only named. */
const ACCEPTS_PLOTS = "plots" in schema/* modelSchema.shape */.hC.shape;
function draftSchema(schemaPath, datasetPath, schema) {
    const body = `# Table Schema drafted from ${datasetPath}: review the types, required columns, bounds and enums.\n# The ${(0,schema_bounds/* describeMargin */.Cj)(schema_bounds/* DEFAULT_MARGIN */.PH)}.\n${(0,dist/* stringify */.As)(schema, { lineWidth: 0, flowCollectionPadding: false })}`;
    return {
        path: schemaPath,
        content: withMarker(body, "#"),
        purpose: `Table Schema of ${datasetPath}, inferred from the data`,
    };
}
function draftConfig(project, options) {
    const sections = [
        `# yaml-language-server: $schema=${config_json_schema/* CONFIG_SCHEMA_URL */.NW}`,
        "# Slipway's configuration, drafted by `slipway init` from what this repository holds.",
        "# Every key: docs/configuration.md in Slipway's repository. Check it with `slipway config check`.",
        (0,dist/* stringify */.As)({ version: 1 }).trimEnd(),
    ];
    if (options.datasets.length > 0) {
        sections.push("", "# Datasets, checked against their Table Schemas (drafted from the data: review them), and for", "# drift against a reference when one is named.", (0,dist/* stringify */.As)({ data: options.datasets }, { lineWidth: 0 }).trimEnd());
    }
    if (options.model) {
        sections.push("", "# The model: its tests, its evaluation, and the files holding its metrics and parameters.", ...(project.evaluate ? [`# evaluate is ${project.evaluate.from}.`] : []), "# Add rules for the metrics that matter, e.g. rules: { accuracy: { min: 0.9, max-drop: 0.01 } }", (0,dist/* stringify */.As)({ model: options.model }, { lineWidth: 0 }).trimEnd());
    }
    const pkg = packageSection(project, options.name);
    if (pkg) {
        sections.push("", "# The model's container image: a scikit-learn server Slipway writes, smoke-tested with the sample.", (0,dist/* stringify */.As)({ package: pkg }, { lineWidth: 0 }).trimEnd());
    }
    return {
        path: options.configPath,
        content: withMarker(`${sections.join("\n")}\n`, "#"),
        purpose: "Slipway's configuration",
    };
}
/** The model section, or null when there is nothing to run or read (then no test-model step either). */
function modelSection(project) {
    const model = {
        ...(project.hasTests ? { test: `python -m pytest -q --junitxml=${JUNIT_PATH}`, junit: JUNIT_PATH } : {}),
        ...(project.evaluate ? { evaluate: project.evaluate.command } : {}),
        ...(project.metrics.length > 0 ? { metrics: project.metrics } : {}),
    };
    // Params alone run nothing and measure nothing: they come along with a section that does.
    if (Object.keys(model).length === 0)
        return null;
    if (project.params.length > 0)
        model.params = project.params;
    if (ACCEPTS_PLOTS && project.plots.length > 0)
        model.plots = project.plots;
    return model;
}
function packageSection(project, name) {
    const model = project.models[0];
    if (!model)
        return null;
    return {
        name,
        framework: "sklearn",
        model,
        python: project.python ?? DEFAULT_PYTHON,
        ...(project.serveRequirements ? { requirements: project.serveRequirements } : {}),
        ...(project.sample ? { sample: project.sample } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/init/draft-devcontainer.ts
/**
 * The team's dev container: one environment for the whole team (VS Code, Codespaces, the
 * devcontainer CLI) — the project's Python with its requirements installed, Node for the slipway
 * command line, and the editor pointed at the config's JSON Schema. A repository that has one
 * (`.devcontainer.json` or `.devcontainer/devcontainer.json`) keeps it: only what is missing is
 * added to it, its comments and layout kept; a second one is never written beside it.
 */




const DEVCONTAINER_PATH = ".devcontainer/devcontainer.json";
const NODE_FEATURE = "ghcr.io/devcontainers/features/node:1";
const YAML_EXTENSION = "redhat.vscode-yaml";
/** A new dev container, or the team's own extended; null when theirs cannot be read as JSONC. */
function draftDevcontainer(project, options) {
    const theirs = project.devcontainer;
    const text = theirs ? options.existing(theirs) : null;
    if (theirs && text !== null && provenance(text) === "foreign")
        return extendDevcontainer(theirs, text, project, options);
    const python = project.python ?? DEFAULT_PYTHON;
    const definition = {
        name: options.name,
        image: `mcr.microsoft.com/devcontainers/python:1-${python}-bookworm`,
        features: { [NODE_FEATURE]: { version: "20" } },
        ...(project.requirements ? { postCreateCommand: `pip install -r ${project.requirements}` } : {}),
        customizations: {
            vscode: {
                extensions: ["ms-python.python", "ms-toolsai.jupyter", YAML_EXTENSION],
                settings: { "yaml.schemas": { [config_json_schema/* CONFIG_SCHEMA_URL */.NW]: options.configPath } },
            },
        },
    };
    // devcontainer.json is JSON with comments, so the marker is a // line.
    return {
        path: DEVCONTAINER_PATH,
        content: withMarker(`${JSON.stringify(definition, null, 2)}\n`, "//"),
        purpose: "dev container: the team's shared environment",
    };
}
function extendDevcontainer(path, text, project, options) {
    const errors = [];
    const current = (0,main.parse)(text, errors, { allowTrailingComma: true });
    if (errors.length > 0 || !current || typeof current !== "object" || Array.isArray(current))
        return null;
    const edits = [];
    const features = (current.features ?? {});
    if (!Object.keys(features).some((feature) => /\/node(:|$)/.test(feature)))
        edits.push([["features", NODE_FEATURE], { version: "20" }, "Node (the slipway command line)"]);
    const vscode = (current.customizations?.vscode ??
        {});
    const extensions = [vscode.extensions, current.extensions].flatMap((list) => Array.isArray(list) ? list : []);
    if (!extensions.includes(YAML_EXTENSION)) {
        const list = Array.isArray(vscode.extensions) ? vscode.extensions : [];
        edits.push([
            ["customizations", "vscode", "extensions", list.length],
            YAML_EXTENSION,
            "the YAML extension",
        ]);
    }
    const schemas = (vscode.settings?.["yaml.schemas"] ?? {});
    if (!(config_json_schema/* CONFIG_SCHEMA_URL */.NW in schemas))
        edits.push([
            ["customizations", "vscode", "settings", "yaml.schemas", config_json_schema/* CONFIG_SCHEMA_URL */.NW],
            options.configPath,
            `completion for ${options.configPath}`,
        ]);
    if (current.postCreateCommand === undefined && project.requirements)
        edits.push([
            ["postCreateCommand"],
            `pip install -r ${project.requirements}`,
            "the requirements installed",
        ]);
    let content = text;
    for (const [at, value] of edits) {
        const isArrayInsert = typeof at.at(-1) === "number";
        content = (0,main.applyEdits)(content, (0,main.modify)(content, at, value, {
            formattingOptions: { insertSpaces: true, tabSize: indentOf(text) },
            ...(isArrayInsert ? { isArrayInsertion: true } : {}),
        }));
    }
    const added = edits.map(([, , what]) => what);
    return {
        path,
        content,
        purpose: added.length > 0
            ? `the team's dev container, with ${added.join(", ")} added`
            : "the team's dev container (it has what Slipway needs)",
        extends: true,
    };
}
function indentOf(text) {
    return /\n( +)"/.exec(text)?.[1]?.length ?? 2;
}

;// CONCATENATED MODULE: ./src/init/draft-gitignore.ts
/**
 * `.gitignore`: what a Slipway run writes and nobody commits — the report, the JUnit results the
 * drafted test command writes, the executed copies of notebooks — appended to the team's file
 * (or a new one) unless git already ignores it. Nothing else in the file changes.
 */


const GITIGNORE_PATH = ".gitignore";
const REPORT_FILE = "slipway-report.json";
function draftGitignore(project, model, existing) {
    const wanted = [
        REPORT_FILE,
        ...(model?.junit ? [JUNIT_PATH] : []),
        ...(project.notebooks.length > 0 ? [`${EXECUTED_NOTEBOOKS}/`] : []),
    ];
    const missing = wanted.filter((path) => !project.isIgnored(path));
    const current = existing(GITIGNORE_PATH) ?? "";
    if (missing.length === 0)
        return {
            path: GITIGNORE_PATH,
            content: current,
            purpose: "ignores what Slipway runs write",
            extends: true,
        };
    const block = [
        "# What a Slipway run writes (added by slipway init)",
        ...missing.map((path) => `/${path}`),
    ].join("\n");
    const separator = current === "" ? "" : current.endsWith("\n") ? "\n" : "\n\n";
    return {
        path: GITIGNORE_PATH,
        content: `${current}${separator}${block}\n`,
        purpose: `ignores ${missing.join(", ")} (what a Slipway run writes)`,
        extends: true,
        preview: block,
    };
}

;// CONCATENATED MODULE: ./src/init/draft-monitor-workflow.ts
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are workflow YAML with GitHub expressions
/**
 * `.github/workflows/monitor.yml`, offered when the project looks like it runs in production: an
 * env example naming a database URL, or a workflow that already runs on a schedule. A daily cron
 * runs actions/monitor over the configured datasets (the monitor's defaults when the config has no
 * monitor: section); a database URL found is passed from the repository secret of that name.
 */

const MONITOR_WORKFLOW_PATH = ".github/workflows/monitor.yml";
const ENV_EXAMPLES = [".env.example", ".env.sample", ".env.template", ".env.dist"];
/** Reads the signs of a production setting from the repository's files, or null when there are none. */
function findMonitorHint(files, read) {
    for (const path of ENV_EXAMPLES) {
        const name = /^\s*(?:export\s+)?([A-Z][A-Z0-9_]*DATABASE_URL)\s*=/m.exec(read(path) ?? "")?.[1];
        if (name)
            return { reason: `${path} names ${name}`, urlEnv: name };
    }
    const scheduled = files.find((path) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) &&
        path !== MONITOR_WORKFLOW_PATH &&
        /^\s*schedule\s*:/m.test(read(path) ?? ""));
    return scheduled ? { reason: `${scheduled} runs on a schedule` } : null;
}
function draftMonitorWorkflow(hint, configPath) {
    const lines = [
        `# Every morning: the datasets of ${configPath} measured and judged against their history; one issue`,
        "# per dataset and problem while it lasts (see the monitor: section to choose metrics and limits).",
        "name: monitor",
        "on:",
        "  schedule:",
        '    - cron: "30 6 * * *"',
        "  workflow_dispatch:",
        "permissions:",
        "  contents: read",
        "  issues: write # the monitor's issues",
        "  actions: write # the previous run's history artifact; a retrain dispatch",
        "jobs:",
        "  monitor:",
        "    runs-on: ubuntu-24.04",
        ...(hint.urlEnv ? ["    env:", `      ${hint.urlEnv}: \${{ secrets.${hint.urlEnv} }}`] : []),
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: slipway-dev/slipway/actions/monitor@v1",
        ...(configPath !== ".github/slipway.yml" ? ["        with:", `          config: ${configPath}`] : []),
    ];
    return {
        path: MONITOR_WORKFLOW_PATH,
        content: withMarker(`${lines.join("\n")}\n`, "#"),
        purpose: `scheduled data monitoring (offered: ${hint.reason})`,
    };
}

;// CONCATENATED MODULE: ./src/init/draft-workflow.ts
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are workflow YAML with GitHub expressions
/**
 * `.github/workflows/ml.yml`: on every pull request (and pushes to the default branch, whose reports
 * are the baselines), DVC's data pulled when the project keeps it in a remote, then Slipway's
 * composite actions for exactly the parts the drafted config has, then the report uploaded for the
 * app. It lints clean with actionlint (a test holds it to that).
 */


const WORKFLOW_PATH = ".github/workflows/ml.yml";
const ACTIONS = "slipway-dev/slipway/actions";
function draftWorkflow(project, parts) {
    const branch = project.defaultBranch ?? "main";
    const lines = [
        "# Slipway on every pull request: validate the data, test the model against the base branch,",
        "# package it, and upload the report the Slipway app turns into one comment.",
        "name: ml",
        "on:",
        "  pull_request:",
        "  push:",
        `    branches: [${JSON.stringify(branch)}]`,
        "permissions:",
        "  contents: read",
        "  actions: read # test-model reads the base branch's report artifact as the baseline",
        "jobs:",
        "  slipway:",
        "    runs-on: ubuntu-24.04",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "        with:",
        "          fetch-depth: 0 # the baseline may be the base branch's files",
        ...dvcSteps(project.dvc),
    ];
    if (parts.data)
        lines.push("      - name: Validate the data", `        uses: ${ACTIONS}/validate-data@v1`);
    if (parts.model) {
        lines.push("      - name: Test the model", "        if: ${{ !cancelled() }}", `        uses: ${ACTIONS}/test-model@v1`, "        with:", `          python-version: ${JSON.stringify(project.python ?? DEFAULT_PYTHON)}`, ...(project.requirements ? [`          requirements: ${project.requirements}`] : []));
    }
    if (parts.package)
        lines.push("      - name: Package the model", `        uses: ${ACTIONS}/package-model@v1`);
    lines.push("      - name: Upload the Slipway report", "        if: ${{ !cancelled() }}", "        uses: actions/upload-artifact@v4", "        with:", "          name: slipway-report", "          path: slipway-report.json");
    return {
        path: WORKFLOW_PATH,
        content: withMarker(`${lines.join("\n")}\n`, "#"),
        purpose: "workflow running Slipway's actions on pull requests",
    };
}
function dvcSteps(dvc) {
    if (!dvc?.install)
        return [];
    const lines = ["      - uses: iterative/setup-dvc@v1"];
    if (dvc.pull) {
        const credentials = remoteCredentials(dvc.pull.remote);
        lines.push(`      - name: Fetch the data DVC tracks (remote "${dvc.pull.remote.name}")`, `        run: dvc pull ${dvc.pull.targets.join(" ")}`.trimEnd(), ...(credentials.length > 0
            ? [
                "        env: # the repository's secrets: Settings → Secrets and variables → Actions",
                ...credentials.map((name) => `          ${name}: \${{ secrets.${name} }}`),
            ]
            : []));
    }
    return lines;
}
/** The environment DVC reads a remote's credentials from, by the remote's scheme. */
function remoteCredentials(remote) {
    const scheme = /^([a-z0-9+.-]+):\/\//i.exec(remote.url)?.[1]?.toLowerCase();
    switch (scheme) {
        case "s3":
            return ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"];
        case "azure":
            return ["AZURE_STORAGE_CONNECTION_STRING"];
        case "gdrive":
            return ["GDRIVE_CREDENTIALS_DATA"];
        default:
            return [];
    }
}

;// CONCATENATED MODULE: ./src/init/schema-location.ts

function schemaLocation(dataset, project, existing) {
    const file = `${slug(dataset.name)}.schema.yaml`;
    const candidates = [besideTheData(dataset), `schemas/${file}`, `.github/slipway/schemas/${file}`];
    for (const path of candidates) {
        const current = existing(path);
        if (current !== null && provenance(current) === "foreign")
            return { path, persons: true };
    }
    const hidden = `.github/slipway/schemas/${file}`;
    return { path: candidates.find((path) => !project.isIgnored(path)) ?? hidden, persons: false };
}
/** `data/train.csv` → `data/train.schema.yaml`; a glob's schema is named after the dataset. */
function besideTheData(dataset) {
    const folder = dataset.path.includes("/") ? dataset.path.slice(0, dataset.path.lastIndexOf("/") + 1) : "";
    const file = dataset.path.slice(folder.length);
    const stem = /[*?[]/.test(file)
        ? slug(dataset.name)
        : file.replace(/\.(csv|tsv|txt|parquet|jsonl|ndjson)(\.gz)?$/i, "");
    return `${folder}${stem}.schema.yaml`;
}
function slug(name) {
    return name.replace(/[^\w.-]+/g, "-") || "data";
}

;// CONCATENATED MODULE: ./src/init/plan-init-for.ts
/**
 * From a repository's files to the plan `slipway init` shows: the config, the data schemas, the
 * workflow, the dev container and .gitignore, each created, rewritten, extended, kept or skipped
 * (see plan-init.ts). What each part is gets decided once here, so the config, the workflow and
 * the notes say the same thing.
 */







/** Datasets whose schema file is not a person's already: their schema is inferred from the data. */
function datasetsToInfer(project, existing) {
    return project.datasets
        .filter((dataset) => !schemaLocation(dataset, project, existing).persons)
        .map((dataset) => dataset.path);
}
function planInit(inputs) {
    const { project, existing } = inputs;
    const name = imageName(inputs.name);
    const notes = [...project.notes];
    const drafts = [];
    const datasets = [];
    for (const dataset of project.datasets) {
        const location = schemaLocation(dataset, project, existing);
        const result = location.persons ? undefined : inputs.inferred.get(dataset.path);
        if (result && "error" in result)
            notes.push(`${dataset.path}: no schema drafted (${result.error}); the dataset is configured without one.`);
        if (result && "schema" in result)
            drafts.push(draftSchema(location.path, dataset.path, result.schema));
        const schema = location.persons || (result && "schema" in result) ? location.path : undefined;
        datasets.push({
            name: dataset.name,
            path: dataset.path,
            ...(schema ? { schema } : {}),
            ...(dataset.reference ? { reference: dataset.reference } : {}),
            ...(result && "dialect" in result && result.dialect ? { dialect: result.dialect } : {}),
            ...(result && "encoding" in result && result.encoding ? { encoding: result.encoding } : {}),
        });
    }
    const model = modelSection(project);
    const parts = { data: datasets.length > 0, model, package: project.models.length > 0 };
    drafts.unshift(draftConfig(project, { configPath: inputs.configPath, datasets, model, name }));
    drafts.push(draftWorkflow(project, parts));
    const monitor = inputs.files ? findMonitorHint(inputs.files, inputs.existing) : null;
    if (monitor && datasets.length > 0) {
        drafts.push(draftMonitorWorkflow(monitor, inputs.configPath));
        if (monitor.urlEnv)
            notes.push(`${monitor.reason}: to watch a table, add a dataset with source: { postgres: { url-env: ${monitor.urlEnv}, table: schema.table } } and the secret ${monitor.urlEnv}.`);
    }
    const devcontainer = draftDevcontainer(project, { name, configPath: inputs.configPath, existing });
    if (devcontainer)
        drafts.push(devcontainer);
    else
        notes.push(`${project.devcontainer} is not JSON with comments init can read: left as it is, and no second dev container written.`);
    drafts.push(draftGitignore(project, model, existing));
    notes.push(...partNotes(project, parts, existing));
    return planFiles(drafts, existing, notes);
}
/** What the person should know about each part, from the same decisions the drafts followed. */
function partNotes(project, parts, existing) {
    const notes = [];
    if (!parts.data)
        notes.push("No data files (csv, tsv, parquet, jsonl) found: no data section.");
    if (!parts.model)
        notes.push("No tests, evaluate command (dvc.yaml, MLproject, scripts, notebooks) or metrics files found: no model section and no test-model step.");
    if (!parts.package)
        notes.push("No saved model (.joblib, .pkl) found: no package section; add one once the model is saved.");
    if (project.models.length > 1)
        notes.push(`Several saved models; ${project.models[0]} is packaged. Change package.model to pick another.`);
    if (parts.model && project.plots.length > 0)
        notes.push(`${project.plots.join(", ")}: plots the pipeline writes (dvc.yaml), not datasets; they are not checked as data.`);
    const requirements = project.requirements ? (existing(project.requirements) ?? "") : "";
    if (project.notebooks.length > 0 && !/^\s*(nbconvert|jupyter)\b/im.test(requirements))
        notes.push(`The notebooks run with nbconvert: add nbconvert and ipykernel to ${project.requirements ?? "a requirements.txt"}.`);
    const remote = project.dvc?.pull?.remote;
    if (remote && !/^(s3|azure|gdrive|https?):\/\//i.test(remote.url))
        notes.push(`The workflow's \`dvc pull\` reads ${remote.url}: give the job that remote's credentials (as DVC's docs say for its type).`);
    return notes;
}
/** A folder name as an image name: lower case, letters, digits and single dashes. */
function imageName(folder) {
    const name = folder
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
    return name || "model";
}

;// CONCATENATED MODULE: ./src/init/repository-files.ts
/**
 * The file-system seam of `slipway init`: list a repository's files (not descending into the
 * folders the finder skips), read one, write one. Tests use it on temporary folders.
 */



function repositoryFiles(root) {
    return {
        list() {
            const out = [];
            const walk = (relative) => {
                for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, relative), { withFileTypes: true })) {
                    const path = relative ? `${relative}/${entry.name}` : entry.name;
                    if (entry.isDirectory()) {
                        if (!SKIPPED_DIRS.has(entry.name))
                            walk(path);
                    }
                    else if (entry.isFile())
                        out.push(path);
                }
            };
            walk("");
            return out.sort();
        },
        read(path) {
            const file = (0,external_node_path_.join)(root, path);
            return (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile() ? (0,external_node_fs_.readFileSync)(file, "utf8") : null;
        },
        write(path, content) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(root, path)), { recursive: true });
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, path), content);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/init.ts
/**
 * `slipway init [dir]`: drafts Slipway's files for an existing data-science repository — the config
 * (with Table Schemas inferred from its data), the workflow and a dev container. A dry run by
 * default: it shows what it would write; `--write` writes. Files a person wrote or edited are never
 * overwritten.
 */











const registerInit = (program, io) => {
    program
        .command("init")
        .description("Draft .github/slipway.yml (with inferred data schemas), the ml.yml workflow and a dev container for this repository. Shows them first; --write writes.")
        .argument("[dir]", "the repository's root", ".")
        .option("--write", "write the files (default: only show what would be written)")
        .option("--config <path>", `where the config goes, from the root (default: ${load_config/* DEFAULT_CONFIG_PATH */.Bi})`)
        .option("--json", "print the plan as JSON")
        .action(async (dir, options) => {
        const root = (0,external_node_path_.resolve)(io.cwd, dir);
        if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory())
            throw new errors/* InputError */.dz(dir, "is not a folder. Give the repository's root folder.");
        const repository = repositoryFiles(root);
        const files = repository.list();
        const project = findProjectFiles(files, repository.read);
        const inferred = await inferSchemas(datasetsToInfer(project, repository.read), root, (path) => io.stderr(`inferring the schema of ${path}\n`));
        const plan = planInit({
            project,
            inferred,
            existing: repository.read,
            name: (0,external_node_path_.basename)(root),
            configPath: options.config ?? load_config/* DEFAULT_CONFIG_PATH */.Bi,
            files,
        });
        const written = options.write ? applyPlan(plan, repository) : [];
        if (options.json) {
            const files = plan.files.map(({ content: _, preview: __, extends: ___, ...file }) => file);
            io.stdout(`${JSON.stringify({ root, write: Boolean(options.write), files, notes: plan.notes, written }, null, 2)}\n`);
        }
        else
            io.stdout(renderPlan(plan, { root, write: Boolean(options.write) }));
    });
};
async function inferSchemas(paths, root, onProgress) {
    const inferred = new Map();
    if (paths.length === 0)
        return inferred;
    const sql = await (0,duckdb/* openDuckDB */.C)();
    try {
        for (const path of paths) {
            onProgress(path);
            try {
                // The same detection validate-data uses; what is not the default goes into the config.
                const { schema, readAs } = await (0,infer_schema/* inferDataset */.bb)(sql, path, { cwd: root });
                const dialect = readAs ? (0,read_dialect/* dialectConfig */.bM)(readAs.dialect) : {};
                inferred.set(path, {
                    schema,
                    ...(Object.keys(dialect).length > 0 ? { dialect } : {}),
                    ...(readAs && readAs.encoding !== "utf-8" ? { encoding: readAs.encoding } : {}),
                });
            }
            catch (error) {
                // One unreadable file should not stop the rest: it is configured without a schema, and said.
                if (!(0,errors/* isSlipwayError */.qQ)(error))
                    throw error;
                inferred.set(path, { error: (0,errors/* describeFailure */.Ic)(error).message });
            }
        }
    }
    finally {
        sql.close();
    }
    return inferred;
}
const LABEL = {
    create: "create",
    update: "update",
    extend: "extend",
    unchanged: "unchanged",
    skip: "skip",
};
function renderPlan(plan, options) {
    const width = Math.max(...plan.files.map((file) => file.path.length));
    const lines = [`slipway init in ${options.root}`, ""];
    for (const file of plan.files) {
        const why = file.action === "skip" ? file.reason : file.purpose;
        lines.push(`  ${LABEL[file.action].padEnd(9)} ${file.path.padEnd(width)}  ${why}`);
    }
    if (plan.notes.length > 0)
        lines.push("", ...plan.notes.map((note) => `note: ${note}`));
    const changing = plan.files.filter(writes);
    const files = (n) => `${n} file${n === 1 ? "" : "s"}`;
    if (changing.length === 0) {
        lines.push("", "Nothing to write.");
    }
    else if (options.write) {
        lines.push("", `Wrote ${files(changing.length)}. Next: review the drafted schemas, add rules for the model's metrics, run \`slipway config check\`, and commit.`);
    }
    else {
        for (const file of changing)
            lines.push("", `── ${file.path} (${file.action}) ──`, (file.preview ?? file.content).trimEnd());
        lines.push("", `Dry run: nothing written. Run \`slipway init --write\` to write the ${files(changing.length)} above.`);
    }
    return `${lines.join("\n")}\n`;
}


/***/ }),

/***/ 8677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ configJsonSchemaText),
/* harmony export */   NW: () => (/* binding */ CONFIG_SCHEMA_URL)
/* harmony export */ });
/* unused harmony export configJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8439);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7601);
/**
 * The JSON Schema of `.github/slipway.yml`, generated from the one zod definition (schema.ts) with
 * zod 4's own `z.toJSONSchema`, so editors complete and check the same keys Slipway accepts.
 * Committed at schema/slipway.schema.json; a test fails when that file drifts from this.
 */


/** Where the published schema lives: the `$id`, and what `slipway init` points editors at. */
const CONFIG_SCHEMA_URL = "https://raw.githubusercontent.com/slipway-dev/slipway/main/schema/slipway.schema.json";
function configJsonSchema() {
    // "input": what a person writes — keys with defaults are optional, and the defaults are shown.
    const generated = zod__WEBPACK_IMPORTED_MODULE_1__/* .toJSONSchema */ .bl(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .configSchema */ .Qn, { io: "input", unrepresentable: "any" });
    const { $schema, ...rest } = generated;
    return {
        $schema,
        $id: CONFIG_SCHEMA_URL,
        title: "Slipway configuration (.github/slipway.yml)",
        description: "One file for data validation, model tests, packaging and deployment gates. Every section is optional. Generated from src/config/schema.ts: do not edit by hand.",
        ...rest,
    };
}
/** The schema file's text, exactly as committed. */
function configJsonSchemaText() {
    return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}


/***/ }),

/***/ 7534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bb: () => (/* binding */ inferDataset)
/* harmony export */ });
/* unused harmony exports inferSchema, frictionlessType */
/* harmony import */ var _open_dataset_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6962);
/* harmony import */ var _schema_bounds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2371);
/* harmony import */ var _sql_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5320);
/**
 * Drafts a Table Schema from data, for a person to review: types from DuckDB's detection, `required`
 * where a column has no nulls, min/max for numbers and dates (with a margin: schema-bounds.ts),
 * `enum` for low-cardinality strings. The data it was inferred from validates against it, and so
 * does another sample of the same data (tests hold it to both).
 */



async function inferSchema(sql, path, options) {
    return (await inferDataset(sql, path, options)).schema;
}
async function inferDataset(sql, path, options) {
    const enumMax = options.enumMax ?? 10;
    const margin = options.margin ?? _schema_bounds_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MARGIN */ .PH;
    const dataset = await (0,_open_dataset_js__WEBPACK_IMPORTED_MODULE_0__/* .openDataset */ .Jp)(sql, path, {
        cwd: options.cwd,
        name: "infer",
        typed: true,
        ...(options.dialect ? { dialect: options.dialect } : {}),
        ...(options.encoding ? { encoding: options.encoding } : {}),
    });
    // The first file is sniffed (openDataset refuses a path that matches none).
    const [firstFile] = dataset.files;
    const dateFormat = firstFile !== undefined &&
        (dataset.format === "csv" || dataset.format === "tsv") &&
        !dataset.readAs?.dialect.whitespaceDelimited
        ? await sniffDateFormat(sql, firstFile)
        : null;
    const stats = await columnStats(sql, dataset.view, dataset.columns);
    const fields = stats.map(({ column, ...s }) => {
        const type = frictionlessType(column.type);
        const constraints = {};
        if (dataset.rows > 0 && s.nulls === 0)
            constraints.required = true;
        if ((type === "integer" || type === "number") && s.min !== null)
            Object.assign(constraints, (0,_schema_bounds_js__WEBPACK_IMPORTED_MODULE_1__/* .numberBounds */ .rl)(Number(s.min), Number(s.max), { integer: type === "integer", margin }));
        if (type === "date" && s.min !== null)
            Object.assign(constraints, (0,_schema_bounds_js__WEBPACK_IMPORTED_MODULE_1__/* .dateBounds */ .sB)(String(s.min), String(s.max), margin));
        if (type === "string" &&
            s.values !== null &&
            s.distinct > 0 &&
            s.distinct <= enumMax &&
            dataset.rows >= 2 * s.distinct) {
            constraints.enum = [...s.values].sort();
        }
        const field = { name: column.name, type };
        if (type === "date" && dateFormat && dateFormat !== "%Y-%m-%d")
            field.format = dateFormat;
        if (Object.keys(constraints).length > 0)
            field.constraints = constraints;
        return field;
    });
    return {
        schema: { fields, missingValues: [""] },
        readAs: dataset.readAs,
        warnings: dataset.warnings,
    };
}
function frictionlessType(duckType) {
    if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/.test(duckType))
        return "integer";
    if (/^(FLOAT|DOUBLE|DECIMAL)/.test(duckType))
        return "number";
    if (duckType === "BOOLEAN")
        return "boolean";
    if (duckType === "DATE")
        return "date";
    if (duckType.startsWith("TIMESTAMP"))
        return "datetime";
    if (duckType === "TIME")
        return "time";
    return "string";
}
/** One scan for every column's nulls, range and distinct count; distinct values only for short lists. */
async function columnStats(sql, view, columns) {
    if (columns.length === 0)
        return [];
    const select = columns.flatMap((column, i) => {
        const c = (0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .ident */ .bD)(column.name);
        const ordered = frictionlessType(column.type) !== "string" && frictionlessType(column.type) !== "boolean";
        return [
            `count(*) - count(${c}) AS n${i}`,
            ordered ? `CAST(min(${c}) AS VARCHAR) AS lo${i}` : `NULL AS lo${i}`,
            ordered ? `CAST(max(${c}) AS VARCHAR) AS hi${i}` : `NULL AS hi${i}`,
            `approx_count_distinct(${c}) AS d${i}`,
        ];
    });
    const [row = {}] = await sql.all(`SELECT ${select.join(", ")} FROM ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .ident */ .bD)(view)}`);
    const stats = [];
    for (const [i, column] of columns.entries()) {
        const approx = Number(row[`d${i}`] ?? 0);
        let values = null;
        let distinct = approx;
        if (frictionlessType(column.type) === "string" && approx <= 64) {
            const rows = await sql.all(`SELECT DISTINCT ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .ident */ .bD)(column.name)} AS v FROM ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .ident */ .bD)(view)} WHERE ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .ident */ .bD)(column.name)} IS NOT NULL LIMIT 65`);
            values = rows.map((r) => String(r.v));
            distinct = values.length;
        }
        stats.push({
            column,
            nulls: Number(row[`n${i}`] ?? 0),
            min: row[`lo${i}`] ?? null,
            max: row[`hi${i}`] ?? null,
            distinct,
            values,
        });
    }
    return stats;
}
async function sniffDateFormat(sql, file) {
    try {
        const [row] = await sql.all(`SELECT DateFormat AS f FROM sniff_csv(${(0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)(file)})`);
        return row?.f ? String(row.f) : null;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 2371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ describeMargin),
/* harmony export */   ES: () => (/* binding */ parseMargin),
/* harmony export */   PH: () => (/* binding */ DEFAULT_MARGIN),
/* harmony export */   rl: () => (/* binding */ numberBounds),
/* harmony export */   sB: () => (/* binding */ dateBounds)
/* harmony export */ });
/* unused harmony export roundOutward */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The minimum and maximum `infer-schema` writes for a column, from the range it observed. A sample's
 * exact extremes make a poor bound: the next batch from the same distribution crosses them in
 * about half the columns (a split of scikit-learn's breast-cancer data failed 10 of 62 bound checks
 * while drift found nothing). So by default each bound moves out by half the observed range — never
 * across zero, so a column that was never negative still may not be — and is then rounded outward
 * to 2 significant digits, which also keeps float noise (0.9900700000000001) out of the file.
 */

const DEFAULT_DIGITS = 2;
const DEFAULT_MARGIN = { kind: "range", share: 0.5, digits: DEFAULT_DIGITS };
const MARGIN_HINT = 'must be 0 (the exact observed range), a share of the range such as "50%" (the default), or a number of significant digits such as 2';
/** `--margin`: "0" (exact), "25%" (widen by a share of the range), "3" (round to 3 significant digits). */
function parseMargin(text) {
    const value = text.trim();
    if (value === "0" || value === "0%" || value === "exact")
        return { kind: "exact" };
    const percent = /^(\d+(?:\.\d+)?)%$/.exec(value);
    if (percent) {
        const share = Number(percent[1]) / 100;
        if (share <= 10)
            return { kind: "range", share, digits: DEFAULT_DIGITS };
    }
    if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 15)
        return { kind: "digits", digits: Number(value) };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz("--margin", `${MARGIN_HINT}, not "${text}".`);
}
/** One line for the drafted schema's header, so a reader knows the bounds are not the data's own. */
function describeMargin(margin) {
    if (margin.kind === "exact")
        return "bounds are the observed minimum and maximum";
    if (margin.kind === "digits")
        return `bounds are the observed range rounded outward to ${margin.digits} significant digits`;
    return `bounds are the observed range widened by ${formatShare(margin.share)} of it on each side (never across zero) and rounded outward to ${margin.digits} significant digits`;
}
function numberBounds(min, max, options) {
    const { margin } = options;
    if (margin.kind === "exact" || !Number.isFinite(min) || !Number.isFinite(max))
        return { minimum: min, maximum: max };
    let low = min;
    let high = max;
    if (margin.kind === "range") {
        // A constant column has no range: its own size is the scale instead.
        const pad = margin.share * (max > min ? max - min : Math.abs(max));
        low = min - pad;
        high = max + pad;
        if (min >= 0)
            low = Math.max(low, 0);
        if (max <= 0)
            high = Math.min(high, 0);
    }
    let minimum = roundOutward(low, margin.digits, "down");
    let maximum = roundOutward(high, margin.digits, "up");
    if (options.integer) {
        minimum = Math.floor(minimum);
        maximum = Math.ceil(maximum);
    }
    return { minimum, maximum };
}
/** Dates (YYYY-MM-DD) move out by whole days under a range margin; otherwise they stay as observed. */
function dateBounds(min, max, margin) {
    const low = isoDay(min);
    const high = isoDay(max);
    if (margin.kind !== "range" || low === null || high === null)
        return { minimum: min, maximum: max };
    const pad = Math.ceil(margin.share * (high - low));
    return { minimum: dayText(low - pad) ?? min, maximum: dayText(high + pad) ?? max };
}
/**
 * `value` rounded to `digits` significant digits, away from the data: never above it going down,
 * never below it going up. The result is built from its decimal digits, so it prints as written.
 */
function roundOutward(value, digits, direction) {
    // -0 is 0: a drafted schema would otherwise print "minimum: -0".
    if (value === 0)
        return 0;
    if (!Number.isFinite(value))
        return value;
    const [mantissa, exponent] = value.toExponential(digits - 1).split("e");
    let scale = Number(exponent) - (digits - 1);
    let units = Math.round(Number(mantissa) * 10 ** (digits - 1));
    const at = (u, s) => Number(`${u}e${s}`);
    if (direction === "up" && at(units, scale) < value)
        units += 1;
    if (direction === "down" && at(units, scale) > value)
        units -= 1;
    // 1.0 stepping down to 0.9 (or -1.0 up to -0.9) lost a digit: 0.99 is the closer bound.
    if (Math.abs(units) < 10 ** (digits - 1)) {
        units = units * 10 + Math.sign(value) * 9;
        scale -= 1;
    }
    return at(units, scale);
}
function formatShare(share) {
    return `${Number((share * 100).toPrecision(6))}%`;
}
const DAY = 86_400_000;
function isoDay(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match)
        return null;
    return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY;
}
function dayText(day) {
    const date = new Date(day * DAY);
    const year = date.getUTCFullYear();
    if (year < 1 || year > 9999)
        return null;
    return date.toISOString().slice(0, 10);
}


/***/ }),

/***/ 4104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ findRequirements)
/* harmony export */ });
/**
 * Which requirements file the model's commands need: one at the root, else one the project names
 * (a dvc.yaml dependency, MLproject's environment, the `pip install -r` of a CML workflow), else
 * one beside the scripts or notebooks the commands run (`src/requirements.txt` beside
 * `src/train.py`). A serving one (requirements-serve.txt…) is for the image. Pure.
 */
const REQUIREMENTS = /(^|\/)requirements[^/]*\.txt$/i;
const SERVING = /serv|prod|deploy|infer/i;
const RUN_TARGET = /(?:\bpython3?\s+(?:-\S+\s+)*|\s)([\w./-]+\.(?:py|ipynb))\b/g;
function findRequirements(files, hints) {
    const has = (path) => files.includes(path);
    const atRoot = files.filter((p) => !p.includes("/") && REQUIREMENTS.test(p));
    const named = hints.named.filter((p) => p !== undefined && REQUIREMENTS.test(p) && has(p));
    const beside = hints.commands
        .flatMap((command) => [...command.matchAll(RUN_TARGET)].map(([, target = ""]) => target.replace(/^\.\//, "")))
        .map((target) => target.includes("/") ? `${target.slice(0, target.lastIndexOf("/"))}/requirements.txt` : "")
        .filter((p) => p !== "" && has(p));
    const requirements = atRoot.find((p) => p === "requirements.txt") ??
        named[0] ??
        beside[0] ??
        atRoot.find((p) => !SERVING.test(p)) ??
        atRoot[0];
    const serveRequirements = atRoot.find((p) => SERVING.test(p)) ?? requirements;
    return {
        ...(requirements ? { requirements } : {}),
        ...(serveRequirements ? { serveRequirements } : {}),
    };
}


/***/ }),

/***/ 2798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ isUnder),
/* harmony export */   v: () => (/* binding */ readDvcProject)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * What a DVC project says about itself: dvc.yaml's stages (their exact commands, in the order DVC
 * runs them), the metrics, params and plots files it names, what its stages write (never datasets),
 * the requirements among its dependencies, what `.dvc` files track, and the remote `.dvc/config`
 * names (so CI can `dvc pull`). Pure: a reader comes in.
 */

function readDvcProject(files, read) {
    const tracked = files
        .filter((path) => path.endsWith(".dvc") && !path.startsWith(".dvc/"))
        .map((file) => ({ path: file.slice(0, -4), file }));
    const text = read("dvc.yaml");
    const remote = readRemote(read(".dvc/config"));
    if (text === null && tracked.length === 0 && !files.includes(".dvc/config"))
        return null;
    let doc = {};
    try {
        doc = (text && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text)) || {};
    }
    catch {
        // A dvc.yaml DVC itself cannot read: nothing is taken from it (DVC says what is wrong).
    }
    const stages = Object.entries(doc.stages ?? {}).filter(([, stage]) => stage && typeof stage === "object");
    const metrics = [...paths(doc.metrics), ...stages.flatMap(([, s]) => paths(s.metrics, s.wdir))];
    const plots = [...topLevelPlots(doc.plots), ...stages.flatMap(([, s]) => paths(s.plots, s.wdir))];
    const params = [
        ...paths(doc.params),
        ...stages.flatMap(([, s]) => 
        // A bare key names a parameter of params.yaml; a mapping names its file.
        (s.params ?? []).flatMap((entry) => typeof entry === "string" ? [within(s.wdir, "params.yaml")] : paths([entry], s.wdir))),
    ];
    const outputs = [...metrics, ...plots, ...stages.flatMap(([, s]) => paths(s.outs, s.wdir))];
    const deps = stages.flatMap(([, s]) => paths(s.deps, s.wdir));
    return {
        commands: stageCommands(stages),
        metrics: unique(metrics),
        params: unique(params),
        plots: unique(plots),
        outputs: unique(outputs),
        deps: unique(deps),
        tracked,
        remote,
    };
}
/** True when `path` is `output` or inside the folder `output`. */
function isUnder(path, output) {
    const folder = output.replace(/\/+$/, "");
    return path === folder || path.startsWith(`${folder}/`);
}
/** Commands in dependency order (a stage after the stages whose outputs it reads), else file order. */
function stageCommands(stages) {
    const runnable = stages.filter(([, stage]) => !stage.frozen);
    const templated = runnable.some(([, stage]) => stage.foreach !== undefined ||
        stage.matrix !== undefined ||
        stage.do !== undefined ||
        [stage.cmd ?? ""].flat().some((cmd) => /\$\{/.test(String(cmd))));
    if (templated)
        return null;
    const ordered = [];
    const pending = [...runnable];
    while (pending.length > 0) {
        const ready = pending.findIndex(([, stage]) => paths(stage.deps, stage.wdir).every((dep) => !pending.some(([, other]) => other !== stage && paths(other.outs, other.wdir).some((out) => isUnder(dep, out)))));
        // A cycle (DVC refuses it anyway): the rest in file order.
        ordered.push(...pending.splice(Math.max(ready, 0), 1));
    }
    return ordered.flatMap(([, stage]) => {
        const commands = [stage.cmd ?? []]
            .flat()
            .map(String)
            .filter((cmd) => cmd.trim() !== "");
        if (commands.length === 0)
            return [];
        const joined = commands.join(" && ");
        const wdir = stage.wdir?.replace(/\/+$/, "");
        return [wdir && wdir !== "." ? `(cd ${wdir} && ${joined})` : joined];
    });
}
/** dvc.yaml's top-level plots: a path, or a named plot whose y (or x) maps files to columns. */
function topLevelPlots(entries) {
    const out = [];
    for (const entry of entries ?? []) {
        if (typeof entry === "string")
            out.push(entry);
        else if (entry && typeof entry === "object") {
            for (const [key, value] of Object.entries(entry)) {
                const definition = (value ?? {});
                const named = [definition.x, definition.y].flatMap((axis) => axis && typeof axis === "object" && !Array.isArray(axis) ? Object.keys(axis) : []);
                out.push(...(named.length > 0 ? named : [key]));
            }
        }
    }
    return out;
}
/** The paths of a deps/outs/metrics/plots list: strings, or one-key mappings `{path: {cache: false}}`. */
function paths(entries, wdir) {
    return (entries ?? []).flatMap((entry) => {
        if (typeof entry === "string")
            return [within(wdir, entry)];
        if (entry && typeof entry === "object")
            return Object.keys(entry).map((key) => within(wdir, key));
        return [];
    });
}
function within(wdir, path) {
    const folder = wdir?.replace(/^\.\/?|\/+$/g, "");
    const joined = folder ? `${folder}/${path}` : path;
    return joined.replace(/^\.\//, "");
}
/** The remote `core.remote` names, else the only remote; from .dvc/config (an INI file). */
function readRemote(text) {
    if (!text)
        return null;
    const remotes = [];
    let section = "";
    let defaultName;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const header = /^\[\s*(.+?)\s*\]$/.exec(line);
        if (header) {
            section = (header[1] ?? "").replace(/^'|'$/g, "");
            continue;
        }
        const pair = /^([\w.-]+)\s*=\s*(.*)$/.exec(line);
        if (!pair)
            continue;
        const [, key, value = ""] = pair;
        const remote = /^remote\s+"(.+)"$/.exec(section)?.[1];
        if (remote !== undefined && key === "url")
            remotes.push({ name: remote, url: value.trim() });
        if (section === "core" && key === "remote")
            defaultName = value.trim();
    }
    const [only] = remotes;
    return remotes.find((r) => r.name === defaultName) ?? (only && remotes.length === 1 ? only : null);
}
function unique(values) {
    return [...new Set(values)];
}


/***/ })

};
