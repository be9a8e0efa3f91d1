import { defineConfig } from "vitest/config";

const shared = {
  environment: "node" as const,
  testTimeout: 30_000,
  hookTimeout: 120_000,
};

// Tidies the seeded template databases the suites below copy from (test/support/template-db.ts).
const globalSetup = ["test/support/global-setup.ts"];

/**
 * Four suites: unit (pure code, no I/O), integration (*.int.test.ts, real PostgreSQL at 127.0.0.1:5432, one database
 * per test file), pglite (*.pglite.test.ts, the embedded database), e2e (e2e/*.e2e.test.ts, Chromium + axe).
 */
export default defineConfig({
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: "unit",
          include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.ts"],
          exclude: ["**/*.int.test.*", "**/*.pglite.test.*", "**/node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: "integration",
          globalSetup,
          include: ["src/**/*.int.test.{ts,tsx}", "test/**/*.int.test.ts"],
          // Two files at a time against the one PostgreSQL; a different maxWorkers needs its own group, so the
          // integration files run after the unit group instead of beside it.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: "pglite",
          globalSetup,
          // Two files at a time: each opens its own embedded database in its own DATA_DIR, and one PGlite keeps
          // one core busy, so a single worker left the second core idle (338 s for 22 files, now about half).
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
          include: ["src/**/*.pglite.test.{ts,tsx}", "test/**/*.pglite.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: "e2e",
          globalSetup,
          include: ["e2e/**/*.e2e.test.ts"],
          testTimeout: 120_000,
          // Two files at a time: each starts its own server on a free port with its own database and browser.
          maxWorkers: 2,
        },
      },
    ],
  },
});
