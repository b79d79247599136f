export const id = 943;
export const ids = [943];
export const modules = {

/***/ 9324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerGate: () => (/* binding */ registerGate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load-config.ts
var load_config = __webpack_require__(6943);
// EXTERNAL MODULE: ./src/config/parse-config.ts
var parse_config = __webpack_require__(5180);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/duration.ts
var config_duration = __webpack_require__(7840);
;// CONCATENATED MODULE: ./src/gate/approver-entry.ts
/** Entries of `approvers` / `override-approvers`: a login ("alice") or a team ("@acme/ml-leads"). */
const LOGIN = /^[a-z\d](?:[a-z\d-]{0,38})(\[bot\])?$/i;
const TEAM = /^@?([a-z\d][a-z\d-]*)\/([a-z\d][a-z\d._-]*)$/i;
function parseApprover(text) {
    const value = text.trim();
    const team = TEAM.exec(value);
    if (team) {
        const [, org = "", slug = ""] = team;
        return { kind: "team", org, slug, key: teamKey(org, slug) };
    }
    // "@alice" is how people write a person on GitHub; it means the login alice.
    const login = value.startsWith("@") ? value.slice(1) : value;
    return LOGIN.test(login) ? { kind: "user", login } : null;
}
/** Teams are matched case-insensitively, spelled "@org/slug". */
function teamKey(org, slug) {
    return `@${org}/${slug}`.toLowerCase();
}
/** The key a facts file's `teams:` entry is looked up by ("acme/ml-leads" and "@Acme/ML-Leads" alike). */
function normaliseTeamName(name) {
    const team = TEAM.exec(name.trim());
    if (!team)
        return null;
    const [, org = "", slug = ""] = team;
    return teamKey(org, slug);
}
/** Logins are case-insensitive on GitHub. */
function sameLogin(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}

;// CONCATENATED MODULE: ./src/gate/collect-approvals.ts

/** Whether `user` is one of `entries` (logins and teams), given what is known of team membership. */
function approverStanding(entries, user, teams, role = "an approver") {
    const unknownTeams = [];
    for (const text of entries) {
        const entry = parseApprover(text);
        if (!entry)
            continue;
        if (entry.kind === "user") {
            if (sameLogin(entry.login, user))
                return { approver: true, as: entry.login };
            continue;
        }
        const members = teamMembers(teams, entry.key);
        if (members === null)
            unknownTeams.push(`@${entry.org}/${entry.slug}`);
        else if (members.some((member) => sameLogin(member, user)))
            return { approver: true, as: `@${entry.org}/${entry.slug}` };
    }
    if (unknownTeams.length > 0) {
        return {
            approver: false,
            why: `${user} is not listed by name, and the members of ${unknownTeams.join(", ")} could not be read, so it cannot be told whether ${user} is ${role}`,
        };
    }
    return { approver: false, why: `${user} is not ${role} (${entries.join(", ") || "none listed"})` };
}
/** Why `user` may not approve their own deploy, or null when they may. */
function selfApprovalReason(policy, facts, user) {
    if (!policy["prevent-self-approval"])
        return null;
    if (facts.deployer === null) {
        return "who is deploying is unknown, so this cannot be told apart from a self-approval";
    }
    if (sameLogin(facts.deployer, user))
        return `${user} is deploying this, and self-approval does not count`;
    if (facts.pull_requests === null) {
        return "the pull request(s) that brought this commit are unknown, so this cannot be told apart from a self-approval";
    }
    const authored = facts.pull_requests.filter((pull) => sameLogin(pull.author, user));
    if (authored.length > 0) {
        return `${user} wrote ${authored.map((pull) => `#${pull.number}`).join(", ")}, and self-approval does not count`;
    }
    return null;
}
function collectApprovals(policy, facts, now) {
    const candidates = [];
    const ignored = [];
    const pulls = facts.pull_requests;
    const fromKnownPull = (number) => pulls === null || number === undefined || pulls.some((pull) => pull.number === number);
    for (const review of latestDecidingReviews(facts.reviews)) {
        const via = `review on #${review.pull_request}`;
        if (!fromKnownPull(review.pull_request)) {
            ignored.push({ user: review.user, via, why: `#${review.pull_request} did not bring this commit` });
        }
        else if (review.state === "DISMISSED") {
            ignored.push({ user: review.user, via, why: `${review.user}'s review was dismissed` });
        }
        else if (review.state === "CHANGES_REQUESTED") {
            ignored.push({ user: review.user, via, why: `${review.user}'s latest review requests changes` });
        }
        else if (review.submitted_at === null || Date.parse(review.submitted_at) > now) {
            ignored.push({ user: review.user, via, why: "it was submitted after this decision" });
        }
        else {
            candidates.push({ user: review.user, via, at: review.submitted_at });
        }
    }
    for (const command of approveCommands(facts.commands, facts.environment)) {
        const via = `/slipway approve${command.pull_request ? ` on #${command.pull_request}` : ""}`;
        if (!fromKnownPull(command.pull_request)) {
            ignored.push({ user: command.user, via, why: `#${command.pull_request} did not bring this commit` });
        }
        else if (Date.parse(command.at) > now) {
            ignored.push({ user: command.user, via, why: "it was made after this decision" });
        }
        else {
            candidates.push({ user: command.user, via, at: command.at });
        }
    }
    const counted = [];
    for (const candidate of candidates) {
        if (counted.some((approval) => sameLogin(approval.user, candidate.user)))
            continue;
        const self = selfApprovalReason(policy, facts, candidate.user);
        if (self) {
            ignored.push({ ...candidate, why: self });
            continue;
        }
        const standing = approverStanding(policy.approvers, candidate.user, facts.teams);
        if (!standing.approver) {
            ignored.push({ ...candidate, why: standing.why });
            continue;
        }
        counted.push(candidate);
    }
    return { counted, ignored: dedupe(ignored) };
}
/** Approve commands for this environment (names compared as GitHub does: case-insensitively). */
function approveCommands(commands, environment) {
    return commands.filter((command) => command.environment.toLowerCase() === environment.toLowerCase());
}
/** Per pull request and reviewer, the latest submitted review that decides something. */
function latestDecidingReviews(reviews) {
    const latest = new Map();
    const deciding = reviews
        .flatMap((review, order) => review.submitted_at === null ? [] : [{ review, order, at: review.submitted_at }])
        .filter(({ review }) => ["APPROVED", "CHANGES_REQUESTED", "DISMISSED"].includes(review.state))
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.order - b.order);
    for (const { review } of deciding)
        latest.set(`${review.pull_request}:${review.user.toLowerCase()}`, review);
    return [...latest.values()];
}
function teamMembers(teams, key) {
    for (const [name, members] of Object.entries(teams)) {
        if (normaliseTeamName(name) === key)
            return members;
    }
    return null;
}
function dedupe(ignored) {
    const seen = new Set();
    return ignored.filter((entry) => {
        const key = `${entry.user.toLowerCase()}|${entry.via}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/gate/format-instant.ts
/**
 * Moments as people read them in a reason: "2025-01-06 08:00 Europe/Paris (07:00 UTC)". Built from
 * Intl parts rather than a locale string so the text is the same on every machine.
 */
function format_instant_formatInstant(ms, timeZone = "UTC") {
    const local = wallClock(ms, timeZone);
    if (timeZone === "UTC")
        return `${local} UTC`;
    return `${local} ${timeZone} (${wallClock(ms, "UTC").slice(11)} UTC)`;
}
/** "2025-01-06 08:00" in the zone. */
function wallClock(ms, timeZone) {
    const parts = new Intl.DateTimeFormat("en-US", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
    }).formatToParts(new Date(ms));
    const get = (type) => parts.find((part) => part.type === type)?.value ?? "";
    return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}
/** "3h 20m", "2d 4h", "45s": how long until something, rounded up to what a person cares about. */
function formatSpan(ms) {
    const seconds = Math.max(0, Math.ceil(ms / 1000));
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.ceil(seconds / 60);
    if (minutes < 60)
        return `${minutes}m`;
    const hours = Math.floor(minutes / 60);
    const restMinutes = minutes % 60;
    if (hours < 48)
        return restMinutes ? `${hours}h ${restMinutes}m` : `${hours}h`;
    const days = Math.floor(hours / 24);
    const restHours = hours % 24;
    return restHours ? `${days}d ${restHours}h` : `${days}d`;
}
/** A commit as people quote it. */
function format_instant_shortSha(sha) {
    return sha.slice(0, 7);
}

// EXTERNAL MODULE: ./node_modules/cron-parser/dist/index.js
var dist = __webpack_require__(8628);
;// CONCATENATED MODULE: ./src/gate/freeze-windows.ts
/**
 * Freeze windows: a cron expression for each window's start, a duration and a time zone, or fixed
 * from/to moments. Whether a moment is frozen, since when, and until when — following windows that
 * chain or overlap, so "frozen until" is the moment deploys may really go again.
 *
 * Cron evaluation (time zones, DST) is cron-parser's: a well-kept library, not ours to re-derive.
 */



const CRON_NAMES = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat)\b/gi;
const HORIZON_MS = 62 * 86_400_000;
const MAX_LINKS = 32;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
/** What is wrong with a window, in plain words, keyed by its sub-key; empty when it can be used. */
function freezeWindowProblems(window) {
    if ("cron" in window) {
        const problems = [];
        const fields = window.cron.trim().split(/\s+/);
        if (fields.length !== 5) {
            problems.push({
                key: "cron",
                message: `"${window.cron}" has ${fields.length} fields; write 5: minute hour day-of-month month day-of-week (e.g. "0 17 * * 5").`,
            });
        }
        else if (/h/i.test(window.cron.replace(CRON_NAMES, "0"))) {
            // "H" picks a random minute/hour in cron-parser: a freeze must start at a time people can read.
            problems.push({ key: "cron", message: `"${window.cron}" uses "H" (a random time); write the time.` });
        }
        else {
            try {
                dist.CronExpressionParser.parse(window.cron, { tz: "UTC", currentDate: 0 });
            }
            catch (error) {
                problems.push({
                    key: "cron",
                    message: `"${window.cron}" is not a cron expression (${error instanceof Error ? error.message : String(error)}).`,
                });
            }
        }
        if (!validTimeZone(window.timezone)) {
            problems.push({
                key: "timezone",
                message: `"${window.timezone}" is not a time zone; use an IANA name such as "Europe/Paris" or "UTC".`,
            });
        }
        const duration = (0,config_duration/* parseDuration */.E)(window.duration);
        if (duration === null || duration <= 0) {
            problems.push({ key: "duration", message: `"${window.duration}" is not a positive duration.` });
        }
        return problems;
    }
    const problems = [];
    const from = parseMoment(window.from);
    const to = parseMoment(window.to);
    if (from === null)
        problems.push({ key: "from", message: momentHint(window.from) });
    if (to === null)
        problems.push({ key: "to", message: momentHint(window.to) });
    if (from !== null && to !== null && to <= from) {
        problems.push({ key: "to", message: `${window.to} is not after ${window.from}.` });
    }
    return problems;
}
/** Whether `now` is inside any window; windows with problems must be rejected before (see checkPolicy). */
function freezeAt(windows, now) {
    const open = openAt(windows, now);
    if (open.length === 0)
        return { frozen: false };
    const since = Math.min(...open.map((w) => w.span.start));
    let until = Math.max(...open.map((w) => w.span.end));
    const described = new Set(open.map((w) => describeWindow(w.window)));
    // A window that opens exactly when (or before) another closes keeps the freeze going. Followed for a
    // bounded number of links and time: past that, "until at least" is said and looked at again then.
    for (let link = 0;; link++) {
        const next = openAt(windows, until);
        if (next.length === 0)
            return { frozen: true, since, until, atLeast: false, windows: [...described] };
        if (link >= MAX_LINKS || until - now > HORIZON_MS) {
            return { frozen: true, since, until, atLeast: true, windows: [...described] };
        }
        for (const w of next)
            described.add(describeWindow(w.window));
        until = Math.max(...next.map((w) => w.span.end));
    }
}
function openAt(windows, at) {
    return windows.flatMap((window) => {
        const span = openSpan(window, at);
        return span ? [{ window, span }] : [];
    });
}
/** The occurrence of a window that contains `at` (start ≤ at < end), if any. */
function openSpan(window, at) {
    if ("cron" in window) {
        const duration = (0,config_duration/* parseDuration */.E)(window.duration) ?? 0;
        // prev() is strictly before currentDate: ask from just after `at` so a window starting at `at` counts.
        const expression = parsedCron(window.cron, window.timezone);
        expression.reset(new Date(at + 1));
        const start = expression.prev().getTime();
        return start <= at && at < start + duration ? { start, end: start + duration } : null;
    }
    const start = parseMoment(window.from);
    const end = parseMoment(window.to);
    // checkPolicy refuses a window whose moments do not parse, so null here is never reached in use.
    if (start === null || end === null)
        return null;
    return start <= at && at < end ? { start, end } : null;
}
const parsed = new Map();
/** Parsing is the costly part of cron-parser; an expression is reset before every use, so reuse is safe. */
function parsedCron(cron, timezone) {
    const key = `${timezone}\u0000${cron}`;
    let expression = parsed.get(key);
    if (!expression) {
        if (parsed.size > 1000)
            parsed.clear();
        expression = dist.CronExpressionParser.parse(cron, { tz: timezone });
        parsed.set(key, expression);
    }
    return expression;
}
function describeWindow(window) {
    if ("cron" in window)
        return `"${window.cron}" for ${window.duration} (${window.timezone})`;
    return `${format_instant_formatInstant(parseMoment(window.from) ?? 0)} to ${format_instant_formatInstant(parseMoment(window.to) ?? 0)}`;
}
/** The time zone to show a freeze's end in: the first cron window's, else UTC. */
function freezeTimeZone(windows) {
    const cron = windows.find((window) => "cron" in window);
    return cron && "cron" in cron && validTimeZone(cron.timezone) ? cron.timezone : "UTC";
}
/** "2025-12-24" (midnight UTC) or a date-time with Z or an offset; anything else is ambiguous. */
function parseMoment(text) {
    const value = text.trim();
    if (DATE_ONLY.test(value)) {
        const ms = Date.parse(`${value}T00:00:00Z`);
        return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value ? null : ms;
    }
    if (!DATE_TIME.test(value))
        return null;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : ms;
}
function momentHint(text) {
    return `"${text}" is not a date (2025-12-24, midnight UTC) or a date-time with Z or an offset (2025-12-24T17:00:00+01:00).`;
}
function validTimeZone(timeZone) {
    try {
        new Intl.DateTimeFormat("en-US", { timeZone });
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/gate/rule-result.ts
function pass(rule, message) {
    return { rule, status: "pass", message };
}
function fail(rule, message) {
    return { rule, status: "fail", message };
}
function wait(rule, message) {
    return { rule, status: "wait", message };
}

;// CONCATENATED MODULE: ./src/gate/check-freeze.ts




function checkFreeze(policy, facts, now) {
    const state = freezeAt(policy.freeze, now);
    if (!state.frozen)
        return pass("freeze", "no freeze window is open.");
    const zone = freezeTimeZone(policy.freeze);
    const until = `until ${state.atLeast ? "at least " : ""}${format_instant_formatInstant(state.until, zone)} (${formatSpan(state.until - now)} from now)`;
    const frozen = `${facts.environment} is frozen ${until} by ${state.windows.join(", ")}`;
    const attempts = approveCommands(facts.commands, facts.environment).filter((command) => {
        const time = Date.parse(command.at);
        return time >= state.since && time <= now;
    });
    const refused = [];
    for (const command of attempts) {
        const self = selfApprovalReason(policy, facts, command.user);
        const standing = approverStanding(policy["override-approvers"], command.user, facts.teams, "an override approver");
        if (self)
            refused.push(`${command.user}: ${self}`);
        else if (!standing.approver)
            refused.push(standing.why);
        else {
            return pass("freeze", `${frozen}, but ${command.user} (override approver) lifted the freeze with /slipway approve at ${format_instant_formatInstant(Date.parse(command.at), zone)}.`);
        }
    }
    const overrideHint = policy["override-approvers"].length > 0
        ? `; an override approver (${policy["override-approvers"].join(", ")}) can lift it by commenting \`/slipway approve ${facts.environment}\` during the freeze`
        : "";
    const refusedText = refused.length && policy["override-approvers"].length ? ` Not lifted by: ${refused.join("; ")}.` : "";
    const result = wait("freeze", `${frozen}; the deploy waits until it ends${overrideHint}.${refusedText}`);
    return { ...result, until: new Date(state.until).toISOString() };
}

;// CONCATENATED MODULE: ./src/gate/check-policy.ts


function checkPolicy(environment, policy) {
    const at = (key) => `environments.${environment}.${key}`;
    const problems = [];
    for (const key of ["approvers", "override-approvers"]) {
        policy[key].forEach((entry, index) => {
            if (!parseApprover(entry)) {
                problems.push({
                    path: at(`${key}[${index}]`),
                    message: `"${entry}" is neither a GitHub login nor a team written "@org/team".`,
                });
            }
        });
    }
    if (policy.approvals > 0 && policy.approvers.length === 0) {
        problems.push({
            path: at("approvals"),
            message: `${policy.approvals} approval(s) required but approvers is empty; list who may approve (logins or "@org/team").`,
        });
    }
    const entries = policy.approvers.map(parseApprover);
    if (policy.approvals > 0 &&
        entries.every((entry) => entry?.kind === "user") &&
        new Set(entries.map((entry) => entry?.kind === "user" && entry.login.toLowerCase())).size <
            policy.approvals) {
        problems.push({
            path: at("approvals"),
            message: `${policy.approvals} approvals required but only ${new Set(policy.approvers.map((a) => a.toLowerCase())).size} approver(s) listed; no deploy could ever be approved.`,
        });
    }
    policy.freeze.forEach((window, index) => {
        for (const problem of freezeWindowProblems(window)) {
            problems.push({ path: at(`freeze[${index}].${problem.key}`), message: problem.message });
        }
    });
    if (policy.after && policy.after.environment.toLowerCase() === environment.toLowerCase()) {
        problems.push({
            path: at("after.environment"),
            message: `${environment} cannot come after itself; name the environment deployed before it (e.g. staging).`,
        });
    }
    return problems;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/gate/check-ref.ts
/**
 * Where an environment may deploy from. As GitHub's own deployment branch and tag policies: with
 * no `branches` and no `tags` any ref may deploy; once either lists something, only a branch
 * matching `branches` or a tag matching `tags` may. Globs as GitHub writes them (picomatch: `*`
 * stays within one path segment, `**` crosses them); names compare case-sensitively, as git does.
 */

function parseRef(ref) {
    if (ref.startsWith("refs/heads/"))
        return { kind: "branch", name: ref.slice("refs/heads/".length) };
    if (ref.startsWith("refs/tags/"))
        return { kind: "tag", name: ref.slice("refs/tags/".length) };
    return { kind: "unknown", name: ref };
}
function checkRef(policy, ref) {
    const { branches, tags } = policy;
    const parsed = parseRef(ref);
    if (branches.length === 0 && tags.length === 0) {
        return { rule: "ref", status: "pass", message: `any branch or tag may deploy here (${parsed.name}).` };
    }
    if (parsed.kind === "unknown") {
        return {
            rule: "ref",
            status: "fail",
            message: `"${ref}" is not a full ref (refs/heads/… or refs/tags/…), so it cannot be told whether it is an allowed branch or tag.`,
        };
    }
    const globs = parsed.kind === "branch" ? branches : tags;
    const match = globs.find((glob) => picomatch_default()(glob, { dot: true })(parsed.name));
    if (match) {
        return {
            rule: "ref",
            status: "pass",
            message: `${parsed.kind} ${parsed.name} may deploy here (matches "${match}").`,
        };
    }
    const allowed = [
        branches.length ? `branches ${branches.map((b) => `"${b}"`).join(", ")}` : "",
        tags.length ? `tags ${tags.map((t) => `"${t}"`).join(", ")}` : "",
    ].filter(Boolean);
    return {
        rule: "ref",
        status: "fail",
        message: `${parsed.kind} ${parsed.name} may not deploy here; only ${allowed.join(" and ")} may.`,
    };
}

;// CONCATENATED MODULE: ./src/gate/decide-gate.ts
/**
 * The decision engine: a policy, the facts about one deployment and the clock in; approved,
 * rejected or pending out, with every rule's verdict in plain words. Pure: no I/O, no clock of its
 * own. It fails closed: a missing fact, an unreadable policy or anything that throws while a rule
 * is evaluated is "not approved", and the reason says which.
 *
 *   rejected — a hard failure waiting will not fix: a required part failed, the ref may not deploy,
 *              the policy cannot be applied.
 *   pending  — not yet: approvals missing, a freeze, soak time, a report or a fact not in yet.
 *   approved — every rule passed.
 */







function decideGate(policy, facts, now) {
    const at = now.getTime();
    const base = {
        environment: facts.environment,
        commit: facts.commit,
        decidedAt: Number.isFinite(at) ? now.toISOString() : String(now),
    };
    const noApprovals = { required: policy?.approvals ?? 0, counted: [], ignored: [] };
    if (!Number.isFinite(at)) {
        return finish(base, [fail("facts", "the decision time is not a valid date.")], noApprovals);
    }
    if (!policy) {
        return finish(base, [
            fail("policy", `environment "${facts.environment}" has no policy under environments: in .github/slipway.yml, so nothing can approve this deploy.`),
        ], noApprovals);
    }
    const problems = checkPolicy(facts.environment, policy);
    if (problems.length > 0) {
        return finish(base, problems.map((problem) => fail("policy", `the policy cannot be applied: ${problem.path}: ${problem.message}`)), noApprovals);
    }
    const results = facts.gaps.map((gap) => wait("facts", `a fact could not be established, so this cannot be approved yet: ${gap}`));
    let approvals = { counted: [], ignored: [] };
    results.push(guard("ref", () => checkRef(policy, facts.ref)));
    if (policy.require.length > 0)
        results.push(...guardAll("require", () => checkRequired(policy, facts)));
    if (policy.approvals > 0) {
        results.push(guard("approvals", () => {
            approvals = collectApprovals(policy, facts, at);
            return checkApprovals(policy, facts, approvals);
        }));
    }
    if (policy.freeze.length > 0)
        results.push(guard("freeze", () => checkFreeze(policy, facts, at)));
    const after = policy.after;
    if (after)
        results.push(guard("after", () => checkAfter(after, facts, at)));
    return finish(base, results, { required: policy.approvals, ...approvals });
}
function checkRequired(policy, facts) {
    const commit = format_instant_shortSha(facts.commit);
    return policy.require.map((part) => {
        const seen = facts.reports.filter((report) => report.part === part);
        const failed = seen.filter((report) => !report.passed);
        if (failed.length > 0) {
            return fail("require", `the ${part} checks failed for commit ${commit}${failed.map((report) => describeReport(report)).join("; ")}.`);
        }
        const [first] = seen;
        if (!first) {
            return wait("require", `no report for commit ${commit} says whether the ${part} checks passed yet.`);
        }
        return pass("require", `the ${part} checks passed for commit ${commit}${describeReport(first)}.`);
    });
}
function describeReport(report) {
    const parts = [report.detail, report.source].filter(Boolean);
    return parts.length ? ` (${parts.join(", ")})` : "";
}
function checkApprovals(policy, facts, approvals) {
    const { counted, ignored } = approvals;
    const have = `${counted.length} of ${policy.approvals} approval${policy.approvals === 1 ? "" : "s"}`;
    const list = counted.length ? `: ${counted.map((a) => `${a.user} (${a.via})`).join(", ")}` : "";
    const notCounted = ignored.length
        ? ` Not counted: ${ignored.map((a) => `${a.user} (${a.via}): ${a.why}`).join("; ")}.`
        : "";
    if (counted.length >= policy.approvals)
        return pass("approvals", `${have}${list}.${notCounted}`);
    const missing = policy.approvals - counted.length;
    const nowhere = facts.pull_requests !== null && facts.pull_requests.length === 0
        ? ` No pull request brought commit ${format_instant_shortSha(facts.commit)}, so only \`/slipway approve ${facts.environment}\` can approve it.`
        : "";
    const self = policy["prevent-self-approval"] ? " (not whoever deploys or wrote the pull request)" : "";
    return wait("approvals", `${have}${list}; ${missing} more needed from ${policy.approvers.join(", ")}${self}.${notCounted}${nowhere}`);
}
function checkAfter(after, facts, now) {
    const commit = format_instant_shortSha(facts.commit);
    if (facts.deployments === null) {
        return wait("after", `earlier deployments of commit ${commit} are unknown, so it cannot be told whether it ran in ${after.environment} first.`);
    }
    const successes = facts.deployments
        .filter((deployment) => deployment.environment.toLowerCase() === after.environment.toLowerCase())
        .filter((deployment) => sameCommit(deployment.sha, facts.commit) && deployment.state === "success")
        .map((deployment) => Date.parse(deployment.at))
        .filter((time) => Number.isFinite(time) && time <= now);
    if (successes.length === 0) {
        return wait("after", `commit ${commit} has not been deployed to ${after.environment} successfully yet; ${facts.environment} comes after ${after.environment}.`);
    }
    const since = Math.min(...successes);
    const soak = (0,config_duration/* parseDuration */.E)(after.soak) ?? 0;
    const ready = since + soak;
    if (ready <= now) {
        return pass("after", `commit ${commit} was deployed to ${after.environment} at ${format_instant_formatInstant(since)}${soak > 0 ? `, more than ${after.soak} ago` : ""}.`);
    }
    return {
        ...wait("after", `commit ${commit} was deployed to ${after.environment} at ${format_instant_formatInstant(since)} and must soak there for ${after.soak}: until ${format_instant_formatInstant(ready)} (${formatSpan(ready - now)} from now).`),
        until: new Date(ready).toISOString(),
    };
}
function sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x.length >= 7 && y.length >= 7 && (x.startsWith(y) || y.startsWith(x));
}
function finish(base, rules, approvals) {
    const failed = rules.filter((rule) => rule.status === "fail");
    const waiting = rules.filter((rule) => rule.status === "wait");
    const outcome = failed.length > 0 ? "rejected" : waiting.length > 0 ? "pending" : "approved";
    const reasons = (outcome === "approved" ? rules : [...failed, ...waiting]).map((rule) => rule.message);
    const untils = waiting.map((rule) => rule.until).filter((until) => Boolean(until));
    const recheckAt = outcome === "pending" && untils.length > 0
        ? new Date(Math.max(...untils.map(Date.parse))).toISOString()
        : null;
    return { ...base, outcome, reasons, rules, recheckAt, approvals };
}
/** A rule that throws is a failure said plainly, never an approval (fail closed). */
function guard(rule, evaluate) {
    try {
        return evaluate();
    }
    catch (error) {
        return notEvaluated(rule, error);
    }
}
function guardAll(rule, evaluate) {
    try {
        return evaluate();
    }
    catch (error) {
        return [notEvaluated(rule, error)];
    }
}
function notEvaluated(rule, error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(rule, `the ${rule} rule could not be evaluated (${detail}), so this deploy is not approved.`);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/gate/gate-facts.ts
/**
 * What the gate knows about one deployment, as plain data: the single input of the decision besides
 * the policy and the clock. The same shape is a facts file for `slipway gate explain`, what the app
 * and the action gather from GitHub, and what the audit trail keeps, so a decision can be replayed.
 * Keys are snake_case like the report and GitHub's API. A fact that could not be established is
 * `null` (or listed in `gaps`), never guessed: the engine reads it as "not approved" and says why.
 */

const GATE_FACTS_SCHEMA = "slipway/gate-facts@1";
const reportPartSchema = schemas/* enum */.k5n(["data", "model", "package"]);
const instant = iso/* datetime */.w$({ offset: true }).describe("ISO 8601 date-time with Z or an offset.");
const login = schemas/* string */.YjP().min(1).describe("A GitHub login.");
const reportFactSchema = schemas/* object */.Ikc({
    part: reportPartSchema,
    passed: schemas/* boolean */.zMY(),
    detail: schemas/* string */.YjP().optional().describe("What passed or failed, in plain words."),
    source: schemas/* string */.YjP().optional().describe("Where this came from: a run URL, a file."),
})
    .strict();
const reviewStateSchema = schemas/* enum */.k5n([
    "APPROVED",
    "CHANGES_REQUESTED",
    "COMMENTED",
    "DISMISSED",
    "PENDING",
]);
const reviewFactSchema = schemas/* object */.Ikc({
    pull_request: schemas/* number */.aig().int().positive(),
    user: login,
    state: reviewStateSchema,
    submitted_at: instant.nullable().describe("null for a review not submitted yet."),
})
    .strict();
const approveCommandFactSchema = schemas/* object */.Ikc({
    pull_request: schemas/* number */.aig().int().positive().optional(),
    user: login,
    environment: schemas/* string */.YjP().min(1),
    at: instant,
    url: schemas/* string */.YjP().optional(),
})
    .strict();
const deploymentFactSchema = schemas/* object */.Ikc({
    environment: schemas/* string */.YjP().min(1),
    sha: schemas/* string */.YjP().min(1),
    state: schemas/* string */.YjP().min(1).describe("The deployment's latest status: success, failure, in_progress…"),
    at: instant.describe("When that status was set."),
})
    .strict();
const pullRequestFactSchema = schemas/* object */.Ikc({
    number: schemas/* number */.aig().int().positive(),
    author: login,
    url: schemas/* string */.YjP().optional(),
})
    .strict();
const gateFactsSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(GATE_FACTS_SCHEMA).default(GATE_FACTS_SCHEMA),
    repository: schemas/* string */.YjP().optional().describe("owner/name"),
    environment: schemas/* string */.YjP().min(1).describe("The environment being deployed to."),
    commit: schemas/* string */.YjP().regex(/^[0-9a-f]{7,64}$/i, "expected a commit SHA (hex)"),
    ref: schemas/* string */.YjP()
        .min(1)
        .describe('What is deployed: "refs/heads/<branch>" or "refs/tags/<tag>"; a bare name is unknown.'),
    deployer: login.nullable().default(null).describe("Who started the deployment; null when unknown."),
    pull_requests: schemas/* array */.YOg(pullRequestFactSchema)
        .nullable()
        .default(null)
        .describe("The pull request(s) that brought the commit; null when unknown."),
    reports: schemas/* array */.YOg(reportFactSchema).default([]).describe("Each report part seen for the commit."),
    reviews: schemas/* array */.YOg(reviewFactSchema).default([]),
    commands: schemas/* array */.YOg(approveCommandFactSchema)
        .default([])
        .describe("`/slipway approve <environment>` comments on those pull requests."),
    teams: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(login).nullable())
        .default({})
        .describe('Members of each "@org/team" approver; null when they could not be read.'),
    deployments: schemas/* array */.YOg(deploymentFactSchema)
        .nullable()
        .default(null)
        .describe("Earlier deployments of the commit; null when unknown."),
    gaps: schemas/* array */.YOg(schemas/* string */.YjP())
        .default([])
        .describe("Facts that could not be gathered, and why: each keeps the gate from approving."),
    notes: schemas/* array */.YOg(schemas/* string */.YjP())
        .default([])
        .describe("Why a fact is null (a team that could not be read…): shown, blocks nothing by itself."),
    now: instant.optional().describe("The clock the decision was made at (for replay)."),
})
    .strict();

;// CONCATENATED MODULE: ./src/gate/parse-command.ts
const USAGE = "Commands: `/slipway approve <environment>`, `/slipway status`.";
function parseCommand(body) {
    const line = body.split(/\r?\n/).find((text) => text.trim() !== "");
    if (!line)
        return null;
    const words = line.trim().split(/\s+/);
    if (words[0]?.toLowerCase() !== "/slipway")
        return null;
    const verb = words[1]?.toLowerCase();
    if (verb === "status") {
        return words.length === 2
            ? { kind: "status" }
            : { kind: "invalid", problem: `\`/slipway status\` takes nothing after it. ${USAGE}` };
    }
    if (verb === "approve") {
        const environment = words[2];
        if (environment !== undefined && words.length === 3)
            return { kind: "approve", environment };
        return {
            kind: "invalid",
            problem: `say which one environment: \`/slipway approve <environment>\`, e.g. \`/slipway approve production\`.`,
        };
    }
    return { kind: "invalid", problem: verb ? `unknown command "${verb}". ${USAGE}` : USAGE };
}

;// CONCATENATED MODULE: ./src/gate/github/gather-facts.ts



const TEAM_TOKEN_HINT = 'a workflow\'s GITHUB_TOKEN cannot read team membership: give the step a token that can (a GitHub App installation token with "members: read", or a fine-grained token with organization "Members: read"), or list approvers by login; see docs/gates.md';
async function gatherFacts(github, input) {
    const { policy } = input;
    const facts = {
        schema: GATE_FACTS_SCHEMA,
        repository: input.repository,
        environment: input.environment,
        commit: input.sha,
        ref: input.ref,
        deployer: input.deployer,
        pull_requests: null,
        reports: [],
        reviews: [],
        commands: [],
        teams: {},
        deployments: null,
        gaps: [],
        notes: [],
    };
    if (!policy)
        return facts;
    if (policy.require.length > 0) {
        const reports = await github.reportsForCommit(input.sha);
        if (reports.ok) {
            facts.reports = reports.value.facts;
            facts.gaps.push(...reports.value.problems);
        }
        else
            facts.gaps.push(reports.reason);
    }
    if (policy.approvals > 0 || policy.freeze.length > 0) {
        const pulls = await github.pullRequestsForCommit(input.sha);
        if (pulls.ok) {
            facts.pull_requests = pulls.value;
            for (const pull of pulls.value) {
                const [reviews, comments] = await Promise.all([
                    github.reviews(pull.number),
                    github.comments(pull.number),
                ]);
                if (reviews.ok)
                    facts.reviews.push(...reviews.value);
                else
                    facts.gaps.push(reviews.reason);
                if (!comments.ok) {
                    facts.gaps.push(comments.reason);
                    continue;
                }
                for (const comment of comments.value) {
                    const command = parseCommand(comment.body);
                    if (command?.kind === "approve") {
                        facts.commands.push({
                            pull_request: pull.number,
                            user: comment.user,
                            environment: command.environment,
                            at: comment.at,
                            url: comment.url,
                        });
                    }
                }
            }
        }
        else
            facts.notes.push(pulls.reason);
    }
    const teams = new Map();
    for (const text of [...policy.approvers, ...policy["override-approvers"]]) {
        const entry = parseApprover(text);
        if (entry?.kind === "team")
            teams.set(entry.key, entry);
    }
    for (const [key, team] of teams) {
        const members = await github.teamMembers(team.org, team.slug);
        facts.teams[key] = members.ok ? members.value : null;
        if (!members.ok) {
            facts.notes.push(`${members.reason}${members.status === 403 || members.status === 404 ? `; ${TEAM_TOKEN_HINT}` : ""}`);
        }
    }
    if (policy.after) {
        const deployments = await github.deployments(input.sha, policy.after.environment);
        if (deployments.ok)
            facts.deployments = deployments.value;
        else
            facts.notes.push(deployments.reason);
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/gate/policy-for.ts
/**
 * The policy of one environment out of `.github/slipway.yml` text (read from the default branch,
 * never from the change being deployed). Environment names match case-insensitively, as on GitHub.
 * A config that does not parse is a ConfigError naming file, line and key: nothing is approved
 * under a policy nobody can read.
 */



function policyFromText(text, file) {
    const parsed = (0,parse_config/* parseConfig */.o4)(text, file);
    if (!parsed.ok) {
        throw new errors/* ConfigError */.xL(file, "", (0,errors/* listProblems */.vz)(parsed.errors));
    }
    return parsed.config;
}
/**
 * The config on `repository`'s default branch, named `owner/name@branch:path` in every message.
 * A file that could not be read or is not there is an error: the gate fails closed.
 */
function policyFromDefaultBranch(file, repository, path) {
    if (!file.ok) {
        throw new errors/* InputError */.dz(`${repository}:${path}`, `could not be read from the default branch: ${file.reason}. The token needs "contents: read".`);
    }
    const configFile = `${repository}@${file.value.branch}:${path}`;
    if (file.value.text === null) {
        throw new errors/* ConfigError */.xL(configFile, "", "not found on the default branch; the gate reads its policy from there.");
    }
    return { config: policyFromText(file.value.text, configFile), configFile };
}
function policyFor(config, environment) {
    if (!config)
        return undefined;
    const key = Object.keys(config.environments).find((name) => name.toLowerCase() === environment.toLowerCase());
    return key === undefined ? undefined : config.environments[key];
}
/** Policy problems as one ConfigError, for adapters that refuse to run on a broken policy (exit 2). */
function assertPolicyUsable(file, environment, policy) {
    const problems = checkPolicy(environment, policy);
    if (problems.length === 0)
        return;
    const lines = problems.map((problem) => `${problem.path}: ${problem.message}`);
    throw new errors/* ConfigError */.xL(file, "", (0,errors/* listProblems */.vz)(lines));
}

;// CONCATENATED MODULE: ./src/gate/render-decision.ts
/**
 * A decision for people: plain text for a terminal, and Markdown for a job summary or a comment on
 * the deployment's pull request. Reasons hold logins, environment and dataset names: in Markdown
 * they go through inlineText, so nobody is pinged and nothing breaks the layout.
 */


const HEADLINE = { approved: "APPROVED", rejected: "REJECTED", pending: "PENDING" };
const TEXT_MARK = { pass: "✓", fail: "✗", wait: "…" };
const MD_MARK = { pass: "✅", fail: "❌", wait: "⏳" };
const MD_HEADLINE = { approved: "✅ approved", rejected: "❌ rejected", pending: "⏳ pending" };
const ORDER = { fail: 0, wait: 1, pass: 2 };
function renderDecisionText(decision, facts) {
    const lines = [
        `${decision.environment}: ${HEADLINE[decision.outcome]} for commit ${format_instant_shortSha(decision.commit)}${facts ? ` (${facts.ref})` : ""}`,
    ];
    for (const rule of sorted(decision))
        lines.push(`  ${TEXT_MARK[rule.status]} ${rule.rule}: ${rule.message}`);
    if (decision.recheckAt)
        lines.push(`  Look again at ${format_instant_formatInstant(Date.parse(decision.recheckAt))}.`);
    for (const note of facts?.notes ?? [])
        lines.push(`  note: ${note}`);
    return `${lines.join("\n")}\n`;
}
function renderDecisionMarkdown(decision, facts) {
    const lines = [
        `### Slipway gate: ${inlineText(decision.environment)} ${MD_HEADLINE[decision.outcome]}`,
        "",
        `Commit \`${shortSha(decision.commit)}\`${facts ? ` (${inlineText(facts.ref)})` : ""}, decided ${formatInstant(Date.parse(decision.decidedAt))} by the policy in \`.github/slipway.yml\` on the default branch.`,
        "",
    ];
    for (const rule of sorted(decision)) {
        lines.push(`- ${MD_MARK[rule.status]} **${rule.rule}**: ${inlineText(rule.message, 4000)}`);
    }
    if (decision.recheckAt) {
        lines.push("", `Slipway looks again at ${formatInstant(Date.parse(decision.recheckAt))}.`);
    }
    if (facts?.notes.length) {
        lines.push("", ...facts.notes.map((note) => `> ${inlineText(note, 1000)}`));
    }
    return `${lines.join("\n")}\n`;
}
function sorted(decision) {
    return [...decision.rules].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
}

// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/report/rule-state.ts
var rule_state = __webpack_require__(3734);
;// CONCATENATED MODULE: ./src/gate/report-facts.ts
/**
 * The report parts a commit's Slipway reports say passed or failed, as gate facts. Several reports
 * (workflows, variants) may speak of one part; the engine fails the part if any of them failed.
 * The package part counts as passed only when its image was smoke-tested and the test passed: an
 * image nobody ran is no evidence.
 */

function reportFacts(report, source) {
    const from = source ?? report.run?.url;
    const withSource = (fact) => (from ? { ...fact, source: from } : fact);
    const facts = [];
    if (report.data.length > 0) {
        const invalid = report.data.filter((data) => !data.valid).map((data) => data.dataset);
        facts.push(withSource({
            part: "data",
            passed: invalid.length === 0,
            detail: invalid.length === 0
                ? `${report.data.length} dataset${report.data.length === 1 ? "" : "s"} valid`
                : `invalid: ${invalid.join(", ")}`,
        }));
    }
    if (report.model) {
        // A rule not evaluated (no baseline) is neither a pass nor a failure; report.model.passed decides.
        const failedRules = report.model.rules
            .filter((rule) => (0,rule_state/* ruleState */.GA)(rule) === "failed")
            .map((rule) => rule.metric);
        const failedTests = report.model.tests.failed;
        const { notEvaluated, reasons } = (0,rule_state/* tallyRules */.Y5)(report.model.rules);
        const unjudged = notEvaluated > 0
            ? `; ${notEvaluated} rule${notEvaluated === 1 ? "" : "s"} not evaluated: ${reasons.join(", ")}`
            : "";
        const detail = report.model.passed
            ? `tests and metric rules passed${unjudged}`
            : [
                failedTests > 0 ? `${failedTests} test${failedTests === 1 ? "" : "s"} failed` : "",
                failedRules.length > 0 ? `rules failed: ${failedRules.join(", ")}` : "",
            ]
                .filter(Boolean)
                .join("; ") || "the model step failed";
        facts.push(withSource({ part: "model", passed: report.model.passed, detail }));
    }
    if (report.package) {
        const smoke = report.package.smoke;
        facts.push(withSource({
            part: "package",
            passed: smoke?.passed === true,
            detail: smoke === null
                ? `image ${report.package.image} was not smoke-tested (set package.sample)`
                : smoke.passed
                    ? `image ${report.package.image} passed its smoke test`
                    : `image ${report.package.image} failed its smoke test`,
        }));
    }
    return facts;
}

// EXTERNAL MODULE: ./src/report/report-schema.ts
var report_schema = __webpack_require__(9268);
// EXTERNAL MODULE: ./src/github/artifact-limits.ts
var artifact_limits = __webpack_require__(258);
// EXTERNAL MODULE: ./src/github/download-artifact.ts
var download_artifact = __webpack_require__(1410);
// EXTERNAL MODULE: ./src/github/is-trusted-run.ts
var is_trusted_run = __webpack_require__(6329);
;// CONCATENATED MODULE: ./src/github/list-report-artifacts.ts
const REPORT_ARTIFACT = /^slipway-report(?:-(.+))?$/;
function reportVariant(name) {
    const match = REPORT_ARTIFACT.exec(name);
    return match ? (match[1] ?? "") : null;
}
async function listReportArtifacts(octokit, where) {
    const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
        owner: where.owner,
        repo: where.repo,
        run_id: where.runId,
        per_page: 100,
    });
    const reports = [];
    for (const artifact of artifacts) {
        const variant = reportVariant(artifact.name);
        if (variant === null)
            continue;
        reports.push({
            id: artifact.id,
            name: artifact.name,
            variant,
            sizeInBytes: artifact.size_in_bytes,
            expired: artifact.expired,
        });
    }
    return reports.sort((a, b) => a.variant.localeCompare(b.variant));
}

// EXTERNAL MODULE: ./src/github/read-report-zip.ts
var read_report_zip = __webpack_require__(960);
;// CONCATENATED MODULE: ./src/github/gate-github.ts
/**
 * What a deployment gate asks of GitHub, behind one interface (GateGitHub), on Octokit's: the CLI
 * and the gate action pass an @octokit/rest client (client.ts), the app passes Probot's and takes
 * the commit's reports and comment approvals from its store instead. Every refusal comes back as
 * an answer with a reason, never a throw, so the gate can say which fact is missing and stay closed.
 *
 * One rule for who can approve, everywhere: a bot's review or comment never counts; a comment
 * counts only as it was written — the app records comments as events when they are created, and a
 * reader without events (the action, the CLI) counts a comment only when it was never edited.
 */








const POLICY_PATH = ".github/slipway.yml";
/** A user GitHub marks as a bot (an app's `[bot]` login): never an approver. */
function isBot(user) {
    return user?.type === "Bot" || /\[bot\]$/.test(user?.login ?? "");
}
/** A review or comment by a person: not a bot's, and not a deleted account's (GitHub gives no user). */
function byPerson(item) {
    return item.user !== null && !isBot(item.user);
}
function createGateGitHub(client, where) {
    const { owner, repo } = where;
    const fullName = `${owner}/${repo}`;
    return {
        policyFile: () => ask(`reading ${POLICY_PATH}`, async () => {
            const branch = where.defaultBranch ?? (await client.rest.repos.get({ owner, repo })).data.default_branch;
            try {
                const { data } = await client.rest.repos.getContent({
                    owner,
                    repo,
                    path: POLICY_PATH,
                    ref: branch,
                });
                if (typeof data === "string")
                    return { branch, text: data };
                if (!Array.isArray(data) && data.type === "file" && typeof data.content === "string")
                    return { branch, text: Buffer.from(data.content, "base64").toString("utf8") };
                throw Object.assign(new Error(`${POLICY_PATH} on ${branch} came back without its content`), {
                    status: 200,
                });
            }
            catch (error) {
                if (error.status === 404)
                    return { branch, text: null };
                throw error;
            }
        }),
        resolveRef: (ref) => ask(`resolving ${ref}`, async () => {
            // GET /commits/{ref} peels annotated tags and takes full refs, bare names and SHAs alike.
            const { data } = await client.rest.repos.getCommit({ owner, repo, ref: ref.replace(/^refs\//, "") });
            return data.sha;
        }),
        pullRequestsForCommit: (sha) => ask(`listing the pull requests of commit ${sha.slice(0, 7)}`, async () => {
            const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
                owner,
                repo,
                commit_sha: sha,
                per_page: 100,
            });
            return pulls.map((pull) => ({
                number: pull.number,
                author: pull.user?.login ?? "ghost",
                url: pull.html_url,
            }));
        }),
        reviews: (pull) => ask(`listing the reviews of #${pull}`, async () => {
            const reviews = await client.paginate(client.rest.pulls.listReviews, {
                owner,
                repo,
                pull_number: pull,
                per_page: 100,
            });
            return reviews.filter(byPerson).map((review) => ({
                pull_request: pull,
                user: review.user.login,
                state: (["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED"].includes(review.state)
                    ? review.state
                    : "PENDING"),
                submitted_at: review.submitted_at ?? null,
            }));
        }),
        comments: (pull) => ask(`listing the comments of #${pull}`, async () => {
            const comments = await client.paginate(client.rest.issues.listComments, {
                owner,
                repo,
                issue_number: pull,
                per_page: 100,
            });
            return comments
                .filter(byPerson)
                .filter((comment) => comment.updated_at === comment.created_at)
                .map((comment) => ({
                user: comment.user.login,
                body: comment.body ?? "",
                at: comment.created_at,
                url: comment.html_url,
            }));
        }),
        teamMembers: (org, slug) => ask(`listing the members of @${org}/${slug}`, async () => {
            const members = await client.paginate(client.rest.teams.listMembersInOrg, {
                org,
                team_slug: slug,
                per_page: 100,
            });
            return members.map((member) => member.login);
        }),
        deployments: (sha, environment) => ask(`listing the deployments of ${sha.slice(0, 7)} to ${environment}`, async () => {
            const deployments = await client.paginate(client.rest.repos.listDeployments, {
                owner,
                repo,
                sha,
                environment,
                per_page: 100,
            });
            const facts = [];
            for (const deployment of deployments) {
                const statuses = await client.paginate(client.rest.repos.listDeploymentStatuses, {
                    owner,
                    repo,
                    deployment_id: deployment.id,
                    per_page: 100,
                });
                // A deployment that succeeded counts from its first success, even once a later one made it inactive.
                const success = statuses
                    .filter((status) => status.state === "success")
                    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))[0];
                const latest = success ?? statuses[0];
                if (latest)
                    facts.push({
                        environment: deployment.environment,
                        sha: deployment.sha,
                        state: latest.state,
                        at: latest.created_at,
                    });
            }
            return facts;
        }),
        reportsForCommit: (sha) => ask(`listing the workflow runs of ${sha.slice(0, 7)} and reading their reports`, async () => {
            // Every page: a commit with many workflows has more completed runs than one page holds.
            const runs = await client.paginate(client.rest.actions.listWorkflowRunsForRepo, {
                owner,
                repo,
                head_sha: sha,
                status: "completed",
                exclude_pull_requests: true,
                per_page: 100,
            });
            const facts = [];
            const problems = [];
            for (const run of runs.filter((r) => (0,is_trusted_run/* isTrustedRun */.H)(r, { fullName }))) {
                for (const artifact of await listReportArtifacts(client, { owner, repo, runId: run.id })) {
                    const where = `the ${artifact.name} artifact of run ${run.id}`;
                    if (artifact.expired) {
                        problems.push(`${where} has expired`);
                        continue;
                    }
                    try {
                        const zip = await (0,download_artifact/* downloadArtifact */.b)(client, { owner, repo, artifact }, artifact_limits/* DEFAULT_LIMITS */.d);
                        const { path, json } = await (0,read_report_zip/* readReportZip */.y)(zip, artifact.name, artifact_limits/* DEFAULT_LIMITS */.d);
                        const parsed = (0,report_schema/* parseReport */.M)(json, path);
                        if (parsed.ok)
                            facts.push(...reportFacts(parsed.report, run.html_url));
                        else
                            problems.push(parsed.message);
                    }
                    catch (error) {
                        if (!(0,errors/* isSlipwayError */.qQ)(error))
                            throw error;
                        // The reader's message names the artifact and says "the artifact …": say it once.
                        const detail = error.message.replace(`${artifact.name}: `, "").replace(/^the artifact /, "");
                        problems.push(`${where} ${detail}`);
                    }
                }
            }
            return { facts, problems };
        }),
    };
}
/**
 * The same look-ups, with team membership asked through another client: a workflow's GITHUB_TOKEN
 * cannot read an organisation's teams, so the gate step may be given a second token just for that.
 */
function withTeamClient(github, teams) {
    if (!teams)
        return github;
    return { ...github, teamMembers: (org, slug) => teams.teamMembers(org, slug) };
}
async function ask(doing, call) {
    try {
        return { ok: true, value: await call() };
    }
    catch (error) {
        if ((0,errors/* isSlipwayError */.qQ)(error))
            throw error;
        const refused = error;
        const status = typeof refused.status === "number" ? refused.status : null;
        // GitHub's own message, without the documentation link Octokit appends to it.
        const said = refused.response?.data?.message;
        const message = typeof said === "string" ? said : error instanceof Error ? error.message : String(error);
        return {
            ok: false,
            status,
            reason: `GitHub answered ${status ?? "nothing"} (${message}) while ${doing}`,
        };
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/gate.ts
/**
 * `slipway gate explain`: what the deployment gate would say, and why — for a policy against a facts
 * file (replay, "what if"), or against a live repository with a token. Exit 0 approved, 1 rejected
 * or pending, 2 could not run.
 */












const registerGate = (program, io, setExit) => {
    const gate = program.command("gate").description("Deployment gates: the policy in .github/slipway.yml.");
    gate
        .command("explain")
        .description("Decide a deployment as the gate would, and say why: against a facts file (--facts) or a live repository (--repo, token in GITHUB_TOKEN).")
        .option("-e, --environment <name>", "the environment deployed to (default: the facts file's)")
        .option("--facts <file>", "facts file (JSON or YAML, slipway/gate-facts@1)")
        .option("--repo <owner/name>", "gather the facts from this repository (token in GITHUB_TOKEN or GH_TOKEN)")
        .option("--ref <ref>", "with --repo: what is deployed, refs/heads/<branch> or refs/tags/<tag>")
        .option("--sha <sha>", "with --repo: the commit (default: what --ref points at)")
        .option("--deployer <login>", "with --repo: who deploys (for prevent-self-approval)")
        .option("--api-url <url>", "with --repo: GitHub's API (default: GITHUB_API_URL or https://api.github.com)")
        .option("--now <date-time>", "decide as at this moment (ISO 8601; default: the facts file's, else now)")
        .option("--save-facts <file>", "write the facts used to this file, to replay later with --facts")
        .option("--config <path>", "policy file (default: .github/slipway.yml here, or on the default branch with --repo)")
        .option("--json", "print the decision and the facts as JSON")
        .action(async (options) => {
        const { facts, config, configFile } = await readFacts(options, io);
        const environment = options.environment ?? facts.environment;
        const policy = policyFor(config, environment);
        if (!policy) {
            const known = Object.keys(config.environments);
            throw new errors/* ConfigError */.xL(configFile, "environments", `no policy for environment "${environment}"${known.length ? ` (it has: ${known.join(", ")})` : " (it defines no environments)"}.`);
        }
        assertPolicyUsable(configFile, environment, policy);
        const now = decisionTime(options.now ?? facts.now);
        const decision = decideGate(policy, { ...facts, environment }, now);
        if (options.saveFacts) {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, options.saveFacts), `${JSON.stringify({ ...facts, now: now.toISOString() }, null, 2)}\n`);
        }
        io.stdout(options.json
            ? `${JSON.stringify({ decision, facts }, null, 2)}\n`
            : renderDecisionText(decision, facts));
        if (decision.outcome !== "approved")
            setExit(1);
    });
};
/** The facts and the policy: from a facts file (--facts) or gathered from GitHub (--repo), never both. */
async function readFacts(options, io) {
    if (options.facts && options.repo)
        throw new errors/* InputError */.dz("--facts", "give either --facts or --repo, not both.");
    if (options.facts)
        return readFactsMode(options.facts, options, io);
    if (options.repo)
        return gatherLive(options.repo, options, io);
    throw new errors/* InputError */.dz("slipway gate explain", "give --facts <file>, or --repo <owner/name> with --ref.");
}
function readFactsMode(file, options, io) {
    const path = (0,external_node_path_.resolve)(io.cwd, file);
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* InputError */.dz(file, "file not found. Check the path.");
    const parsed = (0,parse_config/* parseYamlWith */.ns)(gateFactsSchema, (0,external_node_fs_.readFileSync)(path, "utf8"), file);
    if (!parsed.ok) {
        const lines = parsed.errors.map((error) => (0,parse_config/* withoutFile */.BQ)(error, file));
        throw new errors/* InputError */.dz(file, (0,errors/* listProblems */.vz)(lines));
    }
    const loaded = (0,load_config/* loadConfig */.Z9)({ cwd: io.cwd, ...(options.config ? { path: options.config } : {}) });
    return { facts: parsed.value, config: loaded.config, configFile: options.config ?? loaded.file };
}
async function gatherLive(repository, options, io) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
        throw new errors/* InputError */.dz("--repo", `"${repository}" is not owner/name.`);
    if (!options.environment)
        throw new errors/* InputError */.dz("--environment", "required with --repo.");
    if (!options.ref || !/^refs\/(heads|tags)\//.test(options.ref)) {
        throw new errors/* InputError */.dz("--ref", "required with --repo, as refs/heads/<branch> or refs/tags/<tag>.");
    }
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
    if (!token)
        throw new errors/* InputError */.dz("GITHUB_TOKEN", "not set; --repo reads the repository with a token from GITHUB_TOKEN or GH_TOKEN.");
    const [owner, repo] = repository.split("/");
    const client = (0,github_client/* createGitHubClient */.L)({
        token,
        baseUrl: options.apiUrl ?? io.env.GITHUB_API_URL ?? "https://api.github.com",
    });
    const github = createGateGitHub(client, { owner, repo });
    let config;
    let configFile;
    if (options.config) {
        const loaded = (0,load_config/* loadConfig */.Z9)({ cwd: io.cwd, path: options.config });
        config = loaded.config;
        configFile = options.config;
    }
    else {
        ({ config, configFile } = policyFromDefaultBranch(await github.policyFile(), repository, POLICY_PATH));
    }
    let sha = options.sha;
    if (!sha) {
        const resolved = await github.resolveRef(options.ref);
        if (!resolved.ok)
            throw new errors/* InputError */.dz("--ref", `${options.ref} could not be resolved: ${resolved.reason}.`);
        sha = resolved.value;
    }
    if (!/^[0-9a-f]{40}$/i.test(sha))
        throw new errors/* InputError */.dz("--sha", `"${sha}" is not a full 40-character commit SHA.`);
    const facts = await gatherFacts(github, {
        repository,
        environment: options.environment,
        sha,
        ref: options.ref,
        deployer: options.deployer ?? null,
        policy: policyFor(config, options.environment),
    });
    return { facts, config, configFile };
}
function decisionTime(text) {
    if (text === undefined)
        return new Date();
    const at = new Date(text);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(at.getTime())) {
        throw new errors/* InputError */.dz("--now", `"${text}" is not an ISO 8601 date-time (e.g. 2025-01-10T20:00:00Z).`);
    }
    return at;
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


/***/ }),

/***/ 9268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseReport)
/* harmony export */ });
/* unused harmony export MAX_REPORT_DEPTH */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2563);

function failure(kind, source, detail) {
    return { ok: false, kind, message: `${source} ${detail}`, detail };
}
const VERSIONED = /^slipway\/report@(.+)$/;
const MAX_ISSUES = 8;
/**
 * Limits on the JSON itself, checked before the schema: a report deeper than this cannot be
 * written back out (JSON.stringify recurses, and overflows the stack near 10,000 levels) and no
 * Slipway writer nests past a dozen; a NUL character cannot be stored (PostgreSQL's jsonb refuses
 * \u0000) and has no business in a report.
 */
const MAX_REPORT_DEPTH = 64;
/**
 * Checks parsed JSON against slipway/report@1. `source` names where it came from (an artifact and
 * file) and starts every message. Messages hold report content (key paths): render them escaped.
 */
function parseReport(raw, source) {
    const schema = raw !== null && typeof raw === "object" && !Array.isArray(raw)
        ? raw.schema
        : undefined;
    if (typeof schema !== "string" || !VERSIONED.test(schema)) {
        const got = schema === undefined ? 'no "schema" field' : `"schema": ${preview(schema)}`;
        return failure("not-a-report", source, `is not a Slipway report (${got}; expected "${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA */ .DC}").`);
    }
    if (schema !== _types_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA */ .DC) {
        return failure("unknown-version", source, `uses the report format "${schema}", which this Slipway app does not know ` +
            `(it reads "${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA */ .DC}"). Update the app, or pin the workflow's Slipway steps to a ` +
            "release that writes the version the app reads.");
    }
    const limit = jsonLimitProblem(raw);
    if (limit)
        return failure("invalid", source, `is not a readable report: ${limit}.`);
    const result = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .reportSchema */ .Qh.safeParse(raw);
    if (result.success)
        return { ok: true, report: result.data };
    const issues = result.error.issues;
    const lines = issues
        .slice(0, MAX_ISSUES)
        .map((issue) => `${formatPath(issue.path)}: ${describe(issue, raw)}`);
    if (issues.length > MAX_ISSUES)
        lines.push(`… and ${issues.length - MAX_ISSUES} more problems`);
    return failure("invalid", source, `is not a valid ${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA */ .DC} report: ${lines.join("; ")}.`);
}
/** The first value past MAX_REPORT_DEPTH or string holding a NUL, walked without recursion; null when none. */
function jsonLimitProblem(raw) {
    const stack = [{ value: raw, path: [] }];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        const { value, path } = next;
        if (typeof value === "string") {
            if (value.includes("\u0000"))
                return `${formatPath(path)} holds a NUL character (\\u0000), which a report may not contain`;
            continue;
        }
        if (value === null || typeof value !== "object")
            continue;
        if (path.length >= MAX_REPORT_DEPTH) {
            return `${formatPath(path.slice(0, 4))}… nests values more than ${MAX_REPORT_DEPTH} levels deep; reports are read up to ${MAX_REPORT_DEPTH}`;
        }
        const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
        for (const [key, child] of entries) {
            if (typeof key === "string" && key.includes("\u0000"))
                return `a key in ${formatPath(path)} holds a NUL character (\\u0000), which a report may not contain`;
            stack.push({ value: child, path: [...path, key] });
        }
    }
    return null;
}
function describe(issue, raw) {
    const value = valueAt(raw, issue.path);
    if (issue.code === "invalid_type") {
        const got = value === undefined ? "nothing (the field is missing)" : preview(value);
        return `expected ${issue.expected}, got ${got}`;
    }
    if (issue.code === "invalid_value" && "values" in issue) {
        return `${preview(value)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    }
    return `${issue.message} (got ${preview(value)})`;
}
function formatPath(path) {
    if (path.length === 0)
        return "(the report)";
    return path
        .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
        .join("");
}
function valueAt(raw, path) {
    let node = raw;
    for (const key of path) {
        if (node === null || typeof node !== "object")
            return undefined;
        node = node[key];
    }
    return node;
}
function preview(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
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


/***/ })

};
