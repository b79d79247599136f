export const id = 274;
export const ids = [274];
export const modules = {

/***/ 348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   el: () => (/* binding */ pythonOption),
/* harmony export */   mo: () => (/* binding */ requirementsOption),
/* harmony export */   z0: () => (/* binding */ requirementsFlag)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8179);
/**
 * The flags that choose the Python of the model's commands, shared by `slipway run` and
 * `slipway test-model` so both choose it alike (src/run/prepare-python.ts does the choosing).
 */


function pythonOption() {
    return new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$("--python <path>", "the Python for the model's commands (default: SLIPWAY_PYTHON, else the project's .venv or venv, else the first on PATH with the requirements)");
}
function requirementsOption() {
    return new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$("--requirements <path>", "what the model's commands need (default: model.requirements, else requirements.txt at the root, beside the scripts or in dvc.yaml's deps)");
}
/** --requirements as a path: relative to the shell's folder, as flag paths are; null when not given. */
function requirementsFlag(flags, cwd) {
    return flags.requirements ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, flags.requirements) : null;
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


/***/ }),

/***/ 8242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ chooseBaseline)
/* harmony export */ });
function chooseBaseline(choice) {
    if (choice.file)
        return { kind: "file", path: choice.file };
    if (choice.ref)
        return { kind: "git", ref: choice.ref };
    if (choice.config?.report)
        return { kind: "file", path: choice.config.report };
    if (choice.config?.ref)
        return { kind: "git", ref: choice.config.ref };
    if (choice.baseBranch) {
        return (choice.baseBranch.report ?? {
            kind: "none",
            reason: `No token to read the ${choice.baseBranch.branch} branch's slipway-report artifact; compared with nothing.`,
        });
    }
    const named = choice.optionNames ? `${choice.optionNames} or model.baseline` : "model.baseline";
    const none = choice.baseBranch === null ? "Not a pull request and no baseline configured" : "No baseline given";
    return { kind: "none", reason: `${none} (${named}); compared with nothing.` };
}


/***/ }),

/***/ 2127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ commandGit),
/* harmony export */   p: () => (/* binding */ gitFiles)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_globs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6053);
/**
 * Files as they were at a git revision, read with `git show` — the baseline for
 * `--baseline-ref origin/main`. The `Git` seam is small so tests can use a real repository made in
 * a temporary folder.
 */


/** Git through the `git` command, run in `cwd` (the repository root Slipway's paths start at). */
function commandGit(cwd) {
    const git = (args) => new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)("git", args, { cwd, encoding: "buffer", maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
            resolve({ code, stdout, stderr: stderr.toString("utf8") });
        });
    });
    return {
        async resolve(ref) {
            // `--end-of-options` keeps a ref like "--output=x" from being read as an option.
            const result = await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
            return result.code === 0 ? result.stdout.toString("utf8").trim() : null;
        },
        async show(commit, path) {
            const result = await git(["show", `${commit}:./${path.replace(/^\.\//, "")}`]);
            return result.code === 0 ? result.stdout : null;
        },
        async list(commit) {
            const result = await git(["ls-tree", "-r", "--name-only", "-z", commit]);
            return result.code === 0 ? result.stdout.toString("utf8").split("\0").filter(Boolean) : [];
        },
    };
}
function gitFiles(git, commit, where) {
    let listing;
    return {
        where,
        read: (path) => git.show(commit, path),
        async expand(pattern) {
            if (!(0,_config_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlob */ .fg)(pattern))
                return [pattern];
            listing ??= git.list(commit);
            const matches = (0,_config_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .fU)(pattern);
            return (await listing).filter((path) => matches(path)).sort();
        },
    };
}


/***/ }),

/***/ 4662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runShell),
/* harmony export */   c: () => (/* binding */ outputTail)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Runs one of the team's commands (tests, evaluation) through the shell, as CI would: output is
 * passed through as it comes (so a long training run shows progress) and its tail is kept for the
 * report and error messages.
 */

/** What we keep of a command's output: enough for a traceback, bounded for a job summary. */
const KEEP_CHARS = 64 * 1024;
const runShell = (command, options) => new Promise((resolve) => {
    const started = performance.now();
    let output = "";
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        shell: true,
        stdio: ["ignore", "pipe", "pipe"],
    });
    const take = (chunk) => {
        const text = chunk.toString("utf8");
        options.onOutput?.(text);
        output += text;
        if (output.length > 2 * KEEP_CHARS)
            output = output.slice(-KEEP_CHARS);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    const finish = (exitCode, extra = "") => resolve({
        command,
        exitCode,
        output: (output + extra).slice(-KEEP_CHARS),
        seconds: (performance.now() - started) / 1000,
    });
    child.on("error", (error) => finish(127, `\n${error.message}`));
    child.on("close", (code, signal) => {
        if (code !== null)
            finish(code);
        else
            finish(128, `\n(stopped by signal ${signal})`);
    });
});
/** The last `lines` lines of a command's output, for a message. */
function outputTail(output, lines = 40) {
    const all = output.replace(/\s+$/, "").split("\n");
    const tail = all.slice(-lines).join("\n");
    return all.length > lines ? `… (${all.length - lines} earlier lines in the log)\n${tail}` : tail;
}


/***/ }),

/***/ 7271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ flattenObject)
/* harmony export */ });
function flattenObject(value, path = []) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        const entries = Object.entries(value);
        // An empty mapping is a value of its own (a params section left empty), not nothing.
        if (entries.length === 0 && path.length > 0)
            return [{ name: path.join("."), path, value: {} }];
        return entries.flatMap(([key, inner]) => flattenObject(inner, [...path, key]));
    }
    return path.length === 0 ? [] : [{ name: path.join("."), path, value }];
}


/***/ }),

/***/ 9030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ workingTreeFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_globs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6053);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/**
 * The seam through which model testing reads its inputs: the working tree for the head, a git
 * revision for the baseline. Paths are relative to the repository root, as written in the config.
 */




function workingTreeFiles(root) {
    return {
        where: "the working tree",
        async read(path) {
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path));
            }
            catch (error) {
                const code = error.code;
                if (code === "ENOENT")
                    return null;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(path, `cannot be read (${code ?? String(error)}).`, {}, { cause: error });
            }
        },
        async expand(pattern) {
            return (0,_config_globs_js__WEBPACK_IMPORTED_MODULE_2__/* .isGlob */ .fg)(pattern) ? (0,_config_globs_js__WEBPACK_IMPORTED_MODULE_2__/* .expandGlob */ .hT)(root, pattern) : [pattern];
        },
    };
}


/***/ }),

/***/ 8619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ structuredFormat),
/* harmony export */   b: () => (/* binding */ parseStructuredFile)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * Reads the structured files DVC reads for metrics and params — JSON, YAML and TOML — into plain
 * data, and says on which line a key sits so a bad value can be pointed at.
 *
 * JSON needs care: Python's `json.dump` writes NaN and ±Infinity as bare `NaN`/`Infinity` tokens,
 * which `JSON.parse` rejects with a message about a position. Evaluation scripts do write them
 * (a metric that diverged), and the person should hear "eval.loss is NaN on line 4", so those
 * tokens are turned into numbers here and their lines remembered.
 */



function structuredFormat(file) {
    const lower = file.toLowerCase();
    if (lower.endsWith(".json"))
        return "json";
    if (lower.endsWith(".yaml") || lower.endsWith(".yml"))
        return "yaml";
    if (lower.endsWith(".toml"))
        return "toml";
    return null;
}
function parseStructuredFile(text, file, format) {
    switch (format) {
        case "json":
            return parseJson(text, file);
        case "yaml":
            return parseYaml(text, file);
        case "toml":
            return parseTomlFile(text, file);
    }
}
const MARKER = "\u0000slipway-nonfinite:";
function parseJson(text, file) {
    const marked = markNonFinite(text);
    let data;
    try {
        data = JSON.parse(marked);
    }
    catch (cause) {
        const detail = cause instanceof Error ? cause.message : String(cause);
        const position = /position (\d+)/.exec(detail);
        const line = position ? lineAt(marked, Number(position[1])) : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, `is not valid JSON: ${detail.replace(/ in JSON at position \d+.*$/, "")}.`, {
            line,
        });
    }
    const lines = new Map();
    const restore = (value, path) => {
        if (typeof value === "string" && value.startsWith(MARKER)) {
            const [token, line] = value.slice(MARKER.length).split("@");
            lines.set(pathKey(path), Number(line));
            return token === "NaN" ? Number.NaN : token === "-Infinity" ? -Infinity : Infinity;
        }
        if (Array.isArray(value))
            return value.map((item, i) => restore(item, [...path, String(i)]));
        if (value !== null && typeof value === "object") {
            const out = {};
            for (const [key, inner] of Object.entries(value))
                out[key] = restore(inner, [...path, key]);
            return out;
        }
        return value;
    };
    return { data: restore(data, []), lineOf: (path) => lines.get(pathKey(path)) };
}
/** Replaces bare NaN / Infinity / -Infinity tokens (outside strings) with marker strings holding their line. */
function markNonFinite(text) {
    let out = "";
    let line = 1;
    let i = 0;
    while (i < text.length) {
        const ch = text.charAt(i);
        if (ch === "\n")
            line++;
        if (ch === '"') {
            // Copy the whole string literal, escapes included.
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === "\\" ? 2 : 1;
            out += text.slice(i, j + 1);
            i = j + 1;
            continue;
        }
        const token = /^(-?Infinity|NaN)\b/.exec(text.slice(i, i + 9))?.[1];
        if (token !== undefined) {
            out += JSON.stringify(`${MARKER}${token}@${line}`);
            i += token.length;
            continue;
        }
        out += ch;
        i++;
    }
    return out;
}
function parseYaml(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    const error = document.errors[0];
    if (error) {
        const line = lineCounter.linePos(error.pos[0]).line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, `is not valid YAML: ${error.message.split("\n")[0]}`, { line });
    }
    return {
        data: document.toJS() ?? {},
        lineOf: (path) => {
            const node = document.getIn(path, true);
            return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
        },
    };
}
function parseTomlFile(text, file) {
    try {
        // smol-toml gives null-prototype objects; a JSON round trip would lose NaN, so copy by hand.
        return { data: plain((0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text)), lineOf: () => undefined };
    }
    catch (cause) {
        if (cause instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx) {
            const message = (cause.message.split("\n")[0] ?? cause.message).replace(/^Invalid TOML document: /, "");
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, `is not valid TOML: ${message}.`, { line: cause.line }, { cause });
        }
        throw cause;
    }
}
function plain(value) {
    if (value instanceof Date)
        return value.toISOString();
    if (Array.isArray(value))
        return value.map(plain);
    if (value !== null && typeof value === "object") {
        const out = {};
        for (const [key, inner] of Object.entries(value))
            out[key] = plain(inner);
        return out;
    }
    return value;
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text[i] === "\n")
            line++;
    return line;
}
function pathKey(path) {
    return path.join("\u0001");
}


/***/ }),

/***/ 1717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ splitCsv),
/* harmony export */   X: () => (/* binding */ parseMetricsCsv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Metrics as CSV rows of `name,value` (a header row naming both columns, in any order, other
 * columns ignored). Hand-written rather than DuckDB or a CSV package: the file holds a few dozen
 * rows, and a row number in the message matters more than speed. Quoted cells ("a,b", "say ""x""")
 * are read as RFC 4180 says.
 */

function parseMetricsCsv(text, file) {
    const records = splitCsv(text.replace(/^\uFEFF/, ""));
    const header = records.shift();
    if (!header)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, "is empty; expected a header row `name,value` and one row per metric.");
    const lower = header.cells.map((cell) => cell.trim().toLowerCase());
    const nameAt = lower.indexOf("name");
    const valueAt = lower.indexOf("value");
    if (nameAt < 0 || valueAt < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `the header row has ${header.cells.map((c) => JSON.stringify(c)).join(", ")}; it needs the columns "name" and "value".`, { line: header.line });
    }
    const metrics = {};
    records.forEach((record, index) => {
        const row = index + 1;
        if (record.cells.every((cell) => cell.trim() === ""))
            return; // blank line
        const name = (record.cells[nameAt] ?? "").trim();
        const raw = (record.cells[valueAt] ?? "").trim();
        if (!name)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, "the metric name is empty.", { row, line: record.line, field: "name" });
        if (name in metrics) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `metric "${name}" appears twice; each metric needs one row.`, {
                row,
                line: record.line,
                field: "name",
            });
        }
        const value = raw === "" ? Number.NaN : Number(raw);
        if (!Number.isFinite(value)) {
            const what = raw === ""
                ? "empty"
                : /^[-+]?(nan|inf(inity)?)$/i.test(raw)
                    ? raw
                    : `not a number (${JSON.stringify(raw)})`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `metric "${name}" is ${what}; metrics must be finite numbers. Check the evaluation that wrote it.`, { row, line: record.line, field: "value" });
        }
        metrics[name] = value;
    });
    return metrics;
}
/** RFC 4180 records; `delimiter` "\t" reads TSV the same way (DVC's plots files). */
function splitCsv(text, delimiter = ",") {
    const records = [];
    let cells = [];
    let cell = "";
    let quoted = false;
    let line = 1;
    let startLine = 1;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charAt(i);
        if (quoted) {
            if (ch === '"' && text[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (ch === '"')
                quoted = false;
            else {
                if (ch === "\n")
                    line++;
                cell += ch;
            }
        }
        else if (ch === '"')
            quoted = true;
        else if (ch === delimiter) {
            cells.push(cell);
            cell = "";
        }
        else if (ch === "\n" || ch === "\r") {
            if (ch === "\r" && text[i + 1] === "\n")
                i++;
            cells.push(cell);
            records.push({ cells, line: startLine });
            cells = [];
            cell = "";
            line++;
            startLine = line;
        }
        else
            cell += ch;
    }
    if (cell !== "" || cells.length > 0) {
        cells.push(cell);
        records.push({ cells, line: startLine });
    }
    return records;
}


/***/ }),

/***/ 9635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V4: () => (/* binding */ isMetricsFormat),
/* harmony export */   Xy: () => (/* binding */ METRICS_FORMATS_HINT),
/* harmony export */   jI: () => (/* binding */ parseMetricsFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _files_flatten_object_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7271);
/* harmony import */ var _files_parse_structured_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8619);
/* harmony import */ var _parse_metrics_csv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1717);
/**
 * One metrics file as DVC reads it: JSON, YAML or TOML with nested keys flattened with dots, or
 * CSV rows of name,value. Numbers become metrics; other values (strings, booleans, lists) are
 * skipped and named, as DVC skips what it cannot diff. NaN and ±Infinity are errors naming the
 * file, line and key: a comparison against them would pass or fail for no reason.
 */




const METRICS_FORMATS_HINT = "JSON, YAML (.yaml/.yml), TOML or CSV (name,value rows)";
/** Whether a metrics file of this name can be read (by its extension, as DVC decides). */
function isMetricsFormat(file) {
    return file.toLowerCase().endsWith(".csv") || (0,_files_parse_structured_file_js__WEBPACK_IMPORTED_MODULE_1__/* .structuredFormat */ .N)(file) !== null;
}
function parseMetricsFile(text, file) {
    if (file.toLowerCase().endsWith(".csv"))
        return { metrics: (0,_parse_metrics_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMetricsCsv */ .X)(text, file), skipped: [] };
    const format = (0,_files_parse_structured_file_js__WEBPACK_IMPORTED_MODULE_1__/* .structuredFormat */ .N)(file);
    if (!format) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `is not a metrics format Slipway reads; use ${METRICS_FORMATS_HINT}.`);
    }
    const parsed = (0,_files_parse_structured_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStructuredFile */ .b)(text, file, format);
    if (parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, "must hold a mapping of metric names to numbers (nested mappings allowed).");
    }
    const metrics = {};
    const skipped = [];
    for (const entry of (0,_files_flatten_object_js__WEBPACK_IMPORTED_MODULE_3__/* .flattenObject */ .Y)(parsed.data)) {
        if (typeof entry.value !== "number") {
            skipped.push({ name: entry.name, kind: describeKind(entry.value) });
            continue;
        }
        if (!Number.isFinite(entry.value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `metric "${entry.name}" is ${entry.value}; metrics must be finite numbers. Check the evaluation that wrote it.`, { line: parsed.lineOf(entry.path), field: entry.name });
        }
        metrics[entry.name] = entry.value;
    }
    return { metrics, skipped };
}
function describeKind(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "an empty mapping";
    return typeof value === "string" ? "text" : typeof value;
}


/***/ }),

/***/ 5917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ CLASSIFICATION_METRICS),
/* harmony export */   FT: () => (/* binding */ predictionMetricNamesFor),
/* harmony export */   M8: () => (/* binding */ PREDICTION_METRIC_NAMES),
/* harmony export */   kG: () => (/* binding */ REGRESSION_METRICS)
/* harmony export */ });
/**
 * The metric names Slipway computes from a predictions file (DESIGN.md), in the order a report
 * lists them: the computing modules (src/model/predictions) give these, and the config check uses
 * them to tell a typo in the rules ("f1_macor") from a metric the evaluation simply did not produce.
 */
const CLASSIFICATION_METRICS = [
    "accuracy",
    "balanced_accuracy",
    "precision",
    "recall",
    "f1",
    "precision_macro",
    "recall_macro",
    "f1_macro",
    "precision_micro",
    "recall_micro",
    "f1_micro",
    "precision_weighted",
    "recall_weighted",
    "f1_weighted",
    "roc_auc",
    "roc_auc_ovr",
    "log_loss",
    "brier",
];
const REGRESSION_METRICS = ["mae", "mse", "rmse", "r2", "mape", "median_ae"];
const PREDICTION_METRIC_NAMES = [...CLASSIFICATION_METRICS, ...REGRESSION_METRICS];
/** The names a predictions file of this task can give (each also per slice: `recall[region=EU]`). */
function predictionMetricNamesFor(task) {
    return task === "classification" ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
}


/***/ }),

/***/ 5654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ duckdbPredictions)
});

// EXTERNAL MODULE: ./src/data/duckdb.ts
var duckdb = __webpack_require__(1257);
// EXTERNAL MODULE: ./src/data/open-dataset.ts + 12 modules
var open_dataset = __webpack_require__(6962);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model/metrics/prediction-metric-names.ts
var prediction_metric_names = __webpack_require__(5917);
// EXTERNAL MODULE: ./src/data/sql.ts
var data_sql = __webpack_require__(5320);
;// CONCATENATED MODULE: ./src/model/predictions/find-first-row.ts
/**
 * Finds the first row (1-based data row, header excluded, as DESIGN.md numbers rows) that matches a
 * condition. Only run once an aggregate has counted a problem, so the fast path never pays for it.
 * row_number() OVER () numbers rows in file order: DuckDB keeps insertion order for CSV and Parquet
 * scans (preserve_insertion_order, the default), which the tests check on a multi-threaded read.
 */



// Not the reader's own "__slipway_row" (each row's number in its file), which the view may carry too.
const ROW = "__slipway_seq";
async function findFirstRow(sql, view, condition) {
    // The reader's own columns, where the view has them, give the order for certain (files in
    // reading order, rows as in each file); a scan's order is kept otherwise.
    const described = await sql.all(`DESCRIBE ${(0,data_sql/* ident */.bD)(view)}`);
    const names = new Set(described.map((column) => String(column.column_name)));
    const order = [open_dataset/* FILE_COLUMN */.EM, open_dataset/* ROW_NUMBER_COLUMN */.gn].filter((name) => names.has(name)).map(data_sql/* ident */.bD);
    const [found] = await sql.all(`SELECT * FROM (SELECT row_number() OVER (${order.length > 0 ? `ORDER BY ${order.join(", ")}` : ""}) AS ${ROW}, * FROM ${(0,data_sql/* ident */.bD)(view)}) WHERE ${condition} ORDER BY ${ROW} LIMIT 1`);
    if (!found)
        return null;
    return { row: Number(found[ROW]), values: found };
}
/** How an unusable value reads in a message. */
function describeValue(value) {
    if (value === null || value === undefined)
        return "is empty";
    if (typeof value === "number" && Number.isNaN(value))
        return "is NaN";
    if (typeof value === "number" && !Number.isFinite(value))
        return `is ${value > 0 ? "" : "minus "}infinity`;
    return `is ${JSON.stringify(value)}`;
}
/** An InputError at a found row, naming the file it is in and its row there when a glob read several files. */
function rowError(input, found, detail, field) {
    const where = field === undefined ? {} : { field };
    if (!found)
        return new errors/* InputError */.dz(input.file, detail, where);
    let row = found.row;
    if (input.files.length > 1) {
        for (const [i, count] of input.rowsPerFile.entries()) {
            // files and rowsPerFile are parallel (openDataset); the configured path is the fallback name.
            if (row <= count)
                return new errors/* InputError */.dz(input.files[i] ?? input.file, detail, { row, ...where });
            row -= count;
        }
    }
    return new errors/* InputError */.dz(input.file, detail, { row, ...where });
}

;// CONCATENATED MODULE: ./src/model/predictions/label-order.ts
function labelKey(value) {
    return String(value);
}
/** Orders typed label values as numpy does; UTF-8 byte order equals code-point order for strings. */
function compareLabels(a, b) {
    if (typeof a === "number" && typeof b === "number")
        return a - b;
    if (typeof a === "boolean" && typeof b === "boolean")
        return Number(a) - Number(b);
    return Buffer.compare(Buffer.from(String(a)), Buffer.from(String(b)));
}
/** Distinct values sorted as sklearn sorts them, returned as keys. */
function sortedLabelKeys(values) {
    const byKey = new Map();
    for (const value of values)
        byKey.set(labelKey(value), value);
    return [...byKey.values()].sort(compareLabels).map(labelKey);
}
/**
 * DuckDB's CSV sniffer reads a yes/no (or t/f, true/false) column as BOOLEAN, so its labels arrive
 * as true/false. These are the spellings a person may use for them in `positive` and in
 * probability column names (p_yes); compared case-insensitively.
 */
const BOOLEAN_SPELLINGS = {
    true: ["true", "yes", "y", "t", "1"],
    false: ["false", "no", "n", "f", "0"],
};
/** The spellings of a class key: itself, or every spelling of a boolean label. */
function labelSpellings(key, labelType) {
    return labelType === "BOOLEAN" ? (BOOLEAN_SPELLINGS[key] ?? [key]) : [key];
}
/** A configured class (e.g. positive: "yes") as the key it has in the data (true). */
function normaliseLabel(value, labelType) {
    if (labelType !== "BOOLEAN")
        return value;
    const lower = value.toLowerCase();
    return Object.entries(BOOLEAN_SPELLINGS).find(([, spellings]) => spellings.includes(lower))?.[0] ?? value;
}

;// CONCATENATED MODULE: ./src/model/predictions/sql-parts.ts


/**
 * np.finfo(np.float64).eps. sklearn 1.2 clips log-loss probabilities to [eps, 1 - eps] with this
 * (eps="auto" since 1.2; it was 1e-15 before) and divides MAPE by max(|y|, eps).
 */
const EPS = "CAST(2.220446049250313e-16 AS DOUBLE)";
/** np.clip(x, eps, 1 - eps). */
function clip(expr) {
    return `greatest(least(${expr}, CAST(1 AS DOUBLE) - ${EPS}), ${EPS})`;
}
function isFloatType(type) {
    return /^(FLOAT|REAL|DOUBLE|FLOAT4|FLOAT8)$/i.test(type);
}
function isNumericType(type) {
    return (isFloatType(type) ||
        /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|DECIMAL.*|NUMERIC.*|INT\d*)$/i.test(type));
}
/** A condition true where a value cannot enter a metric: empty, and for floats NaN or ±infinity. */
function unusable(column) {
    const name = (0,data_sql/* ident */.bD)(column.name);
    return isFloatType(column.type) ? `(${name} IS NULL OR NOT isfinite(${name}))` : `(${name} IS NULL)`;
}
function sliceSpecs(slices) {
    return slices.map((slice, i) => ({ column: slice.name, alias: `s${i}`, flag: `g${i}` }));
}
/** `ident(col) AS s0, …` for an inner SELECT. */
function sliceProjection(specs) {
    return specs.map((spec) => `${(0,data_sql/* ident */.bD)(spec.column)} AS ${spec.alias}`);
}
/** The outer SELECT's slice columns: the grouping flag and the value of each. */
function sliceSelect(specs) {
    return specs.flatMap((spec) => [`grouping(${spec.alias}) AS ${spec.flag}`, spec.alias]);
}
/**
 * GROUP BY the base columns for the whole file, and once more per slice column (GROUPING SETS),
 * so one scan yields the overall aggregates and every slice's.
 */
function groupBy(specs, base) {
    const sets = [`(${base.join(", ")})`, ...specs.map((spec) => `(${[spec.alias, ...base].join(", ")})`)];
    if (specs.length === 0)
        return base.length === 0 ? "" : `GROUP BY ${base.join(", ")}`;
    return `GROUP BY GROUPING SETS (${sets.join(", ")})`;
}
/** Which slice a grouped row belongs to (null: the whole file). An empty slice value is "". */
function sliceOfRow(row, specs) {
    for (const spec of specs) {
        if (Number(row[spec.flag]) === 0) {
            const raw = row[spec.alias];
            const value = raw === null || raw === undefined ? "" : raw;
            return { key: { column: spec.column, value: String(value) }, value };
        }
    }
    return null;
}
/** `metric[column=value]`, the name DESIGN.md gives a slice's metric. */
function sliceMetricName(metric, slice) {
    return slice === null ? metric : `${metric}[${slice.column}=${slice.value}]`;
}
/** An id for maps keyed by slice. */
function sliceId(slice) {
    return slice === null ? "" : JSON.stringify([slice.column, slice.value]);
}
/**
 * Collects per-slice results and returns them as one metrics record: the whole file first, then each
 * slice column in configured order with its values sorted as sklearn sorts labels.
 */
class SliceResults {
    specs;
    entries = new Map();
    constructor(specs) {
        this.specs = specs;
    }
    metricsOf(slice) {
        const id = sliceId(slice?.key ?? null);
        let entry = this.entries.get(id);
        if (!entry) {
            entry = { key: slice?.key ?? null, value: slice?.value ?? null, metrics: {} };
            this.entries.set(id, entry);
        }
        return entry.metrics;
    }
    toRecord(order) {
        const out = {};
        const add = (key, metrics) => {
            for (const name of order) {
                const value = metrics[name];
                if (value !== undefined)
                    out[sliceMetricName(name, key)] = value;
            }
        };
        const whole = this.entries.get("");
        if (whole)
            add(null, whole.metrics);
        for (const spec of this.specs) {
            const values = [...this.entries.values()]
                .filter((entry) => entry.key?.column === spec.column)
                .sort((a, b) => compareLabels(a.value ?? "", b.value ?? ""));
            for (const entry of values)
                add(entry.key, entry.metrics);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/model/predictions/label-expressions.ts
/** SQL expressions for the label, prediction and probability columns of a classification. */


/** Label and prediction compared as one type: as they are, as DOUBLE if both numeric, else as text. */
function labelExpressions(input) {
    const { label, prediction } = input;
    if (label.type === prediction.type)
        return { y: (0,data_sql/* ident */.bD)(label.name), p: (0,data_sql/* ident */.bD)(prediction.name), type: label.type };
    const type = isNumericType(label.type) && isNumericType(prediction.type) ? "DOUBLE" : "VARCHAR";
    return {
        y: `CAST(${(0,data_sql/* ident */.bD)(label.name)} AS ${type})`,
        p: `CAST(${(0,data_sql/* ident */.bD)(prediction.name)} AS ${type})`,
        type,
    };
}
/** A label key as a SQL value of the label type. */
function labelLiteral(key, type) {
    return `CAST(${(0,data_sql/* literal */.eu)(key)} AS ${type})`;
}
function probability(name) {
    return `CAST(${(0,data_sql/* ident */.bD)(name)} AS DOUBLE)`;
}

;// CONCATENATED MODULE: ./src/model/predictions/classification-checks.ts





/** Probabilities must sum to 1 within this, and lie in [0, 1] within it. */
const PROBABILITY_TOLERANCE = 1e-6;
/** Probability columns must hold numbers (a stray text value makes DuckDB read the column as text). */
function checkProbabilityTypes(input) {
    for (const column of input.probabilities) {
        if (!isNumericType(column.type)) {
            throw new errors/* InputError */.dz(input.file, `probability column "${column.name}" holds ${column.type} values, not numbers. Every probability column must be numeric.`, { field: column.name });
        }
    }
}
/**
 * The positive class: as configured, else the greater of the two labels — sklearn's pos_label=1
 * default wherever sklearn accepts the labels ({0,1}, {-1,1}), and what roc_auc_score and
 * brier_score_loss take for any other pair.
 */
function choosePositive(input, classes, labelType) {
    if (input.positive === null)
        return classes.length <= 2 ? (classes[classes.length - 1] ?? null) : null;
    const positive = normaliseLabel(input.positive, labelType);
    if (classes.length === 2 && !classes.includes(positive)) {
        // sklearn raises here too ("pos_label=… is not a valid label").
        throw new errors/* InputError */.dz(input.file, `the positive class ${JSON.stringify(input.positive)} (model.predictions.positive) is not one of the labels in the file: ${classes.join(", ")}.`, { field: input.label.name });
    }
    return positive;
}
async function throwUnusable(sql, input) {
    const columns = [input.label, input.prediction, ...input.probabilities];
    const found = await findFirstRow(sql, input.view, columns.map(unusable).join(" OR "));
    const column = columns.find((c) => {
        const value = found?.values[c.name];
        return value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value));
    });
    throw rowError(input, found, `the value ${describeValue(found?.values[column?.name ?? ""])}; every row needs a label, a prediction and finite probabilities. Fix or drop the row.`, column?.name);
}
async function checkCoverage(sql, input, labels, classes, layout) {
    if (layout.single)
        return;
    const missing = classes.filter((cls) => !layout.byClass.has(cls));
    const [firstMissing] = missing;
    if (firstMissing === undefined)
        return;
    const list = missing.map((key) => labelLiteral(key, labels.type)).join(", ");
    const found = await findFirstRow(sql, input.view, `${labels.y} IN (${list}) OR ${labels.p} IN (${list})`);
    const yKey = found ? labelKey(found.values[input.label.name]) : null;
    const field = yKey !== null && missing.includes(yKey) ? input.label.name : input.prediction.name;
    const value = found ? labelKey(found.values[field]) : firstMissing;
    throw rowError(input, found, `class ${JSON.stringify(value)} has no probability column (the probability columns ${input.probabilities
        .map((c) => `"${c.name}"`)
        .join(", ")} cover ${[...layout.byClass.keys()].join(", ") || "no class in the file"}; not covered: ${missing.join(", ")}). Add a column p_<class> for every class.`, field);
}
async function throwOutOfRange(sql, input) {
    const outside = (name) => `(${probability(name)} < -${PROBABILITY_TOLERANCE} OR ${probability(name)} > 1 + ${PROBABILITY_TOLERANCE})`;
    const found = await findFirstRow(sql, input.view, input.probabilities.map((c) => outside(c.name)).join(" OR "));
    const column = input.probabilities.find((c) => {
        const value = Number(found?.values[c.name]);
        return value < -PROBABILITY_TOLERANCE || value > 1 + PROBABILITY_TOLERANCE;
    });
    throw rowError(input, found, `the probability ${String(found?.values[column?.name ?? ""])} is outside [0, 1].`, column?.name);
}
async function throwBadSum(sql, input) {
    const sum = `(${input.probabilities.map((c) => probability(c.name)).join(" + ")})`;
    const found = await findFirstRow(sql, input.view, `abs(${sum} - 1) > ${PROBABILITY_TOLERANCE}`);
    const total = input.probabilities.reduce((acc, c) => acc + Number(found?.values[c.name]), 0);
    throw rowError(input, found, `the probabilities (${input.probabilities.map((c) => c.name).join(" + ")}) sum to ${total}, not 1 (tolerance ${PROBABILITY_TOLERANCE}). Each row's class probabilities must sum to 1.`);
}

;// CONCATENATED MODULE: ./src/model/predictions/classification-scan.ts
/**
 * The one grouped scan of a classification: rows grouped by (label, prediction), overall and per slice
 * value (GROUPING SETS), with the row count, the log-loss and Brier sums for every probability column,
 * and the counts of rows that fail validation.
 */




function classificationScan(input, labels, specs) {
    const probs = input.probabilities.map((c) => probability(c.name));
    const inner = [
        `${labels.y} AS y`,
        `${labels.p} AS p`,
        ...sliceProjection(specs),
        `(${[input.label, input.prediction, ...input.probabilities].map(unusable).join(" OR ")}) AS bad`,
    ];
    const outer = [...sliceSelect(specs), "y", "p", "count(*) AS n", "count(*) FILTER (WHERE bad) AS bad"];
    if (probs.length > 0) {
        inner.push(`(${probs.map((q) => `${q} < -${PROBABILITY_TOLERANCE} OR ${q} > 1 + ${PROBABILITY_TOLERANCE}`).join(" OR ")}) AS range_bad`);
        inner.push(probs.length > 1
            ? `abs((${probs.join(" + ")}) - 1) > ${PROBABILITY_TOLERANCE} AS sum_bad`
            : "false AS sum_bad");
        outer.push("count(*) FILTER (WHERE range_bad) AS range_bad", "count(*) FILTER (WHERE sum_bad) AS sum_bad");
        // sklearn's log_loss clips every column to [eps, 1 - eps], renormalises each row by its clipped
        // sum, and takes -log of the true class's share. The true class is known per group (y), so the
        // per-row log is summed for every column and the group picks its own. With one column q (the
        // positive class's), sklearn's 1-D path uses the columns [1 - clip(q), clip(q)].
        const [only] = probs;
        const clipped = only !== undefined && probs.length === 1
            ? [`CAST(1 AS DOUBLE) - ${clip(only)}`, clip(only)]
            : probs.map(clip);
        clipped.forEach((c, j) => {
            inner.push(`${c} AS c${j}`);
        });
        inner.push(`(${clipped.map((_, j) => `c${j}`).join(" + ")}) AS cs`);
        clipped.forEach((_, j) => {
            outer.push(`fsum(ln(c${j} / cs)) AS l${j}`);
        });
        // Brier (binary only): (1 - q)² for positive rows, q² for the others; q unclipped, as sklearn.
        if (probs.length <= 2) {
            probs.forEach((q, j) => {
                inner.push(`${q} AS q${j}`);
                outer.push(`fsum(q${j} * q${j}) AS sq${j}`, `fsum((1 - q${j}) * (1 - q${j})) AS sqc${j}`);
            });
        }
    }
    return `SELECT ${outer.join(", ")} FROM (SELECT ${inner.join(", ")} FROM ${(0,data_sql/* ident */.bD)(input.view)}) ${groupBy(specs, ["y", "p"])}`;
}

;// CONCATENATED MODULE: ./src/model/predictions/count-metrics.ts
/**
 * The confusion-count metrics, finished in TypeScript from the (few) label × prediction counts that
 * DuckDB aggregated. Each follows scikit-learn 1.2's code path operation for operation, so the
 * floating-point results agree, including its edge-case conventions:
 * - zero_division="warn" (the default): a precision or recall whose denominator is 0 is 0;
 * - F1 = 2·P·R / (P + R), with the denominator replaced by 1 when P + R = 0 (so F1 = 0);
 * - macro/weighted averages run over unique_labels(y_true, y_pred): a class never predicted counts
 *   with precision 0, a class only predicted (never true) with recall 0 and weight 0;
 * - balanced accuracy is the mean recall over the classes present in y_true only (sklearn drops
 *   the NaN recalls of classes that were predicted but never true);
 * - binary precision/recall/F1 use labels=[positive] even when the positive class is absent from
 *   this slice (sklearn's _check_set_wise_labels allows that when fewer than 2 labels are present).
 */
function addCount(counts, truth, predicted, n) {
    let row = counts.get(truth);
    if (!row) {
        row = new Map();
        counts.set(truth, row);
    }
    row.set(predicted, (row.get(predicted) ?? 0) + n);
}
/**
 * @param order every class in sklearn's sorted order (a superset of the labels in `counts`).
 * @param positive the positive class when the task is binary; null for multiclass (no binary metrics).
 */
function countMetrics(counts, order, positive) {
    const present = presentLabels(counts, order);
    // One per present label, in sklearn's order.
    const sums = present.map((label) => labelSums(counts, label));
    let n = 0;
    let correct = 0;
    for (const [truth, row] of counts) {
        for (const [predicted, count] of row) {
            n += count;
            if (truth === predicted)
                correct += count;
        }
    }
    const metrics = {};
    metrics.accuracy = correct / n;
    metrics.balanced_accuracy = balancedAccuracy(sums);
    if (positive !== null) {
        const s = labelSums(counts, positive);
        const { precision, recall, f1 } = prf(s.tp, s.pred, s.truth);
        metrics.precision = precision;
        metrics.recall = recall;
        metrics.f1 = f1;
    }
    const perLabel = sums.map((s) => ({ ...prf(s.tp, s.pred, s.truth), weight: s.truth }));
    metrics.precision_macro = mean(perLabel.map((p) => p.precision));
    metrics.recall_macro = mean(perLabel.map((p) => p.recall));
    metrics.f1_macro = mean(perLabel.map((p) => p.f1));
    // micro: sklearn sums tp, pred and truth over the labels first, then divides once.
    const total = sums.reduce((acc, s) => ({ tp: acc.tp + s.tp, pred: acc.pred + s.pred, truth: acc.truth + s.truth }), { tp: 0, pred: 0, truth: 0 });
    const micro = prf(total.tp, total.pred, total.truth);
    metrics.precision_micro = micro.precision;
    metrics.recall_micro = micro.recall;
    metrics.f1_micro = micro.f1;
    // weighted: weights are the true counts; they never sum to 0 here because every slice has rows.
    metrics.precision_weighted = weightedMean(perLabel, (p) => p.precision);
    metrics.recall_weighted = weightedMean(perLabel, (p) => p.recall);
    metrics.f1_weighted = weightedMean(perLabel, (p) => p.f1);
    return metrics;
}
/** The confusion matrix over the labels present, in sklearn's layout (rows: truth, columns: prediction). */
function confusionMatrix(counts, order) {
    const labels = presentLabels(counts, order);
    const matrix = labels.map((truth) => labels.map((predicted) => counts.get(truth)?.get(predicted) ?? 0));
    return { labels, matrix };
}
/** unique_labels(y_true, y_pred) in sklearn's order. */
function presentLabels(counts, order) {
    const seen = new Set();
    for (const [truth, row] of counts) {
        seen.add(truth);
        for (const predicted of row.keys())
            seen.add(predicted);
    }
    return order.filter((label) => seen.has(label));
}
function labelSums(counts, label) {
    let pred = 0;
    for (const row of counts.values())
        pred += row.get(label) ?? 0;
    let truth = 0;
    for (const count of counts.get(label)?.values() ?? [])
        truth += count;
    return { tp: counts.get(label)?.get(label) ?? 0, pred, truth };
}
/** sklearn's _prf_divide with zero_division="warn" (→ 0), then its F-beta formula for beta = 1. */
function prf(tp, pred, truth) {
    const precision = pred === 0 ? 0 : tp / pred;
    const recall = truth === 0 ? 0 : tp / truth;
    let denom = precision + recall;
    if (denom === 0)
        denom = 1;
    return { precision, recall, f1: (2 * precision * recall) / denom };
}
function balancedAccuracy(sums) {
    const recalls = [];
    for (const s of sums) {
        if (s.truth > 0)
            recalls.push(s.tp / s.truth);
    }
    return mean(recalls);
}
function mean(values) {
    return values.reduce((a, b) => a + b, 0) / values.length;
}
function weightedMean(items, value) {
    let sum = 0;
    let total = 0;
    for (const item of items) {
        sum += value(item) * item.weight;
        total += item.weight;
    }
    return sum / total;
}

;// CONCATENATED MODULE: ./src/model/predictions/probability-columns.ts
/**
 * Which class each probability column holds. The config documents the columns as `p_<class>`; a
 * column belongs to the longest class label its name ends with (so p_11 is class 11, not 1). A list
 * in a different order from the classes is therefore still read right, where sklearn's positional
 * convention (columns in sorted-class order, as predict_proba) would silently mismatch.
 * A column whose name ends with no label in the data is a class the model knows that this file does
 * not contain: it still counts in log loss's renormalisation (as sklearn's labels= argument would).
 */

function layoutProbabilities(file, columns, classes, positive, spellings = (cls) => [cls]) {
    const [only] = columns;
    if (only !== undefined && columns.length === 1) {
        if (classes.length > 2) {
            throw new errors/* InputError */.dz(file, `one probability column ("${only}") is read as the positive class's probability, but the file has ${classes.length} classes (${classes.join(", ")}). List one column per class in model.predictions.probabilities.`, { field: only });
        }
        const named = matchClass(only, classes, spellings);
        if (positive !== null && named !== null && named !== positive) {
            throw new errors/* InputError */.dz(file, `a single probability column is read as the positive class's (${positive}), but "${only}" names class ${named}. Give the positive class's column, or set model.predictions.positive.`, { field: only });
        }
        return {
            byClass: positive === null ? new Map() : new Map([[positive, only]]),
            extra: [],
            single: true,
        };
    }
    const candidates = positive !== null && !classes.includes(positive) ? [...classes, positive] : [...classes];
    const byClass = new Map();
    const extra = [];
    for (const column of columns) {
        const cls = matchClass(column, candidates, spellings);
        if (cls === null) {
            extra.push(column);
            continue;
        }
        const taken = byClass.get(cls);
        if (taken !== undefined) {
            throw new errors/* InputError */.dz(file, `probability columns "${taken}" and "${column}" both name class ${cls}. Name each column p_<class>, one per class.`, { field: column });
        }
        byClass.set(cls, column);
    }
    return { byClass, extra, single: false };
}
/** The column holding a class's probability: every class has one once checkCoverage() accepted the file. */
function classColumn(layout, cls) {
    const column = layout.byClass.get(cls);
    if (column === undefined) {
        throw new Error(`class ${JSON.stringify(cls)} has no probability column, which checkCoverage() refuses`);
    }
    return column;
}
/** The class whose longest spelling ends the column name (booleans: any of yes/no, true/false…, any case). */
function matchClass(column, classes, spellings) {
    let best = null;
    for (const cls of classes) {
        for (const spelling of spellings(cls)) {
            const matches = spelling === cls ? column.endsWith(cls) : column.toLowerCase().endsWith(spelling.toLowerCase());
            if (spelling !== "" && matches && (best === null || spelling.length > best.length)) {
                best = { cls, length: spelling.length };
            }
        }
    }
    return best?.cls ?? null;
}

;// CONCATENATED MODULE: ./src/model/predictions/roc-auc.ts
/**
 * ROC AUC in DuckDB as the Mann–Whitney statistic, which is exactly the area under sklearn's ROC
 * curve (its thresholds are the distinct scores, so a tie is one point and the trapezoid over it
 * counts half of the tied pairs). With ranks 1..n by score and tied rows given the mean of their
 * ranks (lo + hi) / 2, where lo = rank() and hi = the rows with a score ≤ this one:
 *   U = R₊ − P(P + 1)/2,  AUC = U / (P·N),
 * R₊ the positives' rank sum. Everything stays in integers (2U = Σ₊(lo + hi) − P(P + 1)), so the only
 * rounding is the final division. Both window functions share one sort of the rows by score (DuckDB
 * sorts out of core), which takes far less memory than grouping 10M distinct scores in a hash table.
 * Slices: one window pair per slice column, partitioned by it, summed per slice value.
 */


/**
 * @param truth SQL boolean: the row belongs to the positive class.
 * @param score SQL double: the positive class's probability.
 */
async function rocAuc(sql, view, truth, score, specs) {
    // Window w ranks over the whole file; w<i> within each value of slice column i.
    const windows = [
        { name: "w", partition: "" },
        ...specs.map((spec, i) => ({ name: `w${i}`, partition: `PARTITION BY ${spec.alias} ` })),
    ];
    const ranks = windows.flatMap(({ name }) => [
        `rank() OVER ${name} AS lo_${name}`,
        `count(*) OVER (${name} RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS hi_${name}`,
    ]);
    const sums = windows.map(({ name }) => `sum(lo_${name} + hi_${name}) FILTER (WHERE t) AS r_${name}`);
    const rows = await sql.all(`
    SELECT ${[...sliceSelect(specs), "count(*) FILTER (WHERE t) AS positives", "count(*) AS n", ...sums].join(", ")}
    FROM (
      SELECT ${["t", ...specs.map((spec) => spec.alias), ...ranks].join(", ")}
      FROM (SELECT ${[`(${truth}) AS t`, `(${score}) AS score`, ...sliceProjection(specs)].join(", ")} FROM ${(0,data_sql/* ident */.bD)(view)})
      WINDOW ${windows.map(({ name, partition }) => `${name} AS (${partition}ORDER BY score)`).join(", ")}
    ) ${groupBy(specs, [])}`);
    return rows.map((row) => {
        const slice = sliceOfRow(row, specs);
        const window = slice === null ? "w" : `w${specs.findIndex((spec) => spec.column === slice.key.column)}`;
        const positives = Number(row.positives);
        const negatives = Number(row.n) - positives;
        const twiceU = Number(row[`r_${window}`]) - positives * (positives + 1);
        const auc = positives > 0 && negatives > 0 ? twiceU / (2 * positives * negatives) : null;
        return { slice, positives, negatives, auc };
    });
}

;// CONCATENATED MODULE: ./src/model/predictions/classification-metrics.ts









async function classificationMetrics(sql, input) {
    const labels = labelExpressions(input);
    checkProbabilityTypes(input);
    const specs = sliceSpecs(input.slices);
    const rows = await sql.all(classificationScan(input, labels, specs));
    const groups = rows.map((row) => ({
        slice: sliceOfRow(row, specs),
        y: row.y,
        p: row.p,
        row,
    }));
    const whole = groups.filter((group) => group.slice === null);
    const total = (name) => whole.reduce((sum, group) => sum + Number(group.row[name]), 0);
    if (total("bad") > 0)
        await throwUnusable(sql, input);
    const classes = sortedLabelKeys(whole.flatMap((group) => [group.y, group.p]));
    const positive = choosePositive(input, classes, labels.type);
    const layout = input.probabilities.length > 0
        ? layoutProbabilities(input.file, input.probabilities.map((c) => c.name), classes, positive, (cls) => labelSpellings(cls, labels.type))
        : null;
    if (layout) {
        await checkCoverage(sql, input, labels, classes, layout);
        if (total("range_bad") > 0)
            await throwOutOfRange(sql, input);
        if (total("sum_bad") > 0)
            await throwBadSum(sql, input);
    }
    const allClasses = new Set([...classes, ...(positive === null ? [] : [positive])]);
    const binary = allClasses.size + (layout?.extra.length ?? 0) <= 2;
    const results = new SliceResults(specs);
    const perSlice = new Map();
    for (const group of groups) {
        const metrics = results.metricsOf(group.slice);
        let acc = perSlice.get(metrics);
        if (!acc) {
            acc = { counts: new Map(), n: 0, loss: 0, brier: 0 };
            perSlice.set(metrics, acc);
        }
        accumulate(acc, group, input, layout, binary ? positive : null);
    }
    let confusion = null;
    for (const [metrics, acc] of perSlice) {
        Object.assign(metrics, countMetrics(acc.counts, classes, binary ? positive : null));
        if (layout) {
            metrics.log_loss = acc.loss / acc.n;
            if (binary && positiveColumn(layout, positive) !== null)
                metrics.brier = acc.brier / acc.n;
        }
        if (metrics === results.metricsOf(null))
            confusion = confusionMatrix(acc.counts, classes);
    }
    if (layout)
        await addRocAuc(sql, input, labels, specs, layout, classes, binary ? positive : null, results);
    return { metrics: results.toRecord(prediction_metric_names/* CLASSIFICATION_METRICS */.$4), confusion, rows: input.rows };
}
function accumulate(acc, group, input, layout, positive) {
    const n = Number(group.row.n);
    const y = labelKey(group.y);
    addCount(acc.counts, y, labelKey(group.p), n);
    acc.n += n;
    if (!layout)
        return;
    // Column index of the true class's log term: l1 is the positive class's when there is one column.
    const j = layout.single ? (y === positive ? 1 : 0) : columnIndex(input, classColumn(layout, y));
    acc.loss -= Number(group.row[`l${j}`]);
    const q = positive === null ? null : positiveColumn(layout, positive);
    if (q !== null) {
        const k = columnIndex(input, q);
        acc.brier += Number(group.row[y === positive ? `sqc${k}` : `sq${k}`]);
    }
}
function columnIndex(input, name) {
    return input.probabilities.findIndex((c) => c.name === name);
}
function positiveColumn(layout, positive) {
    return positive === null ? null : (layout.byClass.get(positive) ?? null);
}
async function addRocAuc(sql, input, labels, specs, layout, classes, positive, results) {
    if (positive !== null) {
        // Binary: the positive class's probability against y == positive. sklearn raises when a slice
        // holds one class only ("Only one class present in y_true"); that slice gets no roc_auc.
        const column = positiveColumn(layout, positive);
        if (column === null)
            return;
        const truth = `${labels.y} = ${labelLiteral(positive, labels.type)}`;
        for (const result of await rocAuc(sql, input.view, truth, probability(column), specs)) {
            if (result.auc !== null)
                results.metricsOf(result.slice).roc_auc = result.auc;
        }
        return;
    }
    // Multiclass one-vs-rest, macro: the mean of each class's binary AUC in sorted-class order. sklearn
    // raises when a class has no true rows in the slice, or when a probability column's class is not
    // in the data at all; those get no roc_auc_ovr.
    if (layout.extra.length > 0)
        return;
    const perSlice = new Map();
    for (const cls of classes) {
        const truth = `${labels.y} = ${labelLiteral(cls, labels.type)}`;
        for (const result of await rocAuc(sql, input.view, truth, probability(classColumn(layout, cls)), specs)) {
            const id = JSON.stringify(result.slice?.key ?? null);
            const entry = perSlice.get(id) ?? { slice: result.slice, aucs: [] };
            entry.aucs.push(result.auc);
            perSlice.set(id, entry);
        }
    }
    for (const { slice, aucs } of perSlice.values()) {
        if (aucs.length !== classes.length || aucs.some((auc) => auc === null))
            continue;
        results.metricsOf(slice).roc_auc_ovr = aucs.reduce((a, b) => a + b, 0) / aucs.length;
    }
}

;// CONCATENATED MODULE: ./src/model/predictions/regression-metrics.ts
/**
 * Regression metrics from a predictions view in one DuckDB scan (overall and per slice value, with
 * GROUPING SETS), following scikit-learn 1.2:
 * - mae, mse, rmse = sqrt(mse), mape = mean(|y - ŷ| / max(|y|, eps)) with eps = float64 eps;
 * - median_ae: numpy's median (the mean of the two middle values for an even count) is DuckDB's
 *   exact quantile_cont(0.5);
 * - r2 = 1 - Σ(y - ŷ)² / Σ(y - ȳ)², the denominator from DuckDB's var_pop (Welford's one-pass
 *   algorithm, numerically as good as sklearn's two passes). sklearn's force_finite convention: a
 *   constant y gives 1 if the predictions are perfect, else 0. With fewer than two rows sklearn
 *   returns NaN (and warns); such a slice gets no r2.
 */





async function regressionMetrics(sql, input) {
    for (const column of [input.label, input.prediction]) {
        if (!isNumericType(column.type)) {
            throw new errors/* InputError */.dz(input.file, `column "${column.name}" holds ${column.type} values; a regression task needs numbers in the label and prediction columns.`, { field: column.name });
        }
    }
    const specs = sliceSpecs(input.slices);
    const inner = [
        `CAST(${(0,data_sql/* ident */.bD)(input.label.name)} AS DOUBLE) AS y`,
        `abs(CAST(${(0,data_sql/* ident */.bD)(input.prediction.name)} AS DOUBLE) - CAST(${(0,data_sql/* ident */.bD)(input.label.name)} AS DOUBLE)) AS ae`,
        `(${unusable(input.label)} OR ${unusable(input.prediction)}) AS bad`,
        ...sliceProjection(specs),
    ];
    const outer = [
        ...sliceSelect(specs),
        "count(*) AS n",
        "count(*) FILTER (WHERE bad) AS bad",
        "fsum(ae) AS sae",
        "fsum(ae * ae) AS sse",
        "var_pop(y) AS var_y",
        `fsum(ae / greatest(abs(y), ${EPS})) AS sape`,
        "quantile_cont(ae, 0.5) AS mdae",
    ];
    const rows = await sql.all(`SELECT ${outer.join(", ")} FROM (SELECT ${inner.join(", ")} FROM ${(0,data_sql/* ident */.bD)(input.view)}) ${groupBy(specs, [])}`);
    const whole = rows.find((row) => sliceOfRow(row, specs) === null);
    if (Number(whole?.bad ?? 0) > 0) {
        const found = await findFirstRow(sql, input.view, `${unusable(input.label)} OR ${unusable(input.prediction)}`);
        const field = [input.label.name, input.prediction.name].find((name) => {
            const value = found?.values[name];
            return value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value));
        });
        throw rowError(input, found, `the value ${describeValue(found?.values[field ?? ""])}; every row needs a finite label and prediction. Fix or drop the row.`, field);
    }
    const results = new SliceResults(specs);
    for (const row of rows) {
        const n = Number(row.n);
        const metrics = results.metricsOf(sliceOfRow(row, specs));
        const sse = Number(row.sse);
        const mse = sse / n;
        metrics.mae = Number(row.sae) / n;
        metrics.mse = mse;
        metrics.rmse = Math.sqrt(mse);
        if (n >= 2) {
            const denominator = Number(row.var_y) * n;
            metrics.r2 = denominator === 0 ? (sse === 0 ? 1 : 0) : 1 - sse / denominator;
        }
        metrics.mape = Number(row.sape) / n;
        metrics.median_ae = Number(row.mdae);
    }
    return { metrics: results.toRecord(prediction_metric_names/* REGRESSION_METRICS */.kG), confusion: null, rows: input.rows };
}

;// CONCATENATED MODULE: ./src/model/predictions/compute-prediction-metrics.ts




const KEY = "model.predictions";
async function computePredictionMetrics(sql, config, options) {
    const configFile = options.configFile ?? ".github/slipway.yml";
    // The config schema already admits only these two; callers that build a config by hand get the same answer.
    const task = config.task;
    if (task !== "classification" && task !== "regression") {
        throw new errors/* ConfigError */.xL(configFile, `${KEY}.task`, `unknown task ${JSON.stringify(task)}; expected classification or regression.`);
    }
    const probabilities = config.probabilities ?? [];
    if (task === "regression" && probabilities.length > 0) {
        throw new errors/* ConfigError */.xL(configFile, `${KEY}.probabilities`, "class probabilities were given for a regression task; remove them or set task: classification.");
    }
    const dataset = await (0,open_dataset/* openDataset */.Jp)(sql, config.path, { cwd: options.cwd, typed: true });
    const reject = dataset.rejects[0];
    if (reject) {
        throw new errors/* InputError */.dz(dataset.files.length > 1 ? reject.file : config.path, `this row cannot be read (${reject.message.split("\n")[0]}).`, {
            line: reject.line,
            ...(reject.column ? { field: reject.column } : {}),
        });
    }
    if (dataset.rows === 0) {
        throw new errors/* InputError */.dz(config.path, "has no rows of predictions: metrics need at least one row.");
    }
    const column = (name, key) => {
        const found = dataset.columns.find((c) => c.name === name);
        if (!found) {
            throw new errors/* InputError */.dz(config.path, `has no column "${name}" (${KEY}.${key}). Its columns are: ${dataset.columns.map((c) => c.name).join(", ")}.`, { field: name });
        }
        return found;
    };
    const input = {
        file: config.path,
        view: dataset.view,
        rows: dataset.rows,
        files: dataset.files,
        rowsPerFile: dataset.rowsPerFile,
        label: column(config.label, "label"),
        prediction: column(config.prediction, "prediction"),
        probabilities: probabilities.map((name) => column(name, "probabilities")),
        slices: config.slices.map((name) => column(name, "slices")),
        positive: config.positive === undefined ? null : String(config.positive),
    };
    try {
        return task === "classification"
            ? await classificationMetrics(sql, input)
            : await regressionMetrics(sql, input);
    }
    finally {
        await sql.run(`DROP VIEW IF EXISTS "${dataset.view.replaceAll('"', '""')}"`).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/model/prediction-metrics-seam.ts


/** The real thing: DuckDB opened for the one computation and closed after it. */
const duckdbPredictions = async (config, options) => {
    const sql = await (0,duckdb/* openDuckDB */.C)();
    try {
        return await computePredictionMetrics(sql, config, options);
    }
    finally {
        sql.close();
    }
};


/***/ }),

/***/ 3721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ parseMetricName),
/* harmony export */   P2: () => (/* binding */ matchRuleKey)
/* harmony export */ });
/* unused harmony export isSlicePattern */
const SLICE = /^(.+)\[([^=\]]+)=(.*)\]$/;
function parseMetricName(name) {
    const match = SLICE.exec(name);
    if (!match)
        return { base: name, slice: null };
    // SLICE's three groups are not optional: a match has all of them.
    const [, base = "", column = "", value = ""] = match;
    return { base, slice: { column, value } };
}
function isSlicePattern(key) {
    return parseMetricName(key).slice?.value === "*";
}
/** The metric names a rule key applies to, in the order given. */
function matchRuleKey(key, names) {
    const { base, slice } = parseMetricName(key);
    if (slice?.value !== "*")
        return names.includes(key) ? [key] : [];
    return names.filter((name) => {
        const metric = parseMetricName(name);
        return metric.base === base && metric.slice?.column === slice.column;
    });
}


/***/ }),

/***/ 8482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ modelFails),
  Q: () => (/* binding */ testModel)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/diff-params.ts
var diff_params = __webpack_require__(458);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/model/metrics/parse-metrics-file.ts
var parse_metrics_file = __webpack_require__(9635);
;// CONCATENATED MODULE: ./src/model/metrics/read-metrics.ts
/** Reads every configured metrics file into one flat set of metrics, remembering which file gave which. */


async function readMetrics(files, patterns) {
    const out = { metrics: {}, sources: {}, files: [], missing: [], notes: [] };
    for (const pattern of patterns) {
        const paths = await files.expand(pattern);
        let found = false;
        for (const path of paths) {
            const bytes = await files.read(path);
            if (bytes === null)
                continue;
            found = true;
            out.files.push(path);
            const parsed = (0,parse_metrics_file/* parseMetricsFile */.jI)(bytes.toString("utf8"), path);
            for (const [name, value] of Object.entries(parsed.metrics)) {
                const other = out.sources[name];
                if (other !== undefined) {
                    throw new errors/* InputError */.dz(path, `metric "${name}" is also in ${other}; a metric must come from one file. Rename or nest one of them.`, { field: name });
                }
                out.metrics[name] = value;
                out.sources[name] = path;
            }
            if (parsed.skipped.length > 0) {
                const list = parsed.skipped.map((s) => `${s.name} (${s.kind})`).join(", ");
                out.notes.push(`${path}: skipped values that are not numbers: ${list}.`);
            }
        }
        if (!found)
            out.missing.push(pattern);
    }
    return out;
}

// EXTERNAL MODULE: ./src/model/files/flatten-object.ts
var flatten_object = __webpack_require__(7271);
// EXTERNAL MODULE: ./src/model/files/parse-structured-file.ts
var parse_structured_file = __webpack_require__(8619);
;// CONCATENATED MODULE: ./src/model/params/read-params.ts
/**
 * Params files (params.yaml and the like, JSON/YAML/TOML) flattened with dots, as `dvc params diff`
 * names them. Lists stay one value. Several files share one namespace; a key set in two files
 * keeps the later file's value and says so.
 */



function parseParamsFile(text, file) {
    const format = (0,parse_structured_file/* structuredFormat */.N)(file);
    if (!format)
        throw new errors/* InputError */.dz(file, "is not a params format Slipway reads; use JSON, YAML or TOML.");
    const { data } = (0,parse_structured_file/* parseStructuredFile */.b)(text, file, format);
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
        throw new errors/* InputError */.dz(file, "must hold a mapping of parameter names to values.");
    }
    return Object.fromEntries((0,flatten_object/* flattenObject */.Y)(data).map((entry) => [entry.name, entry.value]));
}
async function readParams(files, patterns) {
    const out = { params: {}, files: [], missing: [], notes: [] };
    const sources = {};
    for (const pattern of patterns) {
        let found = false;
        for (const path of await files.expand(pattern)) {
            const bytes = await files.read(path);
            if (bytes === null)
                continue;
            found = true;
            out.files.push(path);
            for (const [name, value] of Object.entries(parseParamsFile(bytes.toString("utf8"), path))) {
                if (sources[name] !== undefined) {
                    out.notes.push(`${path}: param "${name}" is also in ${sources[name]}; the value from ${path} is used.`);
                }
                out.params[name] = value;
                sources[name] = path;
            }
        }
        if (!found)
            out.missing.push(pattern);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/model/baseline/baseline.ts
function noBaseline(...notes) {
    return { metrics: null, params: {}, ref: null, notes };
}

// EXTERNAL MODULE: ./src/report/report-schema.ts
var report_schema = __webpack_require__(9268);
;// CONCATENATED MODULE: ./src/model/baseline/baseline-from-report.ts
/**
 * A baseline from a file: a slipway-report.json (its model's metrics and params), or any metrics
 * file Slipway reads. A report is checked against slipway/report@1 (src/report/report-schema.ts)
 * before anything is taken from it — it may come from another workflow run — and a report of
 * another version is named as such, not guessed at.
 */




/** `file` names the file in messages; `ref` is what the report's baseline_ref will say. */
function baselineFromFile(text, file, ref = file) {
    const json = file.toLowerCase().endsWith(".json") ? tryJson(text) : undefined;
    if (json !== undefined && isReportLike(json))
        return baselineFromReport(json, file, ref);
    const { metrics } = (0,parse_metrics_file/* parseMetricsFile */.jI)(text, file);
    return { metrics, params: {}, ref, notes: [`Baseline: the metrics in ${file}.`] };
}
function baselineFromReport(raw, file, ref) {
    const parsed = (0,report_schema/* parseReport */.M)(raw, file);
    if (!parsed.ok)
        throw new errors/* InputError */.dz(file, parsed.message.replace(`${file} `, ""));
    const model = parsed.report.model;
    if (!model)
        return noBaseline(`${file} has no model part (its run did not test a model); compared with nothing.`);
    return {
        metrics: { ...model.metrics },
        params: { ...model.params },
        ref,
        notes: [`Baseline: the model report in ${file}.`],
    };
}
function tryJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined; // not JSON (or NaN tokens): the metrics reader says what is wrong with it
    }
}
/** A JSON object with a "schema" field is meant as a report, whatever its version. */
function isReportLike(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value) && "schema" in value;
}

// EXTERNAL MODULE: ./src/model/baseline/git-files.ts
var git_files = __webpack_require__(2127);
;// CONCATENATED MODULE: ./src/model/baseline/resolve-baseline.ts
/**
 * Finds the baseline the head is compared with, from one of four places: nothing, a file (a
 * slipway-report.json or a metrics file), a git revision (the metric and params files as they
 * were there, read with `git show`), or the base branch's latest `slipway-report` artifact.
 * What could not be found is said plainly in `notes` and compared with nothing; only a file the
 * user named explicitly and that is missing stops the run.
 */









async function resolveBaseline(source, context) {
    switch (source.kind) {
        case "none":
            return noBaseline(source.reason ?? "No baseline configured; compared with nothing.");
        case "file":
            return fromFile(source.path, context.root);
        case "git":
            return fromGit(source.ref, context);
        case "artifact":
            return fromArtifact(source.query, context);
    }
}
function fromFile(path, root) {
    const absolute = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(root, path);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(absolute, "utf8");
    }
    catch (cause) {
        const code = cause.code;
        throw new errors/* InputError */.dz(path, code === "ENOENT"
            ? "does not exist. Check --baseline / model.baseline.report."
            : `cannot be read (${code}).`, {}, { cause });
    }
    return baselineFromFile(text, path);
}
async function fromGit(ref, context) {
    const commit = await context.git.resolve(ref);
    if (!commit) {
        return noBaseline(`Baseline ref "${ref}" does not exist in this clone; compared with nothing. ` +
            "Fetch it first (git fetch origin, or actions/checkout with fetch-depth: 0).");
    }
    const where = `${ref} (${commit.slice(0, 7)})`;
    const files = (0,git_files/* gitFiles */.p)(context.git, commit, where);
    const { config } = context;
    const metrics = await readMetrics(files, config.metrics);
    const params = await readParams(files, config.params);
    const notes = [`Baseline: the files at ${where}.`, ...metrics.notes, ...params.notes];
    for (const path of metrics.missing)
        notes.push(`${path} does not exist at ${where}.`);
    for (const path of params.missing)
        notes.push(`${path} does not exist at ${where}.`);
    let found = metrics.files.length > 0;
    const values = { ...metrics.metrics };
    if (config.predictions && context.computePredictions) {
        const bytes = await files.read(config.predictions.path);
        if (bytes === null)
            notes.push(`${config.predictions.path} does not exist at ${where}.`);
        else {
            found = true;
            Object.assign(values, await predictionsAt(bytes, config.predictions, context.computePredictions));
        }
    }
    if (!found) {
        return {
            ...noBaseline(...notes.slice(1), `No metrics at ${where}; compared with nothing.`),
            params: params.params,
        };
    }
    return { metrics: values, params: params.params, ref, notes };
}
/** The predictions file as it was at the revision, written to a scratch folder for DuckDB to read. */
async function predictionsAt(bytes, predictions, compute) {
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "slipway-baseline-"));
    try {
        const target = (0,external_node_path_.join)(scratch, predictions.path);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        (0,external_node_fs_.writeFileSync)(target, bytes);
        return (await compute(predictions, { cwd: scratch })).metrics;
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
async function fromArtifact(query, context) {
    const what = `the latest "${query.artifactName}" artifact of ${query.branch}`;
    if (!context.findArtifact)
        return noBaseline(`No baseline from ${what}: nothing here reads GitHub. Compared with nothing.`);
    const lookup = await context.findArtifact(query);
    if (!lookup.found)
        return noBaseline(`No baseline from ${what}: ${lookup.reason}. Compared with nothing.`);
    const source = `${query.artifactName} of run ${lookup.runId}`;
    let raw;
    try {
        raw = JSON.parse(lookup.text);
    }
    catch {
        return noBaseline(`No baseline from ${what}: its slipway-report.json is not JSON. Compared with nothing.`);
    }
    try {
        const baseline = baselineFromReport(raw, source, lookup.headSha);
        if (baseline.metrics === null)
            return noBaseline(`No baseline from ${what}: ${baseline.notes.join(" ")}`);
        return {
            ...baseline,
            notes: [
                `Baseline: ${what}, from run ${lookup.runUrl} at ${lookup.headSha.slice(0, 7)}.`,
                ...baseline.notes.slice(1),
            ],
        };
    }
    catch (error) {
        // A report we cannot use is no reason to fail the pull request: say so, compare with nothing.
        if ((0,errors/* isSlipwayError */.qQ)(error))
            return noBaseline(`No baseline from ${what}: ${error.message}. Compared with nothing.`);
        throw error;
    }
}

// EXTERNAL MODULE: ./src/model/commands/run-shell.ts
var run_shell = __webpack_require__(4662);
;// CONCATENATED MODULE: ./src/model/commands/command-failed-error.ts
/**
 * The evaluation command exited non-zero: its metrics cannot be trusted, so the run stops (exit 2)
 * and the person sees the command's own output — usually a Python traceback — in the message.
 */


class CommandFailedError extends errors/* InputError */.dz {
    key;
    result;
    name = "CommandFailedError";
    constructor(configFile, key, result) {
        const tail = (0,run_shell/* outputTail */.c)(result.output);
        super(configFile, `the command \`${result.command}\` exited with code ${result.exitCode}.${tail ? ` Its output:\n${tail}` : " It printed nothing."}`, { field: key });
        this.key = key;
        this.result = result;
    }
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(9658);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
;// CONCATENATED MODULE: ./src/model/junit/parse-junit.ts
/**
 * JUnit XML, the one result format every test runner writes: pytest (`--junitxml`), unittest
 * (unittest-xml-reporting), R testthat (JunitReporter), Maven, Jest… A testcase with <failure> or
 * <error> failed, with <skipped> was skipped, else passed. Suites may nest, and the root may be
 * <testsuites> or a single <testsuite>. Parsed with fast-xml-parser, whose validator gives the line
 * of the first syntax error.
 *
 * Text is decoded once, here: the five XML entities and numeric character references (pytest writes
 * a message's newlines as `&#10;`), CDATA as it is. Every rendering then shows the message as the
 * runner wrote it, escaping for its own medium only.
 */


const LISTS = new Set(["testsuites", "testsuite", "testcase", "failure", "error", "skipped"]);
const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (name) => LISTS.has(name),
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    // Also decodes numeric character references (&#10;, &#x41;), once: "&amp;#10;" stays "&#10;".
    htmlEntities: true,
});
/** Keeps a failure message readable in a comment; the full trace stays in the runner's log. */
const MAX_MESSAGE = 2000;
function emptyTestSummary() {
    return { passed: 0, failed: 0, skipped: 0, failures: [] };
}
function parseJUnit(text, file) {
    const valid = fxp/* XMLValidator */.iI.validate(text);
    if (valid !== true) {
        const { msg, line } = valid.err;
        throw new errors/* InputError */.dz(file, `is not JUnit XML (${msg.replace(/\.$/, "")}). Point model.junit at the file your test runner writes, e.g. pytest --junitxml=reports/junit.xml.`, { line });
    }
    const root = parser.parse(text);
    const suites = [...asList(root.testsuites), ...asList(root.testsuite)];
    if (suites.length === 0) {
        const element = Object.keys(root).find((key) => !key.startsWith("?")) ?? "(none)";
        throw new errors/* InputError */.dz(file, `is XML but not JUnit: the root element is <${element}>, expected <testsuites> or <testsuite>.`);
    }
    const summary = emptyTestSummary();
    for (const suite of suites)
        walkSuite(suite, file, summary);
    return summary;
}
function addTestSummaries(a, b) {
    return {
        passed: a.passed + b.passed,
        failed: a.failed + b.failed,
        skipped: a.skipped + b.skipped,
        failures: [...a.failures, ...b.failures],
    };
}
function walkSuite(suite, file, summary) {
    for (const inner of [...asList(suite.testsuites), ...asList(suite.testsuite)])
        walkSuite(inner, file, summary);
    for (const testcase of asList(suite.testcase)) {
        const problems = [...asList(testcase.failure), ...asList(testcase.error)];
        if (problems[0]) {
            summary.failed++;
            summary.failures.push(describeFailure(testcase, suite, problems[0], file));
        }
        else if (asList(testcase.skipped).length > 0)
            summary.skipped++;
        else
            summary.passed++;
    }
}
function describeFailure(testcase, suite, problem, file) {
    const name = attr(testcase, "name") ?? "(unnamed test)";
    const classname = attr(testcase, "classname");
    const fullName = classname && !name.startsWith(classname) ? `${classname}.${name}` : name;
    const type = attr(problem, "type");
    // The message attribute when the runner wrote one; else the element's text (unittest-xml-reporting
    // writes message="" and the traceback as CDATA), whole: it is shown as a code block.
    const text = attr(problem, "message")?.trim() || String(problem["#text"] ?? "").trim() || "failed";
    // An exception class (AssertionError, ValueError) says what kind of failure; "failure" says nothing.
    const message = type && /(Error|Exception)$/.test(type) && !text.includes(type) ? `${type}: ${text}` : text;
    const line = Number(attr(testcase, "line")) + (zeroBasedLines(suite) ? 1 : 0);
    return {
        name: fullName,
        message: message.length > MAX_MESSAGE ? `${cut(message, MAX_MESSAGE - 1)}…` : message,
        file: attr(testcase, "file") ?? attr(suite, "file") ?? file,
        ...(Number.isInteger(line) && line > 0 ? { line } : {}),
    };
}
/**
 * pytest (junit_family=xunit1) writes a test's `line` counted from 0 (its item location); others
 * (unittest-xml-reporting) from 1. pytest names its suite "pytest" unless told otherwise.
 */
function zeroBasedLines(suite) {
    return attr(suite, "name") === "pytest";
}
function asList(value) {
    if (value === undefined || value === null)
        return [];
    const list = Array.isArray(value) ? value : [value];
    // An empty element (<skipped/>) parses as "" — still an element.
    return list.map((item) => item !== null && typeof item === "object" ? item : { "#text": item });
}
function attr(node, name) {
    const value = node[`@_${name}`];
    return value === undefined || value === null ? undefined : String(value);
}
/** The first `max` UTF-16 units, without splitting a surrogate pair. */
function cut(text, max) {
    const code = text.charCodeAt(max - 1);
    return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

;// CONCATENATED MODULE: ./src/model/junit/read-junit.ts

async function readJUnit(files, patterns) {
    let summary = emptyTestSummary();
    const read = [];
    for (const pattern of patterns) {
        for (const path of await files.expand(pattern)) {
            const bytes = await files.read(path);
            if (bytes === null)
                continue;
            read.push(path);
            summary = addTestSummaries(summary, parseJUnit(bytes.toString("utf8"), path));
        }
    }
    return { summary, files: read };
}

// EXTERNAL MODULE: ./src/model/metrics/prediction-metric-names.ts
var prediction_metric_names = __webpack_require__(5917);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/model/plots/dvc-plot-specs.ts
/**
 * The plots a dvc.yaml defines, as plot specs: top-level `plots:` (a file; a file with `x`/`y`; or
 * a named plot whose `y` maps files to fields) and each stage's `plots:` outputs (`- file:` with
 * `x`/`y`). `template`, `x_label` and the like are DVC's rendering choices and are left out.
 */


function dvcPlotSpecs(text, file) {
    let doc;
    try {
        doc = ((0,dist/* parse */.qg)(text) ?? {});
    }
    catch (cause) {
        throw new errors/* InputError */.dz(file, `is not valid YAML: ${cause.message.split("\n")[0]}`, {}, { cause });
    }
    const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
    const specs = [];
    for (const entry of list(doc.plots))
        specs.push(...topLevel(entry, folder));
    for (const stage of Object.values(doc.stages ?? {})) {
        const wdir = join(folder, stage?.wdir ?? "");
        for (const entry of list(stage?.plots))
            specs.push(...fileEntry(entry, wdir));
    }
    return specs;
}
function topLevel(entry, folder) {
    if (typeof entry === "string")
        return [{ path: join(folder, entry) }];
    if (!isObject(entry))
        return [];
    return Object.entries(entry).flatMap(([name, raw]) => {
        const definition = isObject(raw) ? raw : {};
        const { x, y, title } = definition;
        const shownTitle = typeof title === "string" ? title : name;
        if (isObject(y)) {
            // A named plot: y maps each file to its field(s); x is one field or maps files too.
            return Object.entries(y).map(([path, fields]) => ({
                path: join(folder, path),
                x: typeof x === "string"
                    ? x
                    : isObject(x) && typeof x[path] === "string"
                        ? x[path]
                        : undefined,
                y: fieldList(fields),
                title: shownTitle,
            }));
        }
        return [
            {
                path: join(folder, name),
                x: typeof x === "string" ? x : undefined,
                y: fieldList(y),
                ...(typeof title === "string" ? { title } : {}),
            },
        ];
    });
}
function fileEntry(entry, wdir) {
    if (typeof entry === "string")
        return [{ path: join(wdir, entry) }];
    if (!isObject(entry))
        return [];
    return Object.entries(entry).map(([path, raw]) => {
        const { x, y, title } = (isObject(raw) ? raw : {});
        return {
            path: join(wdir, path),
            x: typeof x === "string" ? x : undefined,
            y: fieldList(y),
            ...(typeof title === "string" ? { title } : {}),
        };
    });
}
function fieldList(value) {
    if (typeof value === "string")
        return value;
    if (Array.isArray(value) && value.every((item) => typeof item === "string") && value.length > 0)
        return value;
    return undefined;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
function join(folder, path) {
    const base = folder.replace(/^\.\/?|\/+$/g, "");
    return (base ? `${base}/${path}` : path).replace(/^\.\//, "").replace(/\/\.\//g, "/");
}

// EXTERNAL MODULE: ./src/model/metrics/parse-metrics-csv.ts
var parse_metrics_csv = __webpack_require__(1717);
;// CONCATENATED MODULE: ./src/model/plots/parse-plot-rows.ts
/**
 * A DVC plots file read into rows, as `dvc plots show` reads it: CSV or TSV with a header row, or
 * JSON / YAML holding a list of objects (at the top, or under one key, as `{"prc": [...]}`). Each
 * row keeps its 1-based line where the format tells it (CSV, TSV), so a bad value is pointed at.
 */



function isPlotFile(path) {
    return /\.(csv|tsv|json|ya?ml)$/i.test(path);
}
function parsePlotRows(text, file) {
    const lower = file.toLowerCase();
    if (lower.endsWith(".csv") || lower.endsWith(".tsv"))
        return delimited(text, file, lower.endsWith(".tsv"));
    const format = (0,parse_structured_file/* structuredFormat */.N)(file);
    if (format === "json" || format === "yaml")
        return listOfObjects((0,parse_structured_file/* parseStructuredFile */.b)(text, file, format).data, file);
    throw new errors/* InputError */.dz(file, "is not a plots file DVC reads: use CSV, TSV, JSON or YAML.");
}
function delimited(text, file, tabs) {
    const records = (0,parse_metrics_csv/* splitCsv */.F)(text.replace(/^\uFEFF/, ""), tabs ? "\t" : ",");
    const header = records.shift();
    if (!header || header.cells.every((cell) => cell.trim() === ""))
        throw new errors/* InputError */.dz(file, "is empty; a plots file needs a header row and one row per point.");
    const fields = header.cells.map((cell) => cell.trim());
    const rows = [];
    for (const record of records) {
        if (record.cells.every((cell) => cell.trim() === ""))
            continue; // a blank line, as DVC skips it
        const values = {};
        fields.forEach((field, i) => {
            values[field] = record.cells[i]?.trim() ?? "";
        });
        rows.push({ values, row: rows.length + 1, line: record.line });
    }
    return { fields, rows };
}
function listOfObjects(data, file) {
    let list = data;
    if (list !== null && typeof list === "object" && !Array.isArray(list)) {
        // DVC's nested form: the first key whose value is a list of objects.
        list = Object.values(list).find((value) => Array.isArray(value));
    }
    if (!Array.isArray(list) || list.length === 0) {
        throw new errors/* InputError */.dz(file, 'holds no list of points; DVC plots files hold a list of objects, e.g. [{"recall": 0.1, "precision": 0.9}, …], at the top or under one key.');
    }
    const rows = [];
    const fields = [];
    list.forEach((item, index) => {
        if (item === null || typeof item !== "object" || Array.isArray(item)) {
            throw new errors/* InputError */.dz(file, `point ${index + 1} is ${JSON.stringify(item)}, not an object of fields.`, {
                row: index + 1,
            });
        }
        for (const key of Object.keys(item))
            if (!fields.includes(key))
                fields.push(key);
        rows.push({ values: item, row: index + 1 });
    });
    return { fields, rows };
}

;// CONCATENATED MODULE: ./src/model/plots/read-plots.ts



/** Points kept per series, and series per report: enough for a chart, small in the artifact and store. */
const MAX_PLOT_POINTS = 100;
const MAX_PLOTS = 12;
async function readPlots(files, entries, hint) {
    const specs = [];
    for (const entry of entries) {
        const spec = typeof entry === "string" ? { path: entry } : entry;
        for (const path of await files.expand(spec.path)) {
            if (/(^|\/)dvc\.ya?ml$/.test(path))
                specs.push(...dvcPlotSpecs(await readText(files, path, hint), path));
            else
                specs.push({ ...spec, path });
        }
    }
    const plots = [];
    for (const spec of specs) {
        if (!isPlotFile(spec.path)) {
            throw new errors/* InputError */.dz(spec.path, "is not a plots file Slipway reads: use CSV, TSV, JSON or YAML (model.plots).");
        }
        const rows = parsePlotRows(await readText(files, spec.path, hint), spec.path);
        for (const plot of seriesOf(spec, rows)) {
            if (!plots.some((known) => known.id === plot.id))
                plots.push(plot);
        }
    }
    const notes = plots.length > MAX_PLOTS
        ? [`model.plots: ${plots.length} series; the first ${MAX_PLOTS} are in the report.`]
        : [];
    return { plots: plots.slice(0, MAX_PLOTS), notes };
}
async function readText(files, path, hint) {
    const bytes = await files.read(path);
    if (bytes === null)
        throw new errors/* InputError */.dz(path, `does not exist. ${hint}`);
    return bytes.toString("utf8");
}
function seriesOf(spec, { fields, rows }) {
    const file = spec.path;
    if (spec.x !== undefined && !fields.includes(spec.x)) {
        throw new errors/* InputError */.dz(file, `has no field "${spec.x}" for x; it has ${quoted(fields)}.`, {
            field: spec.x,
        });
    }
    const ys = spec.y === undefined ? fields.filter((field) => field !== spec.x).slice(-1) : [spec.y].flat();
    if (ys.length === 0)
        throw new errors/* InputError */.dz(file, "has no field to plot as y.");
    for (const y of ys) {
        if (!fields.includes(y))
            throw new errors/* InputError */.dz(file, `has no field "${y}" for y; it has ${quoted(fields)}.`, { field: y });
    }
    const x = spec.x ?? "step";
    return ys.map((y) => {
        const points = rows.map((row, index) => {
            const where = { row: row.row, line: row.line, field: y };
            const value = toNumber(row.values[y]);
            if (value === null || !Number.isFinite(value)) {
                throw new errors/* InputError */.dz(file, `${y} is ${JSON.stringify(row.values[y] ?? null)}, not a finite number.`, where);
            }
            if (spec.x === undefined)
                return [index, value];
            const xValue = row.values[spec.x];
            const xNumber = toNumber(xValue);
            return [xNumber !== null && Number.isFinite(xNumber) ? xNumber : String(xValue ?? ""), value];
        });
        return {
            id: ys.length > 1 ? `${file} · ${y}` : file,
            title: spec.title ? (ys.length > 1 ? `${spec.title} · ${y}` : spec.title) : `${y} by ${x}`,
            x,
            y,
            points: downsample(points, MAX_PLOT_POINTS),
            total: points.length,
        };
    });
}
/** At most `max` items evenly picked by position, the first and the last always kept. */
function downsample(items, max) {
    if (items.length <= max)
        return [...items];
    if (max < 2)
        return items.slice(0, max);
    const step = (items.length - 1) / (max - 1);
    // The i-th pick is at round(i · step); step > 1, so the picks' positions only grow and each is met.
    const picked = [];
    items.forEach((item, index) => {
        if (index === Math.round(picked.length * step))
            picked.push(item);
    });
    return picked;
}
function toNumber(value) {
    if (typeof value === "number")
        return value;
    if (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value)))
        return Number(value);
    return null;
}
function quoted(fields) {
    return fields.map((field) => `"${field}"`).join(", ") || "no fields";
}

// EXTERNAL MODULE: ./src/config/nearest-key.ts
var nearest_key = __webpack_require__(9950);
// EXTERNAL MODULE: ./src/model/rules/metric-name.ts
var metric_name = __webpack_require__(3721);
;// CONCATENATED MODULE: ./src/model/rules/check-metric-names.ts
/**
 * Every metric the config names (rule keys and `primary`) must exist, or the bar silently checks
 * nothing. Two different mistakes get two different messages: a name close to a real one is a
 * typo ("Did you mean f1_macro?"); a name that is nowhere near is a metric the evaluation did
 * not write.
 */


function checkMetricNames(input) {
    const problems = [];
    const bases = [...new Set(input.available.map((name) => (0,metric_name/* parseMetricName */.$Y)(name).base))];
    const candidates = [...new Set([...input.available, ...bases, ...(input.known ?? [])])];
    const check = (name, keyPath, what) => {
        if ((0,metric_name/* matchRuleKey */.P2)(name, input.available).length > 0)
            return;
        const parsed = (0,metric_name/* parseMetricName */.$Y)(name);
        const { slice } = parsed;
        if (slice && bases.includes(parsed.base)) {
            const values = input.available.flatMap((metric) => {
                const other = (0,metric_name/* parseMetricName */.$Y)(metric).slice;
                return other?.column === slice.column ? [other.value] : [];
            });
            const detail = values.length === 0
                ? `there are no slices by "${slice.column}"; add it to model.predictions.slices.`
                : `there is no slice ${slice.column}=${slice.value}; slices by ${slice.column}: ${[...new Set(values)].join(", ")}.`;
            const label = what === "the rules" ? "rule" : what;
            problems.push({ keyPath, message: `${label} "${name}" matches no metric: ${detail}` });
            return;
        }
        const hint = (0,nearest_key/* nearestKey */.q)(parsed.base, candidates.filter((c) => c !== parsed.base));
        if (hint && !input.available.includes(parsed.base)) {
            problems.push({ keyPath, message: `unknown metric "${name}" in ${what}. Did you mean "${hint}"?` });
            return;
        }
        const have = input.available.length > 0 ? `they hold: ${preview(input.available)}` : "they hold no metrics";
        problems.push({
            keyPath,
            message: `metric "${name}" is named in ${what} but absent from ${input.sources} (${have}). Write it in your evaluation, or remove it from ${what}.`,
        });
    };
    for (const key of input.ruleKeys)
        check(key, `model.rules."${key}"`, "the rules");
    if (input.primary !== undefined)
        check(input.primary, "model.primary", "model.primary");
    return problems;
}
function preview(names) {
    const shown = names.slice(0, 12).join(", ");
    return names.length > 12 ? `${shown}, … ${names.length - 12} more` : shown;
}

// EXTERNAL MODULE: ./src/report/metric-direction.ts
var metric_direction = __webpack_require__(140);
;// CONCATENATED MODULE: ./src/model/rules/evaluate-rules.ts


/**
 * Differences of a few ulps must not fail a rule: 0.85 − 0.86 is −0.010000000000000009 in
 * floating point, and "at most 0.01 lower" should accept it.
 */
const TOLERANCE = 1e-12;
function evaluateRules(input) {
    const names = Object.keys(input.metrics);
    const results = [];
    const warnings = [];
    const directions = {};
    for (const name of new Set([...names, ...Object.keys(input.baseline ?? {})])) {
        const direction = (0,metric_direction/* defaultDirection */.H)(name);
        if (direction)
            directions[name] = direction;
    }
    for (const [key, rule] of Object.entries(input.rules)) {
        const direction = rule.better ?? (0,metric_direction/* defaultDirection */.H)(key);
        if (rule["max-drop"] !== undefined && direction === "lower") {
            warnings.push(`rule "${key}": max-drop limits a fall, but lower is better for it; did you mean max-rise?`);
        }
        if (rule["max-rise"] !== undefined && direction === "higher") {
            warnings.push(`rule "${key}": max-rise limits a rise, but higher is better for it; did you mean max-drop?`);
        }
        for (const metric of (0,metric_name/* matchRuleKey */.P2)(key, names)) {
            if (rule.better)
                directions[metric] = rule.better;
            const base = input.baseline === null ? "no-baseline" : (input.baseline[metric] ?? "not-in-baseline");
            const value = input.metrics[metric];
            // matchRuleKey() picks among the metrics' own names, so each has a value.
            if (value === undefined)
                throw new Error(`rule "${key}" matched "${metric}", which is not a metric`);
            results.push(...checkMetric(metric, rule, value, base, input.requireBaseline ?? false));
        }
    }
    return { results, warnings, directions };
}
function checkMetric(metric, rule, value, base, requireBaseline) {
    const out = [];
    if (rule.min !== undefined) {
        out.push(judged({ metric, rule: "min", threshold: rule.min, value }, value >= rule.min));
    }
    if (rule.max !== undefined) {
        out.push(judged({ metric, rule: "max", threshold: rule.max, value }, value <= rule.max));
    }
    for (const kind of ["max-drop", "max-rise"]) {
        const amount = rule[kind];
        if (amount === undefined)
            continue;
        const relative = typeof amount === "string";
        const threshold = relative ? Number.parseFloat(amount) : amount;
        const name = relative ? `${kind}%` : kind;
        if (typeof base !== "number" || !Number.isFinite(base)) {
            const reason = typeof base === "number" ? "not-in-baseline" : base;
            const state = requireBaseline ? "failed" : "not-evaluated";
            out.push({
                metric,
                rule: name,
                threshold,
                value,
                baseline: null,
                delta: null,
                passed: false,
                state,
                reason,
            });
            continue;
        }
        const delta = value - base;
        // The movement in the direction this rule limits: a fall for max-drop, a rise for max-rise.
        const against = kind === "max-drop" ? -delta : delta;
        const scale = Math.max(1, Math.abs(value), Math.abs(base)) * TOLERANCE;
        let passed;
        if (!relative)
            passed = against <= threshold + scale;
        else if (base === 0)
            passed = against <= scale; // any move against a zero baseline is infinitely relative
        else
            passed = (against / Math.abs(base)) * 100 <= threshold + TOLERANCE * 100;
        out.push(judged({ metric, rule: name, threshold, value, baseline: base, delta }, passed));
    }
    return out;
}
function judged(result, passed) {
    return { ...result, passed, state: passed ? "passed" : "failed", reason: null };
}

;// CONCATENATED MODULE: ./src/model/test-model.ts
/**
 * Model testing, end to end: run the team's tests and evaluation, read the JUnit results, the
 * metrics (files and/or predictions) and the params, find the baseline, check that the config
 * names real metrics, judge the rules, and return the ModelReport. The world is reached only
 * through the seams in `TestModelSeams`; the adapters (CLI, action) choose them.
 */














async function testModel(options, seams) {
    const { config, root } = options;
    const configFile = shownPath(options.configFile, root);
    const log = options.log ?? (() => { });
    const commands = [];
    const runCommand = async (command, what) => {
        log(`Running ${what}: ${command}`);
        const result = await seams.runShell(command, { cwd: root, env: options.env, onOutput: options.onOutput });
        commands.push(result);
        return result;
    };
    let testExitCode = options.testExitCode ?? null;
    if (options.run.test && config.test)
        testExitCode = (await runCommand(config.test, "the tests")).exitCode;
    if (options.run.evaluate && config.evaluate) {
        const result = await runCommand(config.evaluate, "the evaluation");
        if (result.exitCode !== 0)
            throw new CommandFailedError(configFile, "model.evaluate", result);
    }
    const tests = await readTests(config, seams.files, testExitCode, commands.find((c) => c.command === config.test));
    const head = await readHead(config, configFile, root, seams);
    const plots = config.plots.length > 0
        ? await readPlots(seams.files, config.plots, config.evaluate
            ? `Make \`${config.evaluate}\` write it, or fix model.plots.`
            : "Run your evaluation first, or fix model.plots.")
        : null;
    const baseline = await resolveBaseline(options.baseline, {
        config,
        root,
        git: seams.git,
        computePredictions: seams.computePredictions,
        findArtifact: seams.findArtifact,
    });
    const problems = checkMetricNames({
        ruleKeys: Object.keys(config.rules),
        primary: config.primary,
        available: Object.keys(head.metrics),
        known: config.predictions ? prediction_metric_names/* PREDICTION_METRIC_NAMES */.M8 : [],
        sources: head.sources,
    });
    const [only] = problems;
    if (only && problems.length === 1)
        throw new errors/* ConfigError */.xL(configFile, only.keyPath, only.message);
    if (problems.length > 1) {
        throw new errors/* ConfigError */.xL(configFile, "", `\n  ${problems.map((p) => `${p.keyPath}: ${p.message}`).join("\n  ")}`);
    }
    const outcome = evaluateRules({
        metrics: head.metrics,
        baseline: baseline.metrics,
        rules: config.rules,
        requireBaseline: config["require-baseline"],
    });
    // A baseline whose metrics could not be found may still have had its params read (a git ref).
    const paramsCompared = baseline.metrics !== null || Object.keys(baseline.params).length > 0;
    const report = {
        // Not evaluated is no failure unless model.require-baseline made it one.
        passed: tests.failed === 0 && outcome.results.every((result) => result.state !== "failed"),
        tests,
        metrics: head.metrics,
        baseline: baseline.metrics,
        baseline_ref: baseline.ref,
        rules: outcome.results,
        params: head.params,
        params_baseline: baseline.params,
        params_changes: paramsCompared ? (0,diff_params/* diffParams */.G)(head.params, baseline.params) : null,
        primary: config.primary ?? null,
        directions: outcome.directions,
        notes: [...baseline.notes, ...head.notes, ...(plots?.notes ?? [])],
        confusion: head.confusion,
        ...(plots ? { plots: plots.plots } : {}),
    };
    return { report, warnings: outcome.warnings, commands };
}
/** Whether a report should fail the step or command, given `fail-on`. */
function modelFails(report, failOn) {
    return failOn !== "never" && !report.passed;
}
async function readTests(config, files, exitCode, ran) {
    const patterns = config.junit === undefined ? [] : [config.junit].flat();
    const junit = patterns.length > 0 ? await readJUnit(files, patterns) : { summary: emptyTestSummary(), files: [] };
    if (patterns.length > 0 && junit.files.length === 0 && !exitCode) {
        throw new errors/* InputError */.dz(patterns.join(", "), config.test
            ? `matched no JUnit file after the tests ran. Make the test command write one (e.g. pytest --junitxml=${patterns[0]}), or fix model.junit.`
            : "matched no JUnit file. Run your tests with JUnit output first, or fix model.junit.");
    }
    const summary = junit.summary;
    if (exitCode && summary.failed === 0) {
        // The runner failed without naming a failing test (a collection error, a crash, no JUnit at all).
        const tail = ran ? (0,run_shell/* outputTail */.c)(ran.output, 5) : "";
        summary.failed += 1;
        summary.failures.push({
            name: config.test ?? "the test command",
            message: `exited with code ${exitCode}${junit.files.length === 0 ? " and wrote no JUnit results" : ""}${tail ? `: ${tail}` : "."}`,
        });
    }
    return summary;
}
async function readHead(config, configFile, root, seams) {
    const metrics = await readMetrics(seams.files, config.metrics);
    for (const path of metrics.missing) {
        throw new errors/* InputError */.dz(path, config.evaluate
            ? `does not exist after the evaluation ran. Make \`${config.evaluate}\` write it, or fix model.metrics.`
            : "does not exist. Run your evaluation first, or fix model.metrics.");
    }
    const values = { ...metrics.metrics };
    const sources = [...metrics.files];
    let confusion = null;
    if (config.predictions) {
        if (!seams.computePredictions) {
            throw new errors/* ConfigError */.xL(configFile, "model.predictions", "metrics from predictions are not available here.");
        }
        const computed = await seams.computePredictions(config.predictions, { cwd: root, configFile });
        for (const [name, value] of Object.entries(computed.metrics)) {
            // A metric read from a file has that file in sources (readMetrics): the two would clash.
            const source = metrics.sources[name];
            if (source !== undefined) {
                throw new errors/* InputError */.dz(source, `metric "${name}" is also computed from ${config.predictions.path}; rename it in the file, or drop it.`, { field: name });
            }
            values[name] = value;
        }
        confusion = computed.confusion;
        sources.push(config.predictions.path);
    }
    const params = await readParams(seams.files, config.params);
    for (const path of params.missing) {
        throw new errors/* InputError */.dz(path, "does not exist. Fix model.params, or commit the params file.");
    }
    return {
        metrics: values,
        params: params.params,
        confusion,
        notes: [...metrics.notes, ...params.notes],
        sources: sources.length > 0 ? sources.join(", ") : "the files (model.metrics and model.predictions are empty)",
    };
}
function shownPath(file, root) {
    const rel = (0,external_node_path_.relative)(root, file);
    return rel && !rel.startsWith("..") ? rel : file;
}


/***/ }),

/***/ 458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ diffParams)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/** Params compared with the baseline's, as `dvc params diff` lists them: only what differs. */

function diffParams(head, base) {
    const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
    const changes = [];
    for (const name of names) {
        const inHead = Object.hasOwn(head, name);
        const inBase = Object.hasOwn(base, name);
        if (inHead && !inBase)
            changes.push({ name, change: "added", head: head[name] });
        else if (!inHead && inBase)
            changes.push({ name, change: "removed", base: base[name] });
        else if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(head[name], base[name])) {
            changes.push({ name, change: "changed", base: base[name], head: head[name] });
        }
    }
    return changes;
}


/***/ }),

/***/ 1879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ unique),
/* harmony export */   Dz: () => (/* binding */ isSlice),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Zu: () => (/* binding */ MAX),
/* harmony export */   _q: () => (/* binding */ variantLabel),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   k0: () => (/* binding */ changeText),
/* harmony export */   nf: () => (/* binding */ link)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9587);
/** Small pieces every part of the comment uses: limits, labels, and inert inline code and links. */


/** Caps on what one comment shows; the rest is counted, and the full report is in the run's artifacts. */
const MAX = {
    name: 80,
    cell: 60,
    rows: 60,
    slices: 150,
    checks: 30,
    datasets: 20,
    variants: 8,
    params: 20,
    other: 6,
};
function variantLabel(variant) {
    return variant.name ? `variant ${variant.name}` : "default variant";
}
function isSlice(metric) {
    return /\[[^\]]*=[^\]]*\]$/.test(metric);
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function unique(values) {
    return [...new Set(values)];
}
/**
 * The Δ cell: "+0.11 (+13.8%) 🟢", "−0.02 (−2.3%) 🔴", "±0" for a change too small to print (never
 * coloured), "—" with nothing to compare. `percent: false` for the verdict line's short form.
 */
function changeText(base, head, direction, options = {}) {
    if (base === null || base === undefined || head === null || head === undefined)
        return "—";
    const change = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .measureChange */ .BX)(base, head);
    const verdict = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .changeVerdict */ .mv)(change, direction);
    const mark = verdict === "better" ? " 🟢" : verdict === "worse" ? " 🔴" : "";
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChange */ .eD)(change, options)}${mark}`;
}
/** A commit as inline code: seven hex digits, or the escaped text when it is not a SHA. */
function shortSha(sha) {
    return /^[0-9a-f]{7,64}$/i.test(sha) ? `\`${sha.slice(0, 7)}\`` : code(sha, 12);
}
/** Inline code for untrusted text: <code> decodes the character references inlineText makes, a Markdown code span would show them raw. */
function code(text, max = MAX.cell) {
    return `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeText */ .ph)(text, max)}</code>`;
}
/** A link to a URL from GitHub's payload: http(s) only, with characters that would end the target encoded. */
function link(text, url) {
    if (!/^https?:\/\//i.test(url))
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(text);
    const safe = url.replace(/[\s()<>[\]"'`]/g, (ch) => encodeURIComponent(ch));
    return `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(text)}](${safe})`;
}


/***/ }),

/***/ 140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ defaultDirection)
/* harmony export */ });
const LOWER = new Set([
    "loss",
    "logloss",
    "error",
    "err",
    "mae",
    "mse",
    "rmse",
    "msle",
    "rmsle",
    "mape",
    "smape",
    "brier",
    "perplexity",
    "entropy",
    "latency",
    "fpr",
    "fnr",
    "wer",
    "cer",
    "deviance",
    "hamming",
    "median_ae",
]);
const HIGHER = new Set([
    "accuracy",
    "acc",
    "auc",
    "roc_auc",
    "f1",
    "fbeta",
    "precision",
    "recall",
    "r2",
    "tpr",
    "tnr",
    "specificity",
    "sensitivity",
    "map",
    "ndcg",
    "mrr",
    "bleu",
    "rouge",
    "iou",
    "dice",
    "jaccard",
    "kappa",
    "mcc",
    "score",
    "explained_variance",
]);
function defaultDirection(metric) {
    // The last dotted segment, without a slice suffix: "eval.loss[region=EU]" → "loss".
    const base = metric.replace(/\[.*\]$/, "");
    const leaf = (base.split(".").pop() ?? base).toLowerCase();
    if (LOWER.has(leaf))
        return "lower";
    if (HIGHER.has(leaf))
        return "higher";
    const tokens = leaf.split(/[_\-\s]+/).filter(Boolean);
    if (tokens[0] === "neg")
        return "higher";
    if (tokens.some((token) => LOWER.has(token)))
        return "lower";
    if (tokens.some((token) => HIGHER.has(token)))
        return "higher";
    return null;
}


/***/ }),

/***/ 5354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ baselineLine),
/* harmony export */   GJ: () => (/* binding */ modelCounts),
/* harmony export */   IN: () => (/* binding */ metricRows),
/* harmony export */   IO: () => (/* binding */ describeRule),
/* harmony export */   Nj: () => (/* binding */ paramChanges),
/* harmony export */   Nt: () => (/* binding */ formatParam),
/* harmony export */   lx: () => (/* binding */ paramRows),
/* harmony export */   uQ: () => (/* binding */ describeChange),
/* harmony export */   xJ: () => (/* binding */ modelVerdict)
/* harmony export */ });
/* unused harmony export MAIN_ROWS */
/* harmony import */ var _diff_params_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(458);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2011);
/* harmony import */ var _rule_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3734);
/**
 * Facts about a ModelReport that every rendering (terminal, Markdown) shows alike: the metric
 * rows of `Metric | base | head | Change | Rule` as `dvc metrics diff` lays them out, the params
 * that changed as `dvc params diff` lists them, and the verdict line. Numbers go through
 * format.ts, rule states through rule-state.ts.
 */



/** Rows beyond this go into a fold ("N more metrics"), so a report with many slices stays readable. */
const MAIN_ROWS = 40;
/**
 * Every metric of head and baseline. The main rows are the primary metric, metrics with rules (failed
 * first) and metrics that changed; the rest (unchanged, or nothing to compare) are `more`.
 */
function metricRows(report) {
    const names = [...new Set([...Object.keys(report.metrics), ...Object.keys(report.baseline ?? {})])];
    const rows = names.map((metric) => metricRow(report, metric));
    const changed = (row) => row.change !== null && row.change.direction !== "none";
    const rank = (row) => row.primary
        ? 0
        : row.rules.some((r) => (0,_rule_state_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleState */ .GA)(r) === "failed")
            ? 1
            : row.rules.length > 0
                ? 2
                : changed(row)
                    ? 3
                    : 4;
    const ordered = rows
        .map((row, index) => ({ row, index }))
        .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
        .map(({ row }) => row);
    // Without a baseline nothing "changed": every metric is news, so all are main rows (up to the cap).
    const important = (row) => rank(row) < 4 || report.baseline === null;
    const main = ordered.filter(important).slice(0, MAIN_ROWS);
    return { main, more: ordered.filter((row) => !main.includes(row)) };
}
function metricRow(report, metric) {
    const head = report.metrics[metric] ?? null;
    const base = report.baseline?.[metric] ?? null;
    const change = head !== null && base !== null ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .measureChange */ .BX)(base, head) : null;
    return {
        metric,
        primary: report.primary === metric,
        base,
        head,
        change,
        verdict: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .changeVerdict */ .mv)(change, report.directions?.[metric]),
        rules: report.rules.filter((rule) => rule.metric === metric),
    };
}
/**
 * The params that differ from the baseline's, with or without metrics to compare: the report's own
 * list, else (reports written before it) a diff of `params` and `params_baseline` when there was a
 * baseline to compare with. Null when there was none: every param would read as "added".
 */
function paramChanges(report) {
    if (report.params_changes !== undefined)
        return report.params_changes;
    const compared = report.baseline !== null || Object.keys(report.params_baseline).length > 0;
    return compared ? (0,_diff_params_js__WEBPACK_IMPORTED_MODULE_0__/* .diffParams */ .G)(report.params, report.params_baseline) : null;
}
/** The params diff's rows; none when there was nothing to compare with. */
function paramRows(report) {
    return paramChanges(report) ?? [];
}
/** "+0.012 (+1.4%) better", "±0", "new", "removed" — the Change column. */
function describeChange(row) {
    if (row.head === null)
        return "removed";
    if (row.base === null)
        return "new";
    const word = row.verdict ? ` ${row.verdict}` : "";
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatChange */ .eD)(row.change)}${word}`;
}
/**
 * "min 0.8", "max-drop 0.01", "max-rise 5%"; a rule judged without its values says why:
 * "max-drop 0.01 (not evaluated: no baseline)", "max-drop 0.01 (no baseline; model.require-baseline)".
 */
function describeRule(rule) {
    const relative = rule.rule.endsWith("%");
    const name = relative ? rule.rule.slice(0, -1) : rule.rule;
    const text = `${name} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatNumber */ .ZV)(rule.threshold)}${relative ? "%" : ""}`;
    const reason = (0,_rule_state_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleReason */ .JJ)(rule);
    if ((0,_rule_state_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleState */ .GA)(rule) === "not-evaluated")
        return `${text} (not evaluated: ${(0,_rule_state_js__WEBPACK_IMPORTED_MODULE_1__/* .describeReason */ .Gk)(reason ?? "unknown")})`;
    return reason ? `${text} (${(0,_rule_state_js__WEBPACK_IMPORTED_MODULE_1__/* .describeReason */ .Gk)(reason)}; model.require-baseline)` : text;
}
/** "passed — 3 rules met, 12 tests passed" / "failed — 1 of 3 rules failed, 1 not evaluated: no baseline, …". */
function modelVerdict(report) {
    return `${report.passed ? "passed" : "failed"} — ${modelCounts(report)}`;
}
/** The verdict's counts without its passed/failed (for a line that says that already): "3 rules met, 12 tests passed, 4 metrics". */
function modelCounts(report) {
    const { passed, failed, skipped } = report.tests;
    const total = passed + failed + skipped;
    const parts = [];
    const rules = (0,_rule_state_js__WEBPACK_IMPORTED_MODULE_1__/* .rulesHeadline */ .cD)(report.rules);
    if (rules)
        parts.push(rules);
    if (total > 0) {
        const skippedText = skipped > 0 ? `, ${skipped} skipped` : "";
        parts.push(failed > 0
            ? `${failed} of ${total} tests failed${skippedText}`
            : `${passed} tests passed${skippedText}`);
    }
    parts.push(`${Object.keys(report.metrics).length} metrics`);
    return parts.join(", ");
}
function formatParam(value) {
    if (value === undefined)
        return "—";
    return typeof value === "string" ? value : JSON.stringify(value);
}
/** "Compared with origin/main" or "No baseline: compared with nothing". */
function baselineLine(report) {
    if (report.baseline === null)
        return "No baseline: compared with nothing.";
    return report.baseline_ref ? `Compared with ${report.baseline_ref}.` : "Compared with the baseline.";
}


/***/ }),

/***/ 3734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ ruleState),
/* harmony export */   Gk: () => (/* binding */ describeReason),
/* harmony export */   JJ: () => (/* binding */ ruleReason),
/* harmony export */   Y5: () => (/* binding */ tallyRules),
/* harmony export */   cD: () => (/* binding */ rulesHeadline)
/* harmony export */ });
const STATES = new Set(["passed", "failed", "not-evaluated"]);
const REASONS = {
    "no-baseline": "no baseline",
    "not-in-baseline": "not in the baseline",
    "metric-missing": "metric missing",
};
function ruleState(rule) {
    if (rule.state !== undefined && STATES.has(rule.state))
        return rule.state;
    if (rule.passed && isChangeRule(rule) && (rule.baseline ?? null) === null)
        return "not-evaluated";
    return rule.passed ? "passed" : "failed";
}
/** The reason code of a rule judged without its values (not evaluated, or failed for want of a baseline). */
function ruleReason(rule) {
    if (rule.reason)
        return rule.reason;
    return rule.state === undefined && ruleState(rule) === "not-evaluated" ? "no-baseline" : null;
}
/** "no baseline", "not in the baseline"; a reason this version does not know, as written. */
function describeReason(reason) {
    return REASONS[reason] ?? reason.replace(/-/g, " ");
}
function tallyRules(rules) {
    const tally = { passed: 0, failed: 0, notEvaluated: 0, reasons: [] };
    for (const rule of rules) {
        const state = ruleState(rule);
        if (state === "passed")
            tally.passed++;
        else if (state === "failed")
            tally.failed++;
        else {
            tally.notEvaluated++;
            const reason = describeReason(ruleReason(rule) ?? "unknown");
            if (!tally.reasons.includes(reason))
                tally.reasons.push(reason);
        }
    }
    return tally;
}
/** "3 rules met", "2 rules met, 1 not evaluated: no baseline", "1 of 3 rules failed, 1 not evaluated: …"; "" without rules. */
function rulesHeadline(rules) {
    if (rules.length === 0)
        return "";
    const tally = tallyRules(rules);
    const judged = tally.failed > 0
        ? `${tally.failed} of ${rules.length} rules failed`
        : `${tally.passed} rule${tally.passed === 1 ? "" : "s"} met`;
    const unjudged = tally.notEvaluated > 0 ? `, ${tally.notEvaluated} not evaluated: ${tally.reasons.join(", ")}` : "";
    return `${judged}${unjudged}`;
}
function isChangeRule(rule) {
    return /^max-(drop|rise)%?$/.test(rule.rule);
}


/***/ }),

/***/ 1439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ PartNotRunError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * A part the config asks for that this machine cannot run (no Python with the requirements, no
 * container builder, a base image it cannot pull). `slipway run` skips it and says so; in strict
 * mode (the one-step action: CI must not pass what it did not check) it is this error, exit 2.
 */

class PartNotRunError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SlipwayError */ .GQ {
    part;
    reason;
    next;
    code = "INPUT";
    exitCode = 2;
    constructor(part, reason, next) {
        super(`${part}: cannot run here: ${reason}.${next ? ` ${next}` : ""}`);
        this.part = part;
        this.reason = reason;
        this.next = next;
        this.name = "PartNotRunError";
    }
}


/***/ }),

/***/ 5929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ preparePython)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/init/find-requirements.ts
var find_requirements = __webpack_require__(4104);
// EXTERNAL MODULE: ./src/init/read-dvc-project.ts
var read_dvc_project = __webpack_require__(2798);
;// CONCATENATED MODULE: ./src/run/find-model-requirements.ts
/**
 * Which requirements file the model's commands need, for choosing their Python: `--requirements`,
 * else model.requirements, else what `slipway init` would find (init's findRequirements): a
 * requirements.txt at the root, one dvc.yaml lists among a stage's deps, or one beside the scripts
 * the commands run (`src/requirements.txt` beside `python src/train.py`). Null: none is known.
 */




function findModelRequirements(model, root, explicit) {
    if (explicit)
        return { path: explicit, from: "--requirements" };
    if (model.requirements)
        return { path: model.requirements, from: "model.requirements" };
    const read = (path) => {
        const file = (0,external_node_path_.join)(root, path);
        return (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile() ? (0,external_node_fs_.readFileSync)(file, "utf8") : null;
    };
    const dvc = (0,read_dvc_project/* readDvcProject */.v)([], read);
    const commands = [model.evaluate, model.test, ...(dvc?.commands ?? [])].filter((command) => Boolean(command));
    // Only the files findRequirements may choose are listed: the root's, dvc.yaml's deps, and beside each script.
    const candidates = [
        ...(0,external_node_fs_.readdirSync)(root, { withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => e.name),
        ...(dvc?.deps ?? []),
        ...commands.flatMap((command) => [...command.matchAll(/([\w./-]+)\/[\w.-]+\.(?:py|ipynb)\b/g)].map(([, folder = ""]) => `${folder.replace(/^\.\//, "")}/requirements.txt`)),
    ].filter((path) => read(path) !== null);
    const found = (0,find_requirements/* findRequirements */.o)([...new Set(candidates)], { named: dvc?.deps ?? [], commands }).requirements;
    if (!found)
        return null;
    return { path: found, from: (dvc?.deps ?? []).includes(found) ? "dvc.yaml" : "found" };
}

;// CONCATENATED MODULE: ./src/run/find-python.ts
/**
 * Which Python runs the team's model commands: the one named (`--python`, SLIPWAY_PYTHON), else the
 * project's own virtual environment (.venv, venv), else the first `python3` / `python` along PATH
 * that has what the requirements file asks for. Looking past
 * the first one on PATH matters on real machines: a pyenv or Homebrew Python often shadows the
 * system one that has the scientific packages (Debian's python3-sklearn, for one).
 */



/** The project's virtual environments' interpreters, in the order tried: .venv, then venv. */
function projectVenvs(root, platform = process.platform) {
    const inside = platform === "win32" ? ["Scripts", "python.exe"] : ["bin", "python"];
    return [".venv", "venv"].map((dir) => (0,external_node_path_.join)(root, dir, ...inside)).filter(isExecutable);
}
async function findPython(options) {
    const path = options.env.PATH ?? "";
    const platform = options.platform ?? process.platform;
    let candidates;
    if (options.explicit) {
        const found = resolveCommand(options.explicit, path, options.cwd, platform);
        if (!found) {
            throw new errors/* InputError */.dz("--python", `"${options.explicit}" is not an executable file${options.explicit.includes("/") ? "" : " on PATH"}. Give the path of a Python interpreter (e.g. .venv/bin/python).`);
        }
        candidates = [found];
    }
    else {
        candidates = [...(options.first ?? []), ...pythonCandidates(path, platform)];
    }
    const looked = [];
    const seen = new Set();
    for (const command of candidates) {
        const answer = await options.probe(command, options.requirements, options.env);
        if ("error" in answer) {
            looked.push({ command, facts: null, error: answer.error, missing: [] });
            continue;
        }
        // pyenv's python and python3 shims are one interpreter: say it once.
        if (seen.has(answer.executable))
            continue;
        seen.add(answer.executable);
        const missing = answer.requirements.filter((requirement) => !requirement.ok);
        looked.push({ command, facts: answer, error: null, missing });
        if (missing.length === 0)
            return { chosen: { ...answer, command }, looked };
    }
    return { chosen: null, looked };
}
/** Every python3 / python executable along PATH, in PATH order, each real file once. */
function pythonCandidates(path, platform = process.platform) {
    const names = platform === "win32" ? ["python.exe", "python3.exe"] : ["python3", "python"];
    const found = [];
    const real = new Set();
    for (const dir of path.split(platform === "win32" ? ";" : external_node_path_.delimiter)) {
        if (!dir)
            continue;
        for (const name of names) {
            const candidate = (0,external_node_path_.join)(dir, name);
            if (!isExecutable(candidate))
                continue;
            // A venv's python links to its base interpreter but is another Python (its own packages):
            // the same file counts once per venv, found by the pyvenv.cfg above it.
            const venv = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, "..", "pyvenv.cfg")) ? (0,external_node_path_.resolve)(dir, "..") : "";
            const target = `${(0,external_node_fs_.realpathSync)(candidate)}\0${venv}`;
            if (real.has(target))
                continue;
            real.add(target);
            found.push(candidate);
        }
    }
    return found;
}
function resolveCommand(command, path, cwd, platform) {
    if ((0,external_node_path_.isAbsolute)(command) || command.includes("/") || command.includes("\\")) {
        const absolute = (0,external_node_path_.resolve)(cwd, command);
        return isExecutable(absolute) ? absolute : null;
    }
    for (const dir of path.split(platform === "win32" ? ";" : external_node_path_.delimiter)) {
        if (!dir)
            continue;
        for (const name of platform === "win32" ? [command, `${command}.exe`] : [command]) {
            if (isExecutable((0,external_node_path_.join)(dir, name)))
                return (0,external_node_path_.join)(dir, name);
        }
    }
    return null;
}
function isExecutable(path) {
    try {
        if (!(0,external_node_fs_.statSync)(path).isFile())
            return false;
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** "scikit-learn>=1.2 (not installed)", "pandas>=2 (has 1.5.3)". */
function describeMissing(missing, limit = 6) {
    const shown = missing.slice(0, limit).map((requirement) => {
        if (requirement.error)
            return `${requirement.requirement} (unreadable: ${requirement.error})`;
        return requirement.installed === null
            ? `${requirement.requirement} (not installed)`
            : `${requirement.requirement} (has ${requirement.installed})`;
    });
    if (missing.length > limit)
        shown.push(`and ${missing.length - limit} more`);
    return shown.join(", ");
}
/** Why no Python qualified, one clause per interpreter looked at. */
function describeLooked(looked, requirementsFile) {
    if (looked.length === 0)
        return "no Python on PATH (looked for python3 and python)";
    const parts = looked.map((look) => {
        if (!look.facts)
            return `${look.command}: ${look.error}`;
        const which = `${look.command} (Python ${look.facts.version})`;
        return `${which} lacks ${describeMissing(look.missing)}`;
    });
    return `no Python here has what ${requirementsFile} asks for: ${parts.join("; ")}`;
}
/**
 * The next step: the exact commands that make a Python with the requirements (a .venv in the
 * project, which the next run finds by itself), or naming one.
 */
function pythonNextStep(looked, requirementsFile, slipway = "slipway run") {
    const first = looked.find((look) => look.facts)?.command;
    const name = `or name a Python that has them: ${slipway} --python PATH (or SLIPWAY_PYTHON=PATH).`;
    if (!first) {
        return `Install Python 3, then: python3 -m venv .venv && .venv/bin/python -m pip install -r ${requirementsFile} (${slipway} then uses .venv); ${name}`;
    }
    return `Make one: ${first} -m venv .venv && .venv/bin/python -m pip install -r ${requirementsFile} (${slipway} then uses .venv); ${name}`;
}

;// CONCATENATED MODULE: ./src/run/read-requirements.ts
/**
 * The requirements the team's model commands need, from a pip requirements file: the lines pip
 * would install, with `-r other.txt` includes followed. Only which requirement lines there are is
 * decided here; whether a Python satisfies them is asked of that Python (probe-python.ts), which
 * parses them with `packaging`, as pip does.
 */



/** The file `slipway run` looks for in the repository root when none is named. */
const DEFAULT_REQUIREMENTS = "requirements.txt";
/** Parses one requirements file's text (pip's format: comments, `\` continuations, options). */
function parseRequirements(text) {
    const parsed = { requirements: [], includes: [], unchecked: [] };
    for (const raw of joinContinuations(text)) {
        // A comment starts at "#" at the line's start or after whitespace (pip's rule: URLs keep their fragments).
        const line = raw.replace(/(^|\s)#.*$/, "").trim();
        if (!line)
            continue;
        const include = /^(?:-r|--requirement)(?:\s+|=)(.+)$/.exec(line);
        if (include) {
            parsed.includes.push((include[1] ?? "").trim());
            continue;
        }
        if (line.startsWith("-") || /^[a-z+]+:\/\//i.test(line) || /^[./~]/.test(line)) {
            parsed.unchecked.push(line);
            continue;
        }
        parsed.requirements.push(line);
    }
    return parsed;
}
function joinContinuations(text) {
    const lines = [];
    let current = "";
    for (const line of text.split(/\r?\n/)) {
        if (line.endsWith("\\")) {
            current += `${line.slice(0, -1)} `;
            continue;
        }
        lines.push(current + line);
        current = "";
    }
    if (current)
        lines.push(current);
    return lines;
}
/** Reads a requirements file and the files it includes; a missing include is an error naming the line's file. */
function readRequirements(path, root) {
    const shown = (file) => {
        const rel = (0,external_node_path_.relative)(root, file);
        return rel && !rel.startsWith("..") ? rel : file;
    };
    const requirements = [];
    const unchecked = [];
    const seen = new Set();
    const visit = (file, from) => {
        if (seen.has(file))
            return;
        seen.add(file);
        if (!(0,external_node_fs_.existsSync)(file)) {
            throw new errors/* InputError */.dz(shown(file), from
                ? `does not exist (included with -r from ${shown(from)}). Fix the -r line or add the file.`
                : "does not exist. Pass an existing requirements file, or none.");
        }
        const parsed = parseRequirements((0,external_node_fs_.readFileSync)(file, "utf8"));
        requirements.push(...parsed.requirements);
        unchecked.push(...parsed.unchecked);
        for (const include of parsed.includes)
            visit((0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), include), file);
    };
    visit((0,external_node_path_.resolve)(root, path), null);
    return { file: shown((0,external_node_path_.resolve)(root, path)), requirements: [...new Set(requirements)], unchecked };
}

;// CONCATENATED MODULE: ./src/run/requirement-aliases.ts
/**
 * Old names pip still meets in requirements files. `sklearn` was a placeholder distribution for
 * scikit-learn; it now refuses to install, and it is never what a Python has installed, so
 * checking it as written would turn away every Python that has scikit-learn. It is checked as the
 * real name, with a warning that says what to write.
 */
const ALIASES = {
    sklearn: "scikit-learn",
};
function resolveRequirementAliases(requirements, file) {
    const warnings = [];
    const resolved = requirements.map((line) => {
        const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(.*)$/s.exec(line);
        const name = match?.[1]?.toLowerCase().replace(/[._]/g, "-");
        const real = name ? ALIASES[name] : undefined;
        if (!match || !real)
            return line;
        warnings.push(`${file}: "${match[1]}" is the old name of ${real} (pip refuses it now); checked ${real} instead. Write ${real} in ${file}.`);
        return `${real}${match[2]}`;
    });
    return { requirements: resolved, warnings };
}

;// CONCATENATED MODULE: ./src/run/prepare-python.ts
/**
 * The one Python resolver of `slipway run`, `slipway test-model` and the one-step action: does the
 * model need a Python, and which one? Interpreters are tried in this order: `--python`,
 * SLIPWAY_PYTHON, the project's .venv/venv, then PATH; each must have what the requirements file
 * asks for (`--requirements`, model.requirements, else the one found beside the scripts, at the
 * root or in dvc.yaml's deps). Without a requirements file or a named or project Python nothing is
 * probed: the commands run with the machine's PATH as is (they may be R, make, or a Python the team
 * set up).
 */






async function preparePython(options) {
    const { model, root } = options;
    if (!model.test && !model.evaluate)
        return { kind: "none-needed" };
    const named = options.explicit || options.env.SLIPWAY_PYTHON || null;
    const namedBy = options.explicit ? "--python" : "SLIPWAY_PYTHON";
    const venvs = named ? [] : projectVenvs(root);
    const found = findModelRequirements(model, root, options.requirements ?? null);
    if (!found && !named && venvs.length === 0)
        return { kind: "none-needed" };
    const requirements = found ? readRequirements(found.path, root) : null;
    const file = requirements?.file ?? "(no requirements file)";
    const aliased = resolveRequirementAliases(requirements?.requirements ?? [], file);
    const choice = await findPython({
        explicit: named,
        requirements: aliased.requirements,
        env: options.env,
        cwd: root,
        probe: options.probe,
        first: venvs,
    });
    const slipway = options.slipway ?? "slipway run";
    if (choice.chosen) {
        const { command, executable, version, requirements: have, checkedVersions } = choice.chosen;
        const installed = have
            .filter((requirement) => requirement.installed)
            .map((requirement) => `${requirement.name} ${requirement.installed}`);
        const skippedLines = requirements?.unchecked.length
            ? `; not checked: ${requirements.unchecked.join(", ")}`
            : "";
        const shown = venvs.includes(command) ? (0,external_node_path_.relative)(root, command) : command;
        return {
            kind: "chosen",
            python: { command, executable, version },
            requirementsFile: requirements?.file ?? null,
            warnings: aliased.warnings,
            summary: `${shown} (Python ${version})` +
                (requirements
                    ? ` has what ${file} asks for${installed.length ? `: ${installed.join(", ")}` : ""}${checkedVersions ? "" : " (versions not checked: no `packaging` module)"}${skippedLines}`
                    : ""),
        };
    }
    if (named) {
        // A Python the user named and that cannot run the model is a usage error, never a skip.
        const look = choice.looked[0];
        throw new errors/* InputError */.dz(namedBy, `${look?.command ?? named}${look?.facts ? ` (Python ${look.facts.version}) lacks ${describeMissing(look.missing)}` : `: ${look?.error ?? "no answer"}`}. ${pythonNextStep(choice.looked, file, slipway)}`);
    }
    return {
        kind: "missing",
        reason: describeLooked(choice.looked, file),
        next: pythonNextStep(choice.looked, file, slipway),
    };
}


/***/ }),

/***/ 309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ probePython)
/* harmony export */ });
/* unused harmony export PROBE_SCRIPT */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Asks one Python interpreter what it is and whether it has the requirements: the interpreter
 * itself answers, with importlib.metadata for installed versions and `packaging` (pip's own
 * parser, or the copy pip vendors) for specifiers and environment markers — so "satisfied" means
 * what pip would say, not our reading of PEP 440.
 */

/** Python 2-safe syntax up to the version check, so an old interpreter answers rather than crashes. */
const PROBE_SCRIPT = String.raw `
import json, re, sys
try:
    import importlib.metadata as metadata
except ImportError:
    print(json.dumps({"error": "Python %d.%d is too old (Slipway runs models with Python 3.8 or newer)" % sys.version_info[:2]}))
    sys.exit(0)
try:
    from packaging.requirements import Requirement
except Exception:
    try:
        from pip._vendor.packaging.requirements import Requirement
    except Exception:
        Requirement = None
found = []
for line in json.loads(sys.argv[1]):
    entry = {"requirement": line, "name": None, "installed": None, "ok": False}
    try:
        if Requirement is not None:
            parsed = Requirement(line)
            name, specifier, marker = parsed.name, parsed.specifier, parsed.marker
        else:
            match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", line)
            if not match:
                raise ValueError("not a requirement")
            name, specifier, marker = match.group(1), None, None
        entry["name"] = name
        if marker is not None and not marker.evaluate():
            entry["ok"] = True
        else:
            try:
                version = metadata.version(name)
            except metadata.PackageNotFoundError:
                version = None
            entry["installed"] = version
            entry["ok"] = version is not None and (specifier is None or specifier.contains(version, prereleases=True))
    except Exception as error:
        entry["error"] = str(error)
    found.append(entry)
print(json.dumps({"executable": sys.executable, "version": "%d.%d.%d" % sys.version_info[:3], "checkedVersions": Requirement is not None, "requirements": found}))
`;
const TIMEOUT_MS = 60_000;
const probePython = (command, requirements, env) => new Promise((resolve) => {
    (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(command, ["-c", PROBE_SCRIPT, JSON.stringify(requirements)], { env, timeout: TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
        const last = stdout.trim().split("\n").pop() ?? "";
        try {
            const parsed = JSON.parse(last);
            if ("error" in parsed || Array.isArray(parsed.requirements))
                return resolve(parsed);
        }
        catch {
            // Not our answer: fall through to the error below.
        }
        const code = error?.code;
        const said = stderr.trim().split("\n").pop()?.trim();
        const why = code === "ENOENT"
            ? "could not be started"
            : error
                ? `exited with ${typeof code === "number" ? `code ${code}` : (error.signal ?? String(code))}${said ? `: ${said}` : ""}`
                : "gave no answer Slipway understands (is it a Python interpreter?)";
        resolve({ error: `${command} ${why}` });
    });
});


/***/ }),

/***/ 7716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ pythonEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Makes the chosen Python the `python` and `python3` of the team's commands (`python train.py`,
 * `python -m pytest`) without touching the machine: two tiny scripts in a temporary folder put
 * first on the commands' PATH. Scripts, not symlinks: a symlinked venv interpreter would lose its
 * venv (Python finds pyvenv.cfg next to the path it was started by).
 */



function pythonEnv(executable, env, platform = process.platform) {
    if (platform === "win32") {
        // cmd.exe runs no shell scripts: the interpreter's own folder goes first instead.
        return { env: { ...env, PATH: `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(executable)};${env.PATH ?? ""}` }, remove: () => { } };
    }
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "slipway-python-"));
    const quoted = `'${executable.replace(/'/g, `'\\''`)}'`;
    for (const name of ["python", "python3"]) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, `#!/bin/sh\n# Made by slipway run: the Python it chose for this run.\nexec ${quoted} "$@"\n`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(file, 0o755);
    }
    return {
        env: { ...env, PATH: `${dir}${node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter}${env.PATH ?? ""}` },
        remove: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true }),
    };
}


/***/ })

};
