/**
 * Runs a composite action (action.yml with `runs.using: composite`) as the GitHub runner does:
 * inputs with their defaults, each step's `if:` (with `success()` implied), `env:`, `with:` and
 * `working-directory:` evaluated by GitHub's own expression evaluator, `run:` steps in bash (our
 * bundled steps therefore with node), outputs collected from each step's GITHUB_OUTPUT, GITHUB_ENV
 * and GITHUB_PATH carried to later steps, the job summary gathered, and the action's outputs
 * evaluated last. Third-party `uses:` steps run declared stand-ins; an unknown one is an error.
 *
 * Before anything runs, the whole file is checked (every expression parsed, every name it reads
 * declared, every key of the file known), so a typo fails even in a step this run skips.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { data } from "@actions/expressions";
import { checkCompositeAction, SHELLS, type StandIns, type Template } from "./composite/check-action.js";
import {
  ActionDefinitionError,
  asString,
  evaluateExpr,
  GITHUB_KEYS,
  isTruthy,
  StrictDictionary,
  statusFunctions,
  toData,
  usesStatusFunction,
} from "./composite/expressions.js";
import { parseFileCommands } from "./run-action-step.js";

export type { StandIn, StandInCall, StandInResult, StandIns } from "./composite/check-action.js";
export { checkCompositeAction } from "./composite/check-action.js";
export { ActionDefinitionError } from "./composite/expressions.js";

export interface CompositeOptions {
  /** The folder holding action.yml. */
  action: string;
  inputs?: Record<string, string>;
  workspace: string;
  standIns?: StandIns;
  /** The job's environment: the `env` context, and variables every step's process gets. */
  env?: Record<string, string>;
  /** `github` context values over the defaults (repository, sha, ref, event_name, base_ref…). */
  github?: Record<string, unknown>;
  runner?: { temp?: string; tool_cache?: string };
}

export interface StepResult {
  index: number;
  id?: string;
  name: string;
  outcome: "success" | "failure" | "skipped";
  conclusion: "success" | "failure" | "skipped";
  outputs: Record<string, string>;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** The step's environment as its process got it (run steps only). */
  env?: Record<string, string>;
}

export interface CompositeRun {
  passed: boolean;
  outputs: Record<string, string>;
  steps: StepResult[];
  /** Every step's job summary, in order. */
  summary: string;
  /** Every step's stdout and stderr, in order, secrets (`::add-mask::`) masked. */
  log: string;
  annotations: { level: string; properties: Record<string, string>; message: string }[];
}

/** Runs a composite action; resolves with what happened, rejects on a mistake in the action. */
export async function runCompositeAction(options: CompositeOptions): Promise<CompositeRun> {
  const action = checkCompositeAction(options.action, options.standIns);
  const given = options.inputs ?? {};
  for (const name of Object.keys(given)) {
    if (!(name in action.inputs))
      throw new ActionDefinitionError(
        `${action.file}: inputs`,
        `the test passes "${name}", which the action does not declare.`,
      );
  }
  const work = mkdtempSync(join(tmpdir(), "slipway-composite-"));
  const runner = {
    name: "GitHub Actions 1",
    os: process.platform === "darwin" ? "macOS" : process.platform === "win32" ? "Windows" : "Linux",
    arch: process.arch === "arm64" ? "ARM64" : "X64",
    temp: options.runner?.temp ?? join(work, "temp"),
    tool_cache: options.runner?.tool_cache ?? join(work, "tool-cache"),
    debug: "",
    environment: "github-hosted",
  };
  mkdirSync(runner.temp, { recursive: true });
  mkdirSync(runner.tool_cache, { recursive: true });
  const github = githubContext(options, action.dir);
  const base = { github: toStrict("github", github), runner: toStrict("runner", runner), ...emptyContexts() };
  const noFailures = statusFunctions(() => false);

  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    if (name in given) inputs[name] = given[name]!;
    else if (input.required)
      throw new ActionDefinitionError(
        `${action.file}: inputs.${name}`,
        "is required; the test must pass it.",
      );
    else inputs[name] = render(input.default, dictionary(base), noFailures, `inputs.${name}.default`);
  }

  const jobEnv = { ...(options.env ?? {}) };
  const addedEnv: Record<string, string> = {};
  const addedPath: string[] = [dirname(process.execPath)]; // `node` is the runner's Node 20
  const steps: StepResult[] = [];
  const stepData: Record<string, data.ExpressionData> = {};
  const posts: (() => void | Promise<void>)[] = [];
  const masks: string[] = [];
  let log = "";
  let summary = "";
  const annotations: CompositeRun["annotations"] = [];
  let failed = false;
  const functions = statusFunctions(() => failed);

  for (const [index, step] of action.steps.entries()) {
    const context = dictionary({
      ...base,
      env: toData({ ...jobEnv, ...addedEnv }),
      inputs: toStrict("inputs", inputs),
      steps: new StrictDictionary("steps", stepData),
    });
    let run = true;
    if (step.if) {
      const result = evaluateExpr(step.if, context, functions, `${step.where}.if`);
      run = isTruthy(result) && (usesStatusFunction(step.if) || !failed);
    } else run = !failed;
    const record: StepResult = {
      index,
      ...(step.definition.id ? { id: step.definition.id } : {}),
      name: step.name,
      outcome: "skipped",
      conclusion: "skipped",
      outputs: {},
      exitCode: null,
      stdout: "",
      stderr: "",
    };
    if (run) {
      const stepEnv = renderAll(step.env, context, functions, `${step.where}.env`);
      if (step.standIn) {
        const result = await step.standIn.run({
          with: renderAll(step.with, context, functions, `${step.where}.with`),
          workspace: options.workspace,
          env: { ...jobEnv, ...addedEnv, ...stepEnv },
          runner,
        });
        record.outputs = result.outputs ?? {};
        Object.assign(addedEnv, result.env ?? {});
        addedPath.unshift(...(result.path ?? []));
        if (result.post) posts.unshift(result.post);
        record.stdout = `${result.log ?? ""}${result.failed ? `::error::${result.failed}\n` : ""}`;
        record.exitCode = result.failed ? 1 : 0;
      } else {
        const files = {
          GITHUB_OUTPUT: join(work, `output-${index}`),
          GITHUB_ENV: join(work, `env-${index}`),
          GITHUB_PATH: join(work, `path-${index}`),
          GITHUB_STEP_SUMMARY: join(work, `summary-${index}`),
          GITHUB_STATE: join(work, `state-${index}`),
        };
        for (const path of Object.values(files)) writeFileSync(path, "");
        const script = join(runner.temp, `step-${index}.sh`);
        writeFileSync(script, render(step.run!, context, functions, `${step.where}.run`));
        const cwd = step.workingDirectory
          ? resolve(
              options.workspace,
              render(step.workingDirectory, context, functions, `${step.where}.working-directory`),
            )
          : options.workspace;
        const env: Record<string, string> = {
          HOME: process.env.HOME ?? "",
          PATH: [...addedPath, process.env.PATH ?? ""].join(":"),
          ...runnerVariables(github, runner, action.dir),
          ...jobEnv,
          ...addedEnv,
          ...stepEnv,
          ...files,
        };
        const [command, ...args] = SHELLS[step.definition.shell!]!(script);
        const ran = await spawnStep(command!, args, cwd, env);
        Object.assign(record, { exitCode: ran.code, stdout: ran.stdout, stderr: ran.stderr, env });
        record.outputs = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, "utf8"));
        Object.assign(addedEnv, parseFileCommands(readFileSync(files.GITHUB_ENV, "utf8")));
        addedPath.unshift(...readFileSync(files.GITHUB_PATH, "utf8").split("\n").filter(Boolean).reverse());
        summary += readFileSync(files.GITHUB_STEP_SUMMARY, "utf8");
      }
      const commands = workflowCommands(record.stdout);
      masks.push(...commands.masks);
      annotations.push(...commands.annotations);
      log += record.stdout + record.stderr;
      record.outcome = record.exitCode === 0 ? "success" : "failure";
      const continueOnError =
        typeof step.continueOnError === "boolean"
          ? step.continueOnError
          : render(step.continueOnError, context, functions, `${step.where}.continue-on-error`) === "true";
      record.conclusion = record.outcome === "failure" && continueOnError ? "success" : record.outcome;
      if (record.conclusion === "failure") failed = true;
    }
    steps.push(record);
    if (step.definition.id) {
      // A step that succeeded must have written every output read from it; others read as empty.
      const outputs =
        record.outcome === "success"
          ? toStrict(`steps.${step.definition.id}.outputs`, record.outputs)
          : toData(record.outputs);
      stepData[step.definition.id] = dictionary({
        outputs,
        outcome: toData(record.outcome),
        conclusion: toData(record.conclusion),
      });
    }
  }

  const outputContext = dictionary({
    ...base,
    inputs: toStrict("inputs", inputs),
    steps: new StrictDictionary("steps", stepData),
  });
  const outputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(action.outputs)) {
    outputs[name] = render(value, outputContext, functions, `${action.file}: outputs.${name}.value`);
  }
  if (!failed) for (const post of posts) await post();
  for (const secret of masks.filter(Boolean)) log = log.split(secret).join("***");
  return { passed: !failed, outputs, steps, summary, log, annotations };
}

function githubContext(options: CompositeOptions, actionDir: string): Record<string, unknown> {
  const defaults: Record<string, unknown> = Object.fromEntries(GITHUB_KEYS.map((key) => [key, ""]));
  return {
    ...defaults,
    action: "__slipway",
    action_path: actionDir,
    actor: "octocat",
    actor_id: "1",
    api_url: "https://api.github.com",
    event: {},
    event_name: "push",
    graphql_url: "https://api.github.com/graphql",
    job: "test",
    ref: "refs/heads/main",
    ref_name: "main",
    ref_type: "branch",
    repository: "acme/churn",
    repository_owner: "acme",
    retention_days: "90",
    run_attempt: "1",
    run_id: "1",
    run_number: "1",
    server_url: "https://github.com",
    sha: "0".repeat(40),
    token: "ghs_composite_test_token",
    triggering_actor: "octocat",
    workflow: "ml",
    workspace: options.workspace,
    ...options.github,
  };
}

/** The default variables the runner sets for every step, from the contexts. */
function runnerVariables(
  github: Record<string, unknown>,
  runner: Record<string, string>,
  actionDir: string,
): Record<string, string> {
  const vars: Record<string, string> = { CI: "true", GITHUB_ACTIONS: "true", GITHUB_ACTION_PATH: actionDir };
  for (const key of [
    "action",
    "actor",
    "actor_id",
    "api_url",
    "base_ref",
    "event_name",
    "event_path",
    "graphql_url",
    "head_ref",
    "job",
    "ref",
    "ref_name",
    "ref_type",
    "repository",
    "repository_owner",
    "run_attempt",
    "run_id",
    "run_number",
    "server_url",
    "sha",
    "triggering_actor",
    "workflow",
    "workspace",
  ])
    vars[`GITHUB_${key.toUpperCase()}`] = String(github[key] ?? "");
  for (const [key, value] of Object.entries(runner)) vars[`RUNNER_${key.toUpperCase()}`] = value;
  return vars;
}

function emptyContexts(): Record<string, data.ExpressionData> {
  return { job: toData({ status: "success" }), strategy: toData({}), matrix: toData({}), needs: toData({}) };
}

function dictionary(values: Record<string, data.ExpressionData>): data.Dictionary {
  return new StrictDictionary("context", values);
}

function toStrict(label: string, values: Record<string, unknown>): StrictDictionary {
  return new StrictDictionary(
    label,
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, toData(value)])),
  );
}

function render(
  pieces: Template[],
  context: data.Dictionary,
  functions: ReturnType<typeof statusFunctions>,
  where: string,
): string {
  return pieces
    .map((piece) =>
      "text" in piece ? piece.text : asString(evaluateExpr(piece.expr, context, functions, where)),
    )
    .join("");
}

function renderAll(
  values: Record<string, Template[]>,
  context: data.Dictionary,
  functions: ReturnType<typeof statusFunctions>,
  where: string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([key, pieces]) => [
      key,
      render(pieces, context, functions, `${where}.${key}`),
    ]),
  );
}

function spawnStep(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: isAbsolute(cwd) ? cwd : resolve(cwd), env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

/** `::add-mask::secret` and `::error file=…::message` lines of a step's output. */
function workflowCommands(stdout: string) {
  const masks: string[] = [];
  const annotations: CompositeRun["annotations"] = [];
  for (const line of stdout.split("\n")) {
    const mask = /^::add-mask::(.*)$/.exec(line);
    if (mask) masks.push(mask[1]!);
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties = Object.fromEntries(
      (match[2] ?? "")
        .split(",")
        .filter(Boolean)
        .map((pair) => [
          pair.slice(0, pair.indexOf("=")),
          unescapeCommand(pair.slice(pair.indexOf("=") + 1)),
        ]),
    );
    annotations.push({ level: match[1]!, properties, message: unescapeCommand(match[3]!) });
  }
  return { masks, annotations };
}

function unescapeCommand(text: string): string {
  return text
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%25/g, "%");
}
