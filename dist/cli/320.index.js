export const id = 320;
export const ids = [320];
export const modules = {

/***/ 3320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerMonitor: () => (/* binding */ registerMonitor)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load-config.ts
var load_config = __webpack_require__(6943);
// EXTERNAL MODULE: ./src/data/duckdb.ts
var duckdb = __webpack_require__(1257);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
;// CONCATENATED MODULE: ./src/github/octokit-monitor-github.ts
/**
 * MonitorGitHub on @octokit/rest: the one file that talks to GitHub for the monitor (to move into
 * the shared src/github/ layer). The token comes from the caller (GITHUB_TOKEN in the action);
 * it is never logged.
 */

function octokitMonitorGitHub(options) {
    const octokit = new dist_src/* Octokit */.E({
        auth: options.token,
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        userAgent: "slipway-monitor",
    });
    return monitorGitHubOf(octokit, { owner: options.owner, repo: options.repo });
}
/** MonitorGitHub on an Octokit the caller holds (the app's installation client). */
function monitorGitHubOf(octokit, repo) {
    const plain = (issue) => ({
        number: issue.number,
        title: issue.title,
        body: issue.body ?? "",
    });
    return {
        async openIssues(label) {
            const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
                ...repo,
                state: "open",
                labels: label,
                per_page: 100,
            });
            // The issues list includes pull requests; the monitor never opens one.
            return issues.filter((issue) => !issue.pull_request).map(plain);
        },
        async createIssue(input) {
            const { data } = await octokit.rest.issues.create({ ...repo, ...input });
            return plain(data);
        },
        async updateIssue(number, body) {
            await octokit.rest.issues.update({ ...repo, issue_number: number, body });
        },
        async closeIssue(number, comment) {
            await octokit.rest.issues.createComment({ ...repo, issue_number: number, body: comment });
            await octokit.rest.issues.update({
                ...repo,
                issue_number: number,
                state: "closed",
                state_reason: "completed",
            });
        },
        async dispatchWorkflow(workflow, ref, inputs) {
            await octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: workflow, ref, inputs });
        },
    };
}

;// CONCATENATED MODULE: ./src/monitor/history.ts
/**
 * The monitor's history: read, appended to, trimmed and written as JSON. A missing file is an
 * empty history (the first run); a file that is not one is an InputError naming it, never
 * silently replaced (that would lose the runs it holds).
 */

const HISTORY_SCHEMA = "slipway/monitor-history@1";
/** Runs kept: a year of hourly runs would be 8760; the judging uses far fewer. */
const MAX_RUNS = 1000;
function emptyHistory() {
    return { schema: HISTORY_SCHEMA, runs: [] };
}
function parseHistory(text, file) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(file, `is not JSON (${error.message}); it should be a monitor history.`);
    }
    const history = parsed;
    if (history?.schema !== HISTORY_SCHEMA || !Array.isArray(history.runs)) {
        throw new errors/* InputError */.dz(file, `is not a monitor history ("schema": "${HISTORY_SCHEMA}" with runs[]); point --history at the file the monitor writes.`);
    }
    history.runs.forEach((run, i) => {
        if (typeof run?.at !== "string" || Number.isNaN(Date.parse(run.at)) || typeof run.datasets !== "object") {
            throw new errors/* InputError */.dz(file, `runs[${i}] has no valid "at" instant and "datasets".`, {
                field: `runs[${i}]`,
            });
        }
    });
    return { schema: HISTORY_SCHEMA, runs: [...history.runs].sort((a, b) => a.at.localeCompare(b.at)) };
}
/** The history with one more run, oldest runs dropped beyond MAX_RUNS. */
function appendRun(history, run) {
    const runs = [...history.runs, run].sort((a, b) => a.at.localeCompare(b.at));
    return { schema: HISTORY_SCHEMA, runs: runs.slice(-MAX_RUNS) };
}
/** The latest of the runs (oldest first) that measured the dataset, with what it measured; null when none did. */
function lastMeasured(runs, dataset) {
    for (const run of [...runs].reverse()) {
        const measurement = run.datasets[dataset];
        if (measurement)
            return { at: run.at, measurement };
    }
    return null;
}
function serialiseHistory(history) {
    return `${JSON.stringify(history, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/monitor/monitor-run-file.ts
/**
 * One run's measurements as a file (`slipway/monitor-run@1`), for `monitor.by: app`: the workflow
 * measures and uploads it as the artifact `slipway-monitor-run`; the app reads it, keeps it in its
 * store and judges it there. Read defensively: a file that is not one is an InputError naming it.
 */

const MONITOR_RUN_SCHEMA = "slipway/monitor-run@1";
const MONITOR_RUN_ARTIFACT = "slipway-monitor-run";
const MONITOR_RUN_FILE = "slipway-monitor-run.json";
function serialiseMonitorRun(run) {
    return `${JSON.stringify({ schema: MONITOR_RUN_SCHEMA, run }, null, 2)}\n`;
}
function parseMonitorRun(text, file) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new InputError(file, `is not JSON (${error.message}); it should be a monitor run.`);
    }
    return monitorRunOf(parsed, file);
}
/** A parsed monitor run file's run, checked field by field. */
function monitorRunOf(parsed, file) {
    const document = parsed;
    if (document?.schema !== MONITOR_RUN_SCHEMA) {
        throw new InputError(file, `is not a monitor run ("schema": "${MONITOR_RUN_SCHEMA}").`);
    }
    const run = document.run;
    if (typeof run?.at !== "string" || Number.isNaN(Date.parse(run.at))) {
        throw new InputError(file, 'has no valid "at" instant.', { field: "run.at" });
    }
    if (typeof run.datasets !== "object" || run.datasets === null || Array.isArray(run.datasets)) {
        throw new InputError(file, 'has no "datasets" object.', { field: "run.datasets" });
    }
    for (const [name, measurement] of Object.entries(run.datasets)) {
        const field = `run.datasets.${name}`;
        const metrics = measurement?.metrics;
        if (typeof metrics !== "object" || metrics === null || Array.isArray(metrics)) {
            throw new InputError(file, "has no metrics object.", { field: `${field}.metrics` });
        }
        for (const [metric, value] of Object.entries(metrics)) {
            if (typeof value !== "number" || !Number.isFinite(value)) {
                throw new InputError(file, "is not a finite number.", { field: `${field}.metrics.${metric}` });
            }
        }
        if (!Array.isArray(measurement.failedChecks) ||
            !measurement.failedChecks.every((c) => typeof c === "string")) {
            throw new InputError(file, "is not a list of check ids.", { field: `${field}.failedChecks` });
        }
        if (measurement.drifted !== null && typeof measurement.drifted !== "boolean") {
            throw new InputError(file, "is not true, false or null.", { field: `${field}.drifted` });
        }
    }
    // Triggers are the judge's, recomputed by whoever judges the run; never taken from the file.
    const datasets = Object.fromEntries(Object.entries(run.datasets).map(([name, m]) => [
        name,
        { metrics: { ...m.metrics }, failedChecks: [...m.failedChecks], drifted: m.drifted },
    ]));
    return { at: new Date(run.at).toISOString(), datasets };
}

;// CONCATENATED MODULE: ./src/monitor/render-issue.ts
const CHART_RUNS = 20;
const KIND_TITLE = {
    volume: "volume anomaly",
    freshness: "stale data",
    "null-share": "NULL share anomaly",
    checks: "failed checks",
    drift: "data drift",
    custom: "custom metric anomaly",
};
function issueMarker(dataset, kind) {
    return `<!-- slipway-monitor dataset=${encodeURIComponent(dataset)} kind=${kind} -->`;
}
/** The dataset and kind an issue body's marker names, or null for other issues. */
function readMarker(body) {
    const match = /<!-- slipway-monitor dataset=(\S+) kind=(\S+) -->/.exec(body);
    if (!match)
        return null;
    const [, dataset = "", kind = ""] = match;
    // Issue bodies can be edited by hand: a kind that is not ours (`toString` included) or a
    // malformed escape makes it someone else's issue, never a crash of the monitor.
    if (!Object.hasOwn(KIND_TITLE, kind))
        return null;
    try {
        return { dataset: decodeURIComponent(dataset), kind: kind };
    }
    catch {
        return null;
    }
}
function issueTitle(dataset, kind) {
    return `Monitor: ${dataset} — ${KIND_TITLE[kind]}`;
}
/** Numbers as people read them: durations in hours, shares in %, counts whole. */
function formatValue(metric, value) {
    if (metric === "freshness_seconds")
        return `${(value / 3600).toFixed(1)} h`;
    if (metric.startsWith("null_share.") || metric === "drift_share")
        return `${(value * 100).toFixed(1)}%`;
    return Number.isInteger(value) ? String(value) : value.toPrecision(4);
}
function cell(text) {
    return text.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
}
function issueBody(problems, history, at) {
    const [first] = problems;
    const { dataset, kind } = first;
    const lines = [
        issueMarker(dataset, kind),
        `The scheduled monitor found ${KIND_TITLE[kind]} in **${cell(dataset)}** (last checked ${at}).`,
        "",
        "| Metric | Value | Expected | Why | Judged on |",
        "| --- | --- | --- | --- | --- |",
    ];
    for (const problem of problems) {
        const expected = problem.expected
            ? `${formatValue(problem.metric, problem.expected.low)} – ${formatValue(problem.metric, problem.expected.high)} (median ${formatValue(problem.metric, problem.expected.median)})`
            : problem.limit !== undefined
                ? `limit ${formatValue(problem.metric, problem.limit)}`
                : "—";
        const runs = problem.expected
            ? `${problem.expected.runs.length} runs, ${problem.expected.runs[0]} … ${problem.expected.runs.at(-1)}`
            : problem.source;
        lines.push(`| \`${cell(problem.metric)}\` | ${formatValue(problem.metric, problem.value)} | ${cell(expected)} | ${cell(problem.reason)} | ${cell(runs)} |`);
    }
    const chart = historyChart(dataset, first.metric, history);
    if (chart)
        lines.push("", chart);
    lines.push("", "This issue is updated while the problem lasts and closed by the monitor when it recovers.");
    return lines.join("\n");
}
/** A Mermaid xychart of the metric over the last CHART_RUNS runs (the current one included). */
function historyChart(dataset, metric, history) {
    const points = history
        .map((run) => ({ at: run.at, value: run.datasets[dataset]?.metrics[metric] }))
        .filter((p) => typeof p.value === "number")
        .slice(-CHART_RUNS);
    if (points.length < 2)
        return null;
    const labels = points.map((p) => `"${p.at.slice(5, 16).replace("T", " ")}"`);
    const values = points.map((p) => Number(p.value.toPrecision(6)));
    return [
        "```mermaid",
        "xychart-beta",
        `  title "${metric.replace(/"/g, "'")} (last ${points.length} runs)"`,
        `  x-axis [${labels.join(", ")}]`,
        `  y-axis "${metric.replace(/"/g, "'")}"`,
        `  line [${values.join(", ")}]`,
        "```",
    ].join("\n");
}
function recoveryComment(dataset, kind, at) {
    return `Recovered: the monitor run at ${at} found no ${KIND_TITLE[kind]} in **${cell(dataset)}**. Closing.`;
}

;// CONCATENATED MODULE: ./src/monitor/render-monitor-text.ts
/** A monitor run as the terminal (and a job log) shows it: one line per dataset, one per problem. */

function renderMonitorText(result) {
    const lines = [];
    for (const [name, measurement] of Object.entries(result.run.datasets)) {
        const problems = result.problems.filter((p) => p.dataset === name);
        const m = measurement.metrics;
        const facts = [`${m.rows ?? 0} rows`];
        if (m.rows_since_last !== undefined)
            facts.push(`${m.rows_since_last} new`);
        if (m.freshness_seconds !== undefined)
            facts.push(`newest ${formatValue("freshness_seconds", m.freshness_seconds)} old`);
        if (measurement.failedChecks.length > 0)
            facts.push(`${measurement.failedChecks.length} failed checks`);
        lines.push(`${problems.length === 0 ? "✓" : "✗"} ${name}: ${facts.join(", ")}`);
        for (const problem of problems) {
            const expected = problem.expected
                ? `; expected ${formatValue(problem.metric, problem.expected.low)}–${formatValue(problem.metric, problem.expected.high)} from ${problem.expected.runs.length} runs`
                : problem.limit !== undefined
                    ? `; limit ${formatValue(problem.metric, problem.limit)}`
                    : "";
            lines.push(`    ${problem.kind}: ${problem.metric} = ${formatValue(problem.metric, problem.value)}, ${problem.reason}${expected}`);
        }
    }
    for (const { action, number } of result.issues) {
        const which = number === null ? "" : ` #${number}`;
        lines.push(`issue ${action.action}${which}: ${action.dataset} (${action.kind})${number === null ? " — not sent (no GitHub token)" : ""}`);
    }
    if (result.retrain) {
        lines.push(`retrain ${result.retrain.dispatched ? "dispatched" : "due (not sent, no GitHub token)"}: ${result.retrain.workflow} — ${result.retrain.reason}`);
    }
    return `${lines.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./src/monitor/sync-issues.ts

function planIssues(input) {
    const groups = new Map();
    for (const problem of input.problems) {
        const key = JSON.stringify([problem.dataset, problem.kind]);
        const group = groups.get(key);
        groups.set(key, group ? [...group, problem] : [problem]);
    }
    const actions = [];
    const handled = new Set();
    for (const issue of input.open) {
        const marker = readMarker(issue.body);
        if (!marker)
            continue;
        const key = JSON.stringify([marker.dataset, marker.kind]);
        const problems = groups.get(key);
        if (handled.has(key))
            continue; // a duplicate someone made by hand: left alone
        handled.add(key);
        if (problems) {
            const body = issueBody(problems, input.history, input.at);
            actions.push({ action: "update", ...marker, number: issue.number, body });
        }
        else if (input.measured.includes(marker.dataset)) {
            actions.push({
                action: "close",
                ...marker,
                number: issue.number,
                comment: recoveryComment(marker.dataset, marker.kind, input.at),
            });
        }
    }
    for (const [key, problems] of groups) {
        if (handled.has(key))
            continue;
        const [{ dataset, kind }] = problems;
        actions.push({
            action: "create",
            dataset,
            kind,
            title: issueTitle(dataset, kind),
            body: issueBody(problems, input.history, input.at),
        });
    }
    return actions;
}
async function applyIssues(github, actions, labels) {
    const done = [];
    for (const action of actions) {
        if (action.action === "create") {
            const issue = await github.createIssue({ title: action.title, body: action.body, labels });
            done.push({ action, number: issue.number });
        }
        else if (action.action === "update") {
            await github.updateIssue(action.number, action.body);
            done.push({ action, number: action.number });
        }
        else {
            await github.closeIssue(action.number, action.comment);
            done.push({ action, number: action.number });
        }
    }
    return done;
}

;// CONCATENATED MODULE: ./src/monitor/act-on-run.ts


async function actOnRun(github, monitor, history, run, problems) {
    const names = Object.keys(run.datasets);
    const at = run.at;
    const next = appendRun({ schema: HISTORY_SCHEMA, runs: [...history] }, run);
    let issues = [];
    if (monitor.issues) {
        const label = monitor.labels[0] ?? "slipway-monitor";
        const open = github ? await github.openIssues(label) : [];
        const actions = planIssues({ problems: [...problems], open, measured: names, history: next.runs, at });
        issues = github
            ? await applyIssues(github, actions, monitor.labels)
            : actions.map((action) => ({ action, number: null }));
    }
    let retrain = null;
    if (monitor.retrain) {
        const { when, workflow, ref, input } = monitor.retrain;
        // Edge-triggered: a trigger that was already present in the dataset's previous run retrained then.
        const started = Object.entries(run.datasets).flatMap(([name, measurement]) => {
            const before = lastMeasured(history, name)?.measurement.triggers ?? [];
            return (measurement.triggers ?? [])
                .filter((trigger) => when.includes(trigger) && !before.includes(trigger))
                .map((trigger) => `${trigger} in ${name}`);
        });
        if (started.length > 0) {
            const reason = `slipway monitor at ${at}: ${started.join(", ")}`;
            if (github)
                await github.dispatchWorkflow(workflow, ref, { [input]: reason });
            retrain = { workflow, reason, dispatched: github !== null };
        }
    }
    return { issues, retrain };
}

// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
;// CONCATENATED MODULE: ./src/monitor/expected-range.ts
const MAD_TO_SIGMA = 1.4826;
const MIN_RELATIVE_WIDTH = 0.05;
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const upper = sorted[middle];
    if (upper === undefined) {
        throw new Error("median() of no values: a metric is judged against its history only once min-history runs exist");
    }
    // An odd count has one middle value; an even one (at least two) the mean of the two around it.
    const lower = sorted.length % 2 === 1 ? undefined : sorted[middle - 1];
    return lower === undefined ? upper : (lower + upper) / 2;
}
function expectedRange(past, sensitivity) {
    const values = past.map((p) => p.value);
    const center = median(values);
    const mad = median(values.map((value) => Math.abs(value - center)));
    const halfWidth = Math.max(sensitivity * MAD_TO_SIGMA * mad, MIN_RELATIVE_WIDTH * Math.abs(center), 1e-9);
    return {
        low: center - halfWidth,
        high: center + halfWidth,
        median: center,
        mad,
        runs: past.map((p) => p.at),
    };
}

;// CONCATENATED MODULE: ./src/monitor/judge-measurement.ts
/**
 * Judges one dataset's measurement: fixed limits first (from the first run on), then each metric
 * against its own history (anomalies, once enough runs exist), failed checks and drift. Pure: the
 * history and the config in, problems out.
 */


/** Which problem a metric's anomaly is; null: not judged against history. */
function kindOf(metric) {
    if (metric === "rows_since_last")
        return "volume";
    if (metric === "freshness_seconds")
        return "freshness";
    if (metric.startsWith("null_share."))
        return "null-share";
    if (metric.startsWith("custom."))
        return "custom";
    // rows grows with the table (judged by min-rows), check counts and drift are problems themselves.
    return null;
}
function judgeMeasurement(input) {
    const { dataset, measurement, config } = input;
    const problems = [];
    const metric = (name) => measurement.metrics[name];
    const limit = (kind, name, value, bound, reason) => problems.push({
        dataset,
        kind,
        metric: name,
        value,
        reason,
        source: "limit",
        expected: null,
        limit: bound,
    });
    const { limits } = config;
    const rows = metric("rows");
    if (limits["min-rows"] !== undefined && rows !== undefined && rows < limits["min-rows"])
        limit("volume", "rows", rows, limits["min-rows"], `fewer rows than min-rows ${limits["min-rows"]}`);
    const added = metric("rows_since_last");
    const minAdded = limits["min-rows-since-last"];
    if (minAdded !== undefined && added !== undefined && added < minAdded)
        limit("volume", "rows_since_last", added, minAdded, `fewer new rows than min-rows-since-last ${minAdded}`);
    const age = metric("freshness_seconds");
    const staleness = limits["max-staleness"];
    if (staleness !== undefined && age !== undefined) {
        const milliseconds = (0,duration/* parseDuration */.E)(staleness);
        if (milliseconds === null) {
            throw new Error(`max-staleness "${staleness}" is no duration; the config schema should have refused it`);
        }
        const seconds = milliseconds / 1000;
        if (age > seconds)
            limit("freshness", "freshness_seconds", age, seconds, `older than max-staleness ${staleness}`);
    }
    const maxNull = limits["max-null-share"];
    if (maxNull !== undefined) {
        for (const [name, value] of Object.entries(measurement.metrics)) {
            if (name.startsWith("null_share.") && value > maxNull)
                limit("null-share", name, value, maxNull, `more NULLs than max-null-share ${maxNull}`);
        }
    }
    for (const [name, value] of Object.entries(measurement.metrics)) {
        const kind = kindOf(name);
        if (!kind || problems.some((p) => p.metric === name))
            continue;
        const past = pastValues(input, name);
        if (past.length < config["min-history"])
            continue;
        const range = expectedRange(past, config.sensitivity);
        if (value >= range.low && value <= range.high)
            continue;
        problems.push({
            dataset,
            kind,
            metric: name,
            value,
            reason: value < range.low ? "below the expected range" : "above the expected range",
            source: "anomaly",
            expected: range,
        });
    }
    if (measurement.failedChecks.length > 0) {
        for (const id of measurement.failedChecks) {
            problems.push({
                dataset,
                kind: "checks",
                metric: `check.${id}`,
                value: metric(`check.${id}`) ?? 1,
                reason: `check ${id} failed`,
                source: "check",
                expected: null,
            });
        }
    }
    if (measurement.drifted) {
        problems.push({
            dataset,
            kind: "drift",
            metric: "drift_share",
            value: metric("drift_share") ?? 1,
            reason: "the data drifted from the reference",
            source: "drift",
            expected: null,
        });
    }
    // A stale table adds no rows: report it once, as stale, not also as a volume drop.
    if (problems.some((p) => p.kind === "freshness"))
        return problems.filter((p) => !(p.kind === "volume" && p.metric === "rows_since_last"));
    return problems;
}
/** The metric's values in the last `history` earlier runs (on the same weekday with weekly seasonality). */
function pastValues(input, name) {
    const weekday = new Date(input.at).getUTCDay();
    const values = input.history
        .filter((run) => input.config.seasonality !== "weekly" || new Date(run.at).getUTCDay() === weekday)
        .map((run) => ({ at: run.at, value: run.datasets[input.dataset]?.metrics[name] }))
        .filter((p) => typeof p.value === "number" && Number.isFinite(p.value));
    return values.slice(-input.config.history);
}

;// CONCATENATED MODULE: ./src/monitor/judge-run.ts

function judgeRun(monitor, history, run) {
    const problems = [];
    for (const [dataset, measurement] of Object.entries(run.datasets)) {
        const found = judgeMeasurement({
            dataset,
            at: run.at,
            measurement,
            history: [...history],
            config: monitor,
        });
        measurement.triggers = triggersOf(found);
        problems.push(...found);
    }
    return problems;
}
function triggersOf(problems) {
    const triggers = new Set();
    for (const problem of problems) {
        if (problem.kind === "drift")
            triggers.add("drift");
        if (problem.kind === "checks")
            triggers.add("checks");
        if (problem.source === "anomaly" || problem.source === "limit")
            triggers.add("anomaly");
    }
    return [...triggers];
}

// EXTERNAL MODULE: ./src/data/drift/table-drift.ts + 2 modules
var table_drift = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/data/measure-drift.ts
var measure_drift = __webpack_require__(5130);
// EXTERNAL MODULE: ./src/data/open-dataset.ts + 12 modules
var open_dataset = __webpack_require__(6962);
// EXTERNAL MODULE: ./src/data/sql.ts
var data_sql = __webpack_require__(5320);
// EXTERNAL MODULE: ./src/data/validate-dataset.ts + 3 modules
var validate_dataset = __webpack_require__(3315);
// EXTERNAL MODULE: ./src/data/validate-datasets.ts + 1 modules
var validate_datasets = __webpack_require__(4456);
// EXTERNAL MODULE: ./src/data/validate-table.ts
var validate_table = __webpack_require__(4081);
;// CONCATENATED MODULE: ./src/monitor/measure-metrics.ts


async function measureMetrics(sql, options) {
    const wants = (name) => options.metrics.some((metric) => metric === name);
    const freshness = options.metrics.find((m) => typeof m === "object" && "freshness" in m);
    if (freshness && !options.columns.includes(freshness.freshness)) {
        throw new errors/* InputError */.dz(options.where, `has no column "${freshness.freshness}" for freshness (columns: ${options.columns.join(", ")}).`);
    }
    const select = ["count(*) AS n"];
    if (freshness) {
        const column = (0,data_sql/* ident */.bD)(freshness.freshness);
        select.push(`CAST(max(${column}) AS TIMESTAMPTZ) AS latest`);
        if (options.previous)
            select.push(`count(*) FILTER (WHERE ${column} > CAST(${(0,data_sql/* literal */.eu)(options.previous.at)} AS TIMESTAMPTZ)) AS added`);
    }
    if (wants("null-share"))
        select.push(...options.columns.map((column, i) => `count(${(0,data_sql/* ident */.bD)(column)}) AS c${i}`));
    const [row = {}] = await sql.all(`SELECT ${select.join(", ")} FROM ${options.relation} AS monitored`);
    const metrics = {};
    const rows = Number(row.n ?? 0);
    metrics.rows = rows;
    if (wants("rows-since-last") && options.previous) {
        if (row.added !== undefined)
            metrics.rows_since_last = Number(row.added);
        else if (options.previous.rows !== undefined)
            metrics.rows_since_last = rows - options.previous.rows;
    }
    if (freshness && row.latest !== null && row.latest !== undefined) {
        const latest = new Date(String(row.latest)
            .replace(" ", "T")
            .replace(/([+-]\d\d)$/, "$1:00"));
        metrics.freshness_seconds = Math.max(0, (options.now.getTime() - latest.getTime()) / 1000);
    }
    if (wants("null-share")) {
        options.columns.forEach((column, i) => {
            metrics[`null_share.${column}`] = rows === 0 ? 0 : 1 - Number(row[`c${i}`] ?? 0) / rows;
        });
    }
    for (const metric of options.metrics) {
        if (typeof metric !== "object" || !("sql" in metric))
            continue;
        metrics[`custom.${metric.name}`] = await customMetric(sql, metric, options.where);
    }
    return metrics;
}
async function customMetric(sql, metric, where) {
    let rows;
    try {
        rows = await sql.all(metric.sql);
    }
    catch (error) {
        throw new errors/* InputError */.dz(where, `metric "${metric.name}": the query failed: ${error.message}.`);
    }
    const value = rows[0] ? Object.values(rows[0])[0] : undefined;
    const number = typeof value === "string" || typeof value === "number" ? Number(value) : Number.NaN;
    if (!Number.isFinite(number)) {
        throw new errors/* InputError */.dz(where, `metric "${metric.name}": the query must return one number in its first column, not ${JSON.stringify(value ?? null)}.`);
    }
    return number;
}

;// CONCATENATED MODULE: ./src/monitor/measure-dataset.ts








async function measureDataset(dataset, options) {
    const where = `data "${dataset.name}"`;
    // What this run checks against: the dataset's schema and reference, when checks and drift are measured.
    const schema = options.metrics.includes("checks") ? dataset.schema : undefined;
    const reference = options.metrics.includes("drift") ? dataset.reference : undefined;
    const source = dataset.source?.postgres;
    let metrics;
    let report = null;
    let tableDrift = null;
    if (source) {
        ({ metrics, report, tableDrift } = await (0,validate_datasets/* withPostgres */.m$)(source["url-env"], options.env, where, async (sql) => {
            const relation = (0,validate_table/* relationOf */.Ke)(source);
            const columns = (await sql.columns(relation)).map((column) => column.name);
            const measured = await measureMetrics(sql, { ...options, relation, columns, where });
            const validated = schema !== undefined
                ? await (0,validate_table/* validateTable */.zL)(sql, {
                    name: dataset.name,
                    source,
                    schema,
                    cwd: options.cwd,
                    now: options.now,
                })
                : null;
            // Drift is summarised inside the database; DuckDB runs the tests on the summaries.
            const drift = reference !== undefined ? await driftOfTable(sql, dataset, source, reference, options) : null;
            return { metrics: measured, report: validated, tableDrift: drift };
        }));
    }
    else {
        const path = dataset.path;
        if (path === undefined)
            throw new Error(`${where} has neither a source nor a path; the config schema requires one`);
        const sql = await options.openDuckDB();
        try {
            const view = await (0,open_dataset/* openDatasetView */.qf)(sql, path, {
                cwd: options.cwd,
                typed: true,
                name: dataset.name,
            });
            // Custom metrics name the data `dataset`, whatever the file is called.
            await sql.run(`CREATE OR REPLACE TEMP VIEW dataset AS SELECT * FROM ${(0,data_sql/* ident */.bD)(view.view)}`);
            metrics = await measureMetrics(sql, {
                ...options,
                relation: (0,data_sql/* ident */.bD)(view.view),
                columns: view.columns.map((column) => column.name).filter((name) => name !== view.fileColumn),
                where,
            });
            if (schema !== undefined || reference !== undefined) {
                report = await (0,validate_dataset/* validateDataset */.p)(sql, {
                    name: dataset.name,
                    path,
                    ...(schema !== undefined ? { schema } : {}),
                    ...(reference !== undefined ? { reference } : {}),
                    ...(dataset.drift ? { drift: dataset.drift } : {}),
                    cwd: options.cwd,
                    now: options.now,
                }, measure_drift/* measureDrift */.Q);
            }
        }
        finally {
            sql.close();
        }
    }
    const failedChecks = [];
    for (const check of report?.checks ?? []) {
        metrics[`check.${check.id}`] = check.unexpected_count;
        if (!check.success)
            failedChecks.push(check.id);
    }
    let drifted = null;
    const drift = tableDrift ?? report?.drift ?? null;
    if (report && tableDrift)
        report.drift = tableDrift;
    if (drift) {
        metrics.drift_share = drift.share;
        drifted = drift.drifted;
    }
    return { measurement: { metrics, failedChecks, drifted }, report };
}
async function driftOfTable(sql, dataset, source, reference, options) {
    const duck = await options.openDuckDB();
    try {
        return await (0,table_drift/* measureTableDrift */.a)(duck, sql, {
            name: dataset.name,
            current: source,
            reference,
            cwd: options.cwd,
            config: dataset.drift,
        });
    }
    finally {
        duck.close();
    }
}

;// CONCATENATED MODULE: ./src/monitor/run-monitor.ts





async function runMonitor(config, history, deps) {
    const monitor = config.monitor ?? monitorDefaults();
    const names = monitor.datasets.length > 0 ? monitor.datasets : config.data.map((d) => d.name);
    const at = deps.now.toISOString();
    const datasets = {};
    const reports = [];
    for (const [i, name] of names.entries()) {
        const dataset = config.data.find((d) => d.name === name);
        if (!dataset) {
            const known = config.data.map((d) => d.name).join(", ") || "none";
            throw new errors/* ConfigError */.xL(deps.configFile, `monitor.datasets[${i}]`, `names no dataset under data: ("${name}"; datasets: ${known}).`);
        }
        const last = lastMeasured(history.runs, name);
        const previous = last ? { at: last.at, rows: last.measurement.metrics.rows } : null;
        const { measurement, report } = await measureDataset(dataset, {
            metrics: monitor.metrics,
            now: deps.now,
            previous,
            cwd: deps.cwd,
            env: deps.env,
            openDuckDB: deps.openDuckDB,
        });
        if (report)
            reports.push(report);
        datasets[name] = measurement;
    }
    const run = { at, datasets };
    const problems = judgeRun(monitor, history.runs, run);
    const next = appendRun(history, run);
    const { issues, retrain } = await actOnRun(deps.github, monitor, history.runs, run, problems);
    return { run, history: next, problems, reports, issues, retrain };
}
/** The monitor section's defaults, for a config without one. */
function monitorDefaults() {
    return {
        datasets: [],
        metrics: ["rows", "rows-since-last", "null-share", "checks"],
        limits: {},
        history: 30,
        "min-history": 7,
        sensitivity: 3.5,
        seasonality: "none",
        issues: true,
        labels: ["slipway-monitor"],
        by: "action",
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/monitor.ts
/**
 * `slipway monitor`: measures the datasets of the config's monitor: section, judges them against
 * the history file, writes the history back, and — with GITHUB_TOKEN and GITHUB_REPOSITORY, as in
 * the monitor workflow — opens, updates and closes issues and dispatches retraining.
 */










const registerMonitor = (program, io, setExit) => {
    program
        .command("monitor")
        .description("Measure the monitored datasets, judge them against their history, open/close issues.")
        .option("--history <path>", "history file read and written back (an artifact in CI)", "slipway-monitor-history.json")
        .option("--run-file <path>", `also write this run's measurements (slipway/monitor-run@1, e.g. ${MONITOR_RUN_FILE}), which the app reads with monitor.by: app`)
        .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
        .option("--dry-run", "plan issues and retraining without calling GitHub")
        .option("--json", "print the run, its problems and the issue actions as JSON")
        .action(async (options) => {
        const loaded = (0,load_config/* loadConfig */.Z9)({ cwd: io.cwd, ...(options.config ? { path: options.config } : {}) });
        const byApp = loaded.config.monitor?.by === "app";
        const historyFile = (0,external_node_path_.resolve)(io.cwd, options.history);
        const history = (0,external_node_fs_.existsSync)(historyFile)
            ? parseHistory((0,external_node_fs_.readFileSync)(historyFile, "utf8"), options.history)
            : emptyHistory();
        const result = await runMonitor(loaded.config, history, {
            now: new Date(),
            cwd: loaded.root,
            env: io.env,
            openDuckDB: duckdb/* openDuckDB */.C,
            // monitor.by: app — the app judges against its store and acts; the workflow only measures.
            github: options.dryRun || byApp ? null : githubFrom(io.env),
            configFile: loaded.file,
        });
        (0,external_node_fs_.writeFileSync)(historyFile, serialiseHistory(result.history));
        if (options.runFile)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, options.runFile), serialiseMonitorRun(result.run));
        if (options.json) {
            const { history: _, ...shown } = result;
            io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
        }
        else {
            io.stdout(renderMonitorText(result));
            if (byApp) {
                const file = options.runFile ?? "(none: pass --run-file)";
                io.stdout(`monitor.by: app — the Slipway app judges this run against its store and acts; the run's measurements: ${file}\n`);
            }
        }
        setExit(result.problems.length === 0 ? 0 : 1);
    });
};
function githubFrom(env) {
    const token = env.GITHUB_TOKEN;
    const repository = env.GITHUB_REPOSITORY;
    if (!token || !repository)
        return null;
    const [owner, repo] = repository.split("/");
    if (!owner || !repo)
        throw new errors/* InputError */.dz("GITHUB_REPOSITORY", `must be owner/name, not "${repository}".`);
    return octokitMonitorGitHub({
        token,
        owner,
        repo,
        ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    });
}


/***/ })

};
