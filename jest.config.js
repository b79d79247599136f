import { createDefaultEsmPreset } from "ts-jest";
import { testTiers } from "./scripts/jest/test-tiers.js";

/** ESM + ts-jest, as ../shared/TOOLCHAIN.md recommends; run with NODE_OPTIONS=--experimental-vm-modules. */
const base = {
  ...createDefaultEsmPreset({ tsconfig: "tsconfig.json" }),
  testEnvironment: "node",
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
};

// Three projects (scripts/jest/test-tiers.js says how a test file is sorted): `npm test` runs all,
// `npm run test:unit` only the pure ones, `--selectProjects integration system` the rest.
const tiers = testTiers(new URL("./test", import.meta.url).pathname);
const project = (name) => ({
  ...base,
  displayName: name,
  rootDir: ".",
  testMatch: tiers[name].length > 0 ? tiers[name] : ["<rootDir>/no-tests-in-this-tier"],
});

export default {
  // testTimeout is a global option (a project's own is ignored).
  testTimeout: 60_000,
  projects: [project("unit"), project("integration"), project("system")],
};
