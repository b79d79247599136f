export * from "./duration.js";
export * from "./load-config.js";
export * from "./parse-config.js";
export * from "./schema.js";
