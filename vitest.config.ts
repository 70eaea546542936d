import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The integration tests run the CLI over the fixtures; on a loaded machine several took 45-90 s.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
