import { createDefaultEsmPreset } from "ts-jest";

/** ESM + ts-jest, as ../shared/TOOLCHAIN.md recommends; run with NODE_OPTIONS=--experimental-vm-modules. */
export default {
  ...createDefaultEsmPreset({ tsconfig: "tsconfig.json" }),
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  testTimeout: 60_000,
};
