/**
 * GitHub's published REST description (@octokit/openapi) as the one contract for every suite's
 * GitHub double: every request must name an operation GitHub has (path and method), use only its
 * query parameters with values its enums allow, and send a body its schema accepts — with unknown
 * body fields refused, since GitHub ignores them silently and a typo would pass unseen. The
 * double's answers are checked against the response schemas too (a success status GitHub does not
 * document for the operation is a problem), so the code is tested against the shapes GitHub sends.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ZodType, z } from "zod";

type Json = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: example payloads are edited freely as JSON.
type AnyJson = any;

export interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  /** The path parameters in template order, with the type and values GitHub documents. */
  pathParams: { name: string; type: string | null; enum: unknown[] | null }[];
  operationId: string;
  query: Map<string, { required: boolean; enum: unknown[] | null }>;
  body: Json | null;
  bodyRequired: boolean;
  responses: Record<string, Json | null>;
}

let spec: Json | undefined;
let operations: Operation[] | undefined;

function load(): { spec: Json; operations: Operation[] } {
  if (spec && operations) return { spec, operations };
  const file = join(process.cwd(), "node_modules/@octokit/openapi/generated/api.github.com.json");
  spec = JSON.parse(readFileSync(file, "utf8")) as Json;
  const loaded: Operation[] = [];
  for (const [template, item] of Object.entries(spec.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const parameters = ((op.parameters as Json[] | undefined) ?? []).map((p) => resolve(p) as Json);
      const query = new Map<string, { required: boolean; enum: unknown[] | null }>();
      const multi = new Set<string>();
      const pathSchemas = new Map<string, Json>();
      for (const parameter of parameters) {
        if (parameter.in === "path")
          pathSchemas.set(String(parameter.name), (resolve(parameter.schema) as Json | undefined) ?? {});
        const values = (resolve(parameter.schema) as Json | undefined)?.enum;
        if (parameter.in === "query")
          query.set(String(parameter.name), {
            required: parameter.required === true,
            enum: Array.isArray(values) ? values : null,
          });
        if (parameter.in === "path" && parameter["x-multi-segment"]) multi.add(String(parameter.name));
      }
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
          return multi.has(name) ? "(.+)" : "([^/]+)";
        })
        .join("");
      const requestBody = op.requestBody ? (resolve(op.requestBody) as Json) : null;
      const content = (requestBody?.content as Record<string, Json> | undefined)?.["application/json"];
      const responses: Record<string, Json | null> = {};
      for (const [status, response] of Object.entries((op.responses as Record<string, Json>) ?? {})) {
        const resolved = resolve(response) as Json;
        const json = (resolved.content as Record<string, Json> | undefined)?.["application/json"];
        responses[status] = json?.schema ? (json.schema as Json) : null;
      }
      loaded.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        pathParams: [...template.matchAll(/\{([^}]+)\}/g)].map(([, name]) => {
          const schema = pathSchemas.get(name!) ?? {};
          return {
            name: name!,
            type: typeof schema.type === "string" ? schema.type : null,
            enum: Array.isArray(schema.enum) ? schema.enum : null,
          };
        }),
        operationId: String(op.operationId),
        query,
        body: content?.schema ? (content.schema as Json) : null,
        bodyRequired: requestBody?.required === true,
        responses,
      });
    }
  }
  // Literal segments before parameters: /repos/{o}/{r}/pulls/comments beats /repos/{o}/{r}/pulls/{n}.
  loaded.sort((a, b) => literalLength(b.template) - literalLength(a.template));
  operations = loaded;
  return { spec, operations };
}

function literalLength(template: string): number {
  return template.replace(/\{[^}]+\}/g, "").length;
}

function resolve(node: unknown): unknown {
  if (!node || typeof node !== "object") return node;
  const ref = (node as Json).$ref;
  if (typeof ref !== "string") return node;
  const path = ref.replace(/^#\//, "").split("/");
  let target: unknown = spec;
  for (const key of path) target = (target as Json)[key];
  return resolve(target);
}

/** Inlines every $ref; with `strict`, objects that do not say otherwise refuse unknown properties. */
function inline(node: unknown, strict: boolean, depth = 0): unknown {
  if (depth > 40) return {};
  if (Array.isArray(node)) return node.map((item) => inline(item, strict, depth + 1));
  if (!node || typeof node !== "object") return node;
  const resolved = resolve(node) as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(resolved)) {
    if (key === "description" || key === "examples" || key === "example") continue;
    out[key] =
      key === "properties"
        ? mapValues(value as Json, (v) => inline(v, strict, depth + 1))
        : inline(value, strict, depth + 1);
  }
  if (strict && out.type === "object" && out.properties && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

function mapValues(object: Json, fn: (value: unknown) => unknown): Json {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value)]));
}

const validators = new Map<string, ZodType>();

function validator(key: string, schema: Json, strict: boolean): ZodType {
  let found = validators.get(key);
  if (!found) {
    found = z.fromJSONSchema(inline(schema, strict) as Parameters<typeof z.fromJSONSchema>[0], {
      defaultTarget: "openapi-3.0",
    });
    validators.set(key, found);
  }
  return found;
}

export interface ContractRequest {
  method: string;
  /** Without the /api/v3 prefix of GitHub Enterprise. */
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export function findOperation(method: string, path: string): Operation | undefined {
  const { operations } = load();
  return operations.find((op) => op.method === method && op.pattern.test(path));
}

/** Problems with a request, in words; empty when GitHub would take it. */
export function requestProblems(request: ContractRequest): string[] {
  const op = findOperation(request.method, request.path);
  if (!op) return [`${request.method} ${request.path}: GitHub's REST API has no such operation`];
  const where = `${request.method} ${request.path} (${op.operationId})`;
  const problems: string[] = [];
  const values = (op.pattern.exec(request.path) ?? []).slice(1);
  op.pathParams.forEach((param, i) => {
    const value = decodeURIComponent(values[i] ?? "");
    if (param.type === "integer" && !/^\d+$/.test(value))
      problems.push(`${where}: path parameter {${param.name}} "${value}" is not an integer`);
    if (param.enum && !param.enum.map(String).includes(value))
      problems.push(
        `${where}: path parameter {${param.name}} "${value}" is not one of ${param.enum.join(", ")}`,
      );
  });
  for (const [name, value] of Object.entries(request.query)) {
    const declared = op.query.get(name);
    if (!declared) problems.push(`${where}: unknown query parameter "${name}"`);
    else if (declared.enum && !declared.enum.map(String).includes(value))
      problems.push(`${where}: query ${name}=${value} is not one of ${declared.enum.join(", ")}`);
  }
  for (const [name, { required }] of op.query) {
    if (required && !(name in request.query)) problems.push(`${where}: missing query parameter "${name}"`);
  }
  if (request.body === undefined) {
    if (op.bodyRequired) problems.push(`${where}: the request needs a body`);
    return problems;
  }
  if (!op.body) return [...problems, `${where}: this operation takes no JSON body`];
  const result = validator(`req ${op.method} ${op.template}`, op.body, true).safeParse(request.body);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push(`${where}: body.${issue.path.join(".")}: ${issue.message}`);
  }
  return problems;
}

/** Problems with a response the double sends, against the documented schema of that status. */
export function responseProblems(method: string, path: string, status: number, body: unknown): string[] {
  const op = findOperation(method, path);
  if (!op) return [];
  if (status < 300 && !(String(status) in op.responses))
    return [`${method} ${path} → ${status} (${op.operationId}): GitHub does not document this status`];
  const schema = op.responses[String(status)];
  if (!schema || body === undefined) return [];
  const result = validator(`res ${op.method} ${op.template} ${status}`, schema, false).safeParse(body);
  if (result.success) return [];
  return result.error.issues
    .slice(0, 10)
    .map(
      (issue) =>
        `${method} ${path} → ${status} (${op.operationId}): ${issue.path.join(".")}: ${issue.message}`,
    );
}

/** Problems of a value against one of the description's component schemas (a webhook payload's). */
export function schemaProblems(component: string, value: unknown): string[] {
  const { spec } = load();
  const schema = ((spec.components as Json).schemas as Record<string, Json>)[component];
  if (!schema) return [`no component schema "${component}"`];
  const result = validator(`schema ${component}`, schema, false).safeParse(value);
  if (result.success) return [];
  return result.error.issues
    .slice(0, 10)
    .map((issue) => `${component}.${issue.path.join(".")}: ${issue.message}`);
}

/** GitHub's own example REST payload (components.examples), a deep copy to fill in. */
export function restExample(name: string): AnyJson {
  const { spec } = load();
  const found = ((spec.components as Json).examples as Record<string, Json>)[name];
  if (!found) throw new Error(`@octokit/openapi has no example "${name}"`);
  return structuredClone(found.value);
}
