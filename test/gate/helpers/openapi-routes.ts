/**
 * GitHub's REST description as the contract for the gate's API doubles. Builds on the checks in
 * test/model/helpers/openapi-contract.ts, adding what the gate's routes need: path parameters that
 * may hold slashes ({path} of contents, {ref} of git refs), and request bodies of POST routes.
 */
import { createRequire } from "node:module";
import {
  findOperation,
  type Operation,
  example as typedExample,
} from "../../model/helpers/openapi-contract.js";

export { queryProblems, responseProblems } from "../../model/helpers/openapi-contract.js";
export type { Operation };

const require = createRequire(import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is walked generically.
type Json = any;
const api: Json = require("@octokit/openapi/generated/api.github.com.json");

/** GitHub's own example payload, to be spread and filled in. */
export function example(name: string): Json {
  return typedExample<Json>(name);
}

/** Parameters GitHub documents as taking a slash-separated value. */
const GREEDY = new Set(["{path}", "{ref}"]);

export function findRoute(method: string, path: string): Operation | null {
  const found = findOperation(method, path);
  if (found) return found;
  for (const [template, item] of Object.entries<Json>(api.paths)) {
    const operation = item[method.toLowerCase()];
    if (!operation || ![...GREEDY].some((name) => template.includes(name))) continue;
    const pattern = new RegExp(
      `^${template.replace(/\{[^}]+\}/g, (name) => (GREEDY.has(name) ? ".+" : "[^/]+"))}$`,
    );
    if (pattern.test(path)) return { template, operation };
  }
  return null;
}

/** Problems of a JSON request body against the documented request schema (required keys, enums, types). */
export function requestBodyProblems(operation: Json, body: unknown): string[] {
  const schema = operation.requestBody?.content?.["application/json"]?.schema;
  if (!schema) return body === undefined ? [] : ["a body was sent to a route that takes none"];
  return check(schema, body, "request");
}

/** Problems of a value against a named component schema (e.g. a webhook payload's). */
export function schemaProblems(component: string, value: unknown): string[] {
  const schema = api.components.schemas[component];
  if (!schema) return [`no component schema "${component}"`];
  return check(schema, value, component);
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

function check(node: Json, value: unknown, at: string): string[] {
  const schema = resolve(node);
  if (value === null) return schema.nullable ? [] : [`${at}: null is not allowed`];
  for (const key of ["anyOf", "oneOf"]) {
    if (schema[key]) {
      return schema[key].some((part: Json) => check(part, value, at).length === 0)
        ? []
        : [`${at}: fits none of ${key}`];
    }
  }
  if (schema.enum && !schema.enum.includes(value))
    return [`${at}: ${JSON.stringify(value)} is not one of ${schema.enum}`];
  if (schema.type === "object" || schema.properties) {
    if (typeof value !== "object" || Array.isArray(value)) return [`${at}: expected an object`];
    const record = value as Record<string, unknown>;
    const problems: string[] = (schema.required ?? [])
      .filter((key: string) => !(key in record))
      .map((key: string) => `${at}.${key}: required but missing`);
    for (const key of Object.keys(record)) {
      const inner = schema.properties?.[key];
      if (inner) problems.push(...check(inner, record[key], `${at}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${at}.${key}: not a documented field`);
    }
    return problems;
  }
  if (schema.type === "array") {
    return Array.isArray(value)
      ? value.flatMap((item, i) => check(schema.items ?? {}, item, `${at}[${i}]`))
      : [`${at}: expected an array`];
  }
  if (schema.type === "string" && typeof value !== "string") return [`${at}: expected a string`];
  if (schema.type === "integer" && !Number.isInteger(value)) return [`${at}: expected an integer`];
  if (schema.type === "boolean" && typeof value !== "boolean") return [`${at}: expected a boolean`];
  return [];
}
