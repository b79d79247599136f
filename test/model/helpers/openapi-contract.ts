/**
 * GitHub's published REST description (@octokit/openapi) as the contract for our API doubles:
 * every request our client makes must be an operation GitHub documents, with documented query
 * parameters, and every response the double gives must fit the documented schema. A small
 * OpenAPI 3.0 schema check ($ref, nullable, type, required, properties, items, enum, allOf,
 * anyOf, oneOf) is enough for these payloads.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is walked generically.
type Json = any;
const api: Json = require("@octokit/openapi/generated/api.github.com.json");

export interface Operation {
  template: string;
  operation: Json;
}

export function findOperation(method: string, path: string): Operation | null {
  for (const [template, item] of Object.entries<Json>(api.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    const operation = item[method.toLowerCase()];
    if (operation && pattern.test(path)) return { template, operation };
  }
  return null;
}

function resolve(node: Json): Json {
  let current = node;
  while (current?.$ref) {
    current = String(current.$ref)
      .replace(/^#\//, "")
      .split("/")
      .reduce((at: Json, key: string) => at[key], api);
  }
  return current;
}

/** Query parameters not declared for the operation, or with a value outside the declared enum. */
export function queryProblems(operation: Json, query: URLSearchParams): string[] {
  const declared = new Map<string, Json>();
  for (const parameter of (operation.parameters ?? []).map(resolve)) {
    if (parameter.in === "query") declared.set(parameter.name, parameter.schema);
  }
  const problems: string[] = [];
  for (const [name, value] of query) {
    const schema = declared.get(name);
    if (!schema) problems.push(`query parameter "${name}" is not documented`);
    else if (schema.enum && !schema.enum.includes(value))
      problems.push(`${name}=${value} is not one of ${schema.enum}`);
  }
  return problems;
}

export function documentedStatuses(operation: Json): string[] {
  return Object.keys(operation.responses);
}

/** Problems of a JSON body against the documented schema of `status`. */
export function responseProblems(operation: Json, status: number, body: unknown): string[] {
  const response = resolve(operation.responses[String(status)]);
  if (!response) return [`status ${status} is not documented`];
  const schema = response.content?.["application/json"]?.schema;
  return schema ? check(schema, body, "body") : [];
}

function check(node: Json, value: unknown, at: string): string[] {
  const schema = resolve(node);
  if (value === null)
    return schema.nullable || schema.type === undefined ? [] : [`${at}: null is not allowed`];
  if (schema.allOf) return schema.allOf.flatMap((part: Json) => check(part, value, at));
  for (const key of ["anyOf", "oneOf"]) {
    if (schema[key]) {
      const fits = schema[key].some((part: Json) => check(part, value, at).length === 0);
      return fits ? [] : [`${at}: fits none of ${key}`];
    }
  }
  if (schema.enum && !schema.enum.includes(value))
    return [`${at}: ${JSON.stringify(value)} is not one of ${schema.enum}`];
  switch (schema.type) {
    case "object": {
      if (typeof value !== "object" || Array.isArray(value)) return [`${at}: expected an object`];
      const record = value as Record<string, unknown>;
      const problems = (schema.required ?? [])
        .filter((key: string) => !(key in record))
        .map((key: string) => `${at}.${key}: required but missing`);
      for (const [key, inner] of Object.entries(schema.properties ?? {})) {
        if (key in record) problems.push(...check(inner, record[key], `${at}.${key}`));
      }
      return problems;
    }
    case "array":
      return Array.isArray(value)
        ? value.flatMap((item, i) => check(schema.items ?? {}, item, `${at}[${i}]`))
        : [`${at}: expected an array`];
    case "integer":
      return Number.isInteger(value) ? [] : [`${at}: expected an integer`];
    case "number":
      return typeof value === "number" ? [] : [`${at}: expected a number`];
    case "string":
      return typeof value === "string" ? [] : [`${at}: expected a string`];
    case "boolean":
      return typeof value === "boolean" ? [] : [`${at}: expected a boolean`];
    default:
      return [];
  }
}

/** GitHub's own example payload for a component example name. */
export function example<T = Json>(name: string): T {
  return structuredClone(api.components.examples[name].value) as T;
}
