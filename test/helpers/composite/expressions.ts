/**
 * `${{ }}` as the runner evaluates it, with GitHub's own evaluator (@actions/expressions: Lexer →
 * Parser → Evaluator) — and stricter than GitHub where GitHub is silent: a name the action does not
 * declare (`inputs.dat`, `steps.engin`, `github.tokn`, an output a step that succeeded never wrote)
 * is an error here instead of an empty string, so a typo in an action.yml fails a test.
 */
import { data, Evaluator, type Expr, Lexer, Parser } from "@actions/expressions";
import { ContextAccess, FunctionCall, IndexAccess, Literal } from "@actions/expressions/ast";
import { truthy } from "@actions/expressions/result";

/** A mistake in an action definition, with where it is (e.g. `runs.steps[2].env.INPUT_DATA`). */
export class ActionDefinitionError extends Error {
  constructor(where: string, detail: string) {
    super(`${where}: ${detail}`);
    this.name = "ActionDefinitionError";
  }
}

/** What a run knows: which contexts exist in a place, and what names they hold. */
export interface Scope {
  contexts: readonly string[];
  inputs: ReadonlySet<string>;
  /** Step ids that may be referenced from here (the earlier steps, or all for outputs). */
  steps: readonly string[];
}

/** GitHub's documented `github` and `runner` context properties. */
export const GITHUB_KEYS = [
  "action",
  "action_path",
  "action_ref",
  "action_repository",
  "action_status",
  "actor",
  "actor_id",
  "api_url",
  "base_ref",
  "env",
  "event",
  "event_name",
  "event_path",
  "graphql_url",
  "head_ref",
  "job",
  "path",
  "ref",
  "ref_name",
  "ref_protected",
  "ref_type",
  "repository",
  "repository_id",
  "repository_owner",
  "repository_owner_id",
  "repositoryUrl",
  "retention_days",
  "run_id",
  "run_number",
  "run_attempt",
  "secret_source",
  "server_url",
  "sha",
  "token",
  "triggering_actor",
  "workflow",
  "workflow_ref",
  "workflow_sha",
  "workspace",
] as const;
export const RUNNER_KEYS = ["name", "os", "arch", "temp", "tool_cache", "debug", "environment"] as const;
const STEP_KEYS = ["outputs", "outcome", "conclusion"];

/** Contexts by place, as GitHub's "context availability" table lists them for composite actions. */
export const CONTEXTS = {
  inputDefault: ["github", "needs", "strategy", "matrix", "job", "runner"],
  stepIf: ["github", "needs", "strategy", "matrix", "steps", "job", "runner", "env", "inputs"],
  step: ["github", "needs", "strategy", "matrix", "steps", "job", "runner", "env", "inputs"],
  output: ["github", "needs", "strategy", "matrix", "steps", "inputs"],
} as const;

const STATUS_FUNCTIONS = ["success", "failure", "always", "cancelled"];
const EXTENSION_FUNCTIONS = [
  ...STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
  { name: "hashFiles", minArgs: 1, maxArgs: 255 },
];

export type Piece = { text: string } | { expression: string };

/** Splits "a-${{ x }}-b" into text and expressions; a `}}` inside a quoted string does not end one. */
export function splitTemplate(template: string, where: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (;;) {
    const start = template.indexOf("${{", at);
    if (start < 0) break;
    if (start > at) pieces.push({ text: template.slice(at, start) });
    let i = start + 3;
    let quoted = false;
    for (; i < template.length; i++) {
      if (template[i] === "'") quoted = !quoted;
      else if (!quoted && template.startsWith("}}", i)) break;
    }
    if (i >= template.length)
      throw new ActionDefinitionError(where, `"\${{" is never closed in ${JSON.stringify(template)}.`);
    pieces.push({ expression: template.slice(start + 3, i).trim() });
    at = i + 2;
  }
  if (at < template.length) pieces.push({ text: template.slice(at) });
  return pieces;
}

/** Parses one expression, and checks every name it reads against the scope. */
export function parseExpression(source: string, where: string, scope: Scope): Expr {
  let expr: Expr;
  try {
    expr = new Parser(new Lexer(source).lex().tokens, [...scope.contexts], EXTENSION_FUNCTIONS).parse();
  } catch (error) {
    throw new ActionDefinitionError(where, `${(error as Error).message} in "${source}".`);
  }
  for (const path of accessPaths(expr)) checkPath(path, where, source, scope);
  return expr;
}

/** The literal access chains in an expression: `steps.engine.outputs.prefix` → [steps, engine, outputs, prefix]. */
export function accessPaths(expr: Expr): string[][] {
  const found: string[][] = [];
  const visit = (node: Expr): void => {
    if (node instanceof ContextAccess || node instanceof IndexAccess) {
      const chain: Expr[] = [];
      let current: Expr = node;
      while (current instanceof IndexAccess) {
        chain.unshift(current.index);
        current = current.expr;
      }
      if (current instanceof ContextAccess) {
        const path = [current.name.lexeme];
        for (const index of chain) {
          if (!(index instanceof Literal) || index.literal.kind !== data.Kind.String) break;
          path.push(index.literal.coerceString());
        }
        found.push(path);
      } else visit(current);
      for (const index of chain) visit(index);
      return;
    }
    for (const child of children(node)) visit(child);
  };
  visit(expr);
  return found;
}

function children(node: Expr): Expr[] {
  if (node instanceof FunctionCall) return node.args;
  const n = node as unknown as { left?: Expr; right?: Expr; args?: Expr[]; expr?: Expr; group?: Expr };
  return [n.left, n.right, ...(n.args ?? []), n.expr, n.group].filter((c): c is Expr => c !== undefined);
}

function checkPath(path: string[], where: string, source: string, scope: Scope): void {
  const [context, name, property] = path;
  const fail = (detail: string) => {
    throw new ActionDefinitionError(where, `${detail} (in "${source}").`);
  };
  const known = (list: readonly string[], value: string) =>
    list.some((item) => item.toLowerCase() === value.toLowerCase());
  if (name === undefined) return;
  if (context === "inputs" && !known([...scope.inputs], name))
    fail(`inputs.${name} is not an input of this action (inputs: ${[...scope.inputs].join(", ") || "none"})`);
  if (context === "steps") {
    if (!known(scope.steps, name))
      fail(`steps.${name} is not the id of an earlier step (ids: ${scope.steps.join(", ") || "none"})`);
    if (property !== undefined && !known(STEP_KEYS, property))
      fail(`steps.${name}.${property}: a step has ${STEP_KEYS.join(", ")}`);
  }
  if (context === "github" && !known(GITHUB_KEYS, name))
    fail(`github.${name} is not a github context property`);
  if (context === "runner" && !known(RUNNER_KEYS, name))
    fail(`runner.${name} is not a runner context property`);
}

/** A mapping that refuses a key it does not hold, instead of answering null as GitHub would. */
export class StrictDictionary extends data.Dictionary {
  constructor(
    private readonly label: string,
    values: Record<string, data.ExpressionData>,
  ) {
    super(...Object.entries(values).map(([key, value]) => ({ key, value })));
  }

  override get(key: string): data.ExpressionData | undefined {
    const value = super.get(key);
    if (value === undefined) {
      const keys = this.pairs().map((pair) => pair.key);
      throw new Error(
        `${this.label}.${key} does not exist (${this.label} has: ${keys.join(", ") || "nothing"})`,
      );
    }
    return value;
  }
}

/** Plain JSON as expression data, with GitHub's reviver. */
export function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

/** The status functions, answered from the composite run so far. */
export function statusFunctions(failed: () => boolean) {
  const fn = (name: string, call: () => boolean) => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(call()),
  });
  return new Map([
    ["success", fn("success", () => !failed())],
    ["failure", fn("failure", failed)],
    ["always", fn("always", () => true)],
    ["cancelled", fn("cancelled", () => false)],
    [
      "hashfiles",
      {
        name: "hashFiles",
        minArgs: 1,
        maxArgs: 255,
        call: (): data.ExpressionData => {
          throw new Error("hashFiles() is not emulated by the composite runner");
        },
      },
    ],
  ]);
}

export function evaluateExpr(
  expr: Expr,
  context: data.Dictionary,
  functions: ReturnType<typeof statusFunctions>,
  where: string,
): data.ExpressionData {
  try {
    return new Evaluator(expr, context, functions).evaluate();
  } catch (error) {
    throw new ActionDefinitionError(where, (error as Error).message);
  }
}

/** A value as the runner writes it into a string: null → "", objects as JSON. */
export function asString(value: data.ExpressionData): string {
  if (value.kind === data.Kind.Dictionary || value.kind === data.Kind.Array)
    return JSON.stringify(value, data.replacer, 2);
  return value.coerceString();
}

export function isTruthy(value: data.ExpressionData): boolean {
  return truthy(value);
}

/** Whether an `if:` uses a status function (otherwise GitHub adds `success() &&`). */
export function usesStatusFunction(expr: Expr): boolean {
  if (expr instanceof FunctionCall && STATUS_FUNCTIONS.includes(expr.functionName.lexeme.toLowerCase()))
    return true;
  return (
    children(expr).some(usesStatusFunction) || (expr instanceof IndexAccess && usesStatusFunction(expr.index))
  );
}
