/**
 * Reads and checks a composite action.yml before anything runs: every key known, every expression
 * parsed by GitHub's parser, every name it reads declared (inputs, earlier step ids, github/runner
 * properties), every `uses:` backed by a declared stand-in whose inputs the `with:` keys are.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Expr } from "@actions/expressions";
import { parse } from "yaml";
import {
  ActionDefinitionError,
  CONTEXTS,
  parseExpression,
  type Scope,
  splitTemplate,
} from "./expressions.js";

/** What a stand-in for a third-party action gets, and may give back. */
export interface StandInCall {
  with: Record<string, string>;
  workspace: string;
  env: Record<string, string>;
  runner: { temp: string; tool_cache: string };
}
export interface StandInResult {
  outputs?: Record<string, string>;
  /** Variables for later steps, as the action would write to GITHUB_ENV. */
  env?: Record<string, string>;
  /** Folders put first on PATH for later steps, as GITHUB_PATH. */
  path?: string[];
  /** Run after every step, as the action's `post:` (only when the job passed, as actions/cache). */
  post?: () => void | Promise<void>;
  log?: string;
  /** The step fails with this message (as the action's own failure would). */
  failed?: string;
}
export interface StandIn {
  /** The inputs the real action declares: any other `with:` key is a typo. */
  inputs: readonly string[];
  run(call: StandInCall): StandInResult | Promise<StandInResult>;
}
/** Keyed by `uses:` without the ref (`actions/setup-python`). */
export type StandIns = Record<string, StandIn>;

interface ActionFile {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs?: Record<string, { description?: string; value?: unknown }>;
  runs?: { using?: string; steps?: StepDefinition[] };
}
interface StepDefinition {
  id?: string;
  name?: string;
  if?: unknown;
  uses?: string;
  with?: Record<string, unknown>;
  run?: string;
  shell?: string;
  env?: Record<string, unknown>;
  "working-directory"?: string;
  "continue-on-error"?: unknown;
}

const ACTION_KEYS = ["name", "author", "description", "inputs", "outputs", "runs", "branding"];
const INPUT_KEYS = ["description", "required", "default", "deprecationMessage"];
const OUTPUT_KEYS = ["description", "value"];
const STEP_KEYS = [
  "id",
  "name",
  "if",
  "uses",
  "with",
  "run",
  "shell",
  "env",
  "working-directory",
  "continue-on-error",
];
export const SHELLS: Record<string, (script: string) => string[]> = {
  bash: (script) => ["bash", "--noprofile", "--norc", "-eo", "pipefail", script],
  sh: (script) => ["sh", "-e", script],
};

/** A parsed template: text and expressions, ready to evaluate. */
export type Template = { text: string } | { expr: Expr; source: string };
export interface CheckedStep {
  definition: StepDefinition;
  where: string;
  name: string;
  if: Expr | null;
  env: Record<string, Template[]>;
  with: Record<string, Template[]>;
  run?: Template[];
  workingDirectory?: Template[];
  continueOnError: Template[] | boolean;
  standIn?: StandIn;
}
export interface CheckedAction {
  file: string;
  dir: string;
  inputs: Record<string, { required: boolean; default: Template[] }>;
  steps: CheckedStep[];
  outputs: Record<string, Template[]>;
}

/** Reads and checks an action.yml without running it; throws ActionDefinitionError on any mistake. */
export function checkCompositeAction(actionDir: string, standIns: StandIns = {}): CheckedAction {
  const file = join(actionDir, "action.yml");
  const raw = parse(readFileSync(file, "utf8")) as ActionFile;
  const at = (where: string) => `${file}: ${where}`;
  unknownKeys(raw, ACTION_KEYS, at("(top level)"));
  if (raw.runs?.using !== "composite") throw new ActionDefinitionError(at("runs.using"), "is not composite.");
  const inputNames = new Set(Object.keys(raw.inputs ?? {}));
  const inputs: CheckedAction["inputs"] = {};
  for (const [name, input] of Object.entries(raw.inputs ?? {})) {
    unknownKeys(input ?? {}, INPUT_KEYS, at(`inputs.${name}`));
    inputs[name] = {
      required: input?.required === true,
      default: template(input?.default ?? "", at(`inputs.${name}.default`), {
        contexts: CONTEXTS.inputDefault,
        inputs: inputNames,
        steps: [],
      }),
    };
  }
  const steps: CheckedStep[] = [];
  const ids: string[] = [];
  for (const [index, definition] of (raw.runs.steps ?? []).entries()) {
    const where = at(`runs.steps[${index}]${definition.id ? ` (id: ${definition.id})` : ""}`);
    unknownKeys(definition, STEP_KEYS, where);
    const scope: Scope = { contexts: CONTEXTS.step, inputs: inputNames, steps: [...ids] };
    if (definition.id && ids.includes(definition.id))
      throw new ActionDefinitionError(where, `id "${definition.id}" is used twice.`);
    if ((definition.run === undefined) === (definition.uses === undefined))
      throw new ActionDefinitionError(where, "needs exactly one of run: and uses:.");
    if (definition.run !== undefined && !definition.shell)
      throw new ActionDefinitionError(where, "a run: step of a composite action needs shell:.");
    if (definition.shell && !SHELLS[definition.shell])
      throw new ActionDefinitionError(
        where,
        `shell "${definition.shell}" is not one the runner here emulates.`,
      );
    let standIn: StandIn | undefined;
    if (definition.uses !== undefined) {
      const name = definition.uses.replace(/@.*$/, "");
      standIn = standIns[name];
      if (!standIn)
        throw new ActionDefinitionError(
          where,
          `uses ${definition.uses}, which has no declared stand-in (declared: ${Object.keys(standIns).join(", ") || "none"}).`,
        );
      if (!/@[\w.-]+$/.test(definition.uses))
        throw new ActionDefinitionError(where, `uses ${definition.uses} without a version (@v4 or a SHA).`);
      for (const key of Object.keys(definition.with ?? {})) {
        if (!standIn.inputs.includes(key))
          throw new ActionDefinitionError(
            where,
            `with.${key} is not an input of ${name} (${standIn.inputs.join(", ")}).`,
          );
      }
    }
    const ifSource = definition.if === undefined ? "" : String(definition.if).trim();
    const ifExpression =
      ifSource.startsWith("${{") && ifSource.endsWith("}}") ? ifSource.slice(3, -2) : ifSource;
    steps.push({
      definition,
      where,
      name:
        definition.name ??
        definition.id ??
        (definition.uses ? definition.uses : `Run ${String(definition.run).split("\n")[0]}`),
      if: ifExpression
        ? parseExpression(ifExpression, `${where}.if`, { ...scope, contexts: CONTEXTS.stepIf })
        : null,
      env: templates(definition.env, `${where}.env`, scope),
      with: templates(definition.with, `${where}.with`, scope),
      ...(definition.run !== undefined ? { run: template(definition.run, `${where}.run`, scope) } : {}),
      ...(definition["working-directory"] !== undefined
        ? { workingDirectory: template(definition["working-directory"], `${where}.working-directory`, scope) }
        : {}),
      continueOnError:
        typeof definition["continue-on-error"] === "boolean" || definition["continue-on-error"] === undefined
          ? definition["continue-on-error"] === true
          : template(definition["continue-on-error"], `${where}.continue-on-error`, scope),
      ...(standIn ? { standIn } : {}),
    });
    if (definition.id) ids.push(definition.id);
  }
  const outputs: CheckedAction["outputs"] = {};
  for (const [name, output] of Object.entries(raw.outputs ?? {})) {
    unknownKeys(output ?? {}, OUTPUT_KEYS, at(`outputs.${name}`));
    if (output?.value === undefined)
      throw new ActionDefinitionError(at(`outputs.${name}`), "a composite action's output needs value:.");
    outputs[name] = template(output.value, at(`outputs.${name}.value`), {
      contexts: CONTEXTS.output,
      inputs: inputNames,
      steps: ids,
    });
  }
  return { file, dir: actionDir, inputs, steps, outputs };
}

function template(value: unknown, where: string, scope: Scope): Template[] {
  return splitTemplate(String(value), where).map((piece) =>
    "text" in piece
      ? piece
      : { expr: parseExpression(piece.expression, where, scope), source: piece.expression },
  );
}

function templates(values: Record<string, unknown> | undefined, where: string, scope: Scope) {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([key, value]) => [key, template(value, `${where}.${key}`, scope)]),
  );
}

function unknownKeys(object: object, known: readonly string[], where: string): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key))
      throw new ActionDefinitionError(where, `unknown key "${key}" (known: ${known.join(", ")}).`);
  }
}
