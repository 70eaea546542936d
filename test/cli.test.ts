// The command line's contract at its edges: a JSON reader always gets JSON, a closed pipe is not a
// crash, and --version stays cheap (no NLP model loaded).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const bin = join(import.meta.dirname, "..", "bin", "dealfacts");
const run = (args: string[], opts: { input?: string } = {}) => spawnSync("node", [bin, ...args], { encoding: "utf8", input: opts.input ?? "" });

describe("--json stays one JSON document, whatever the exit status", () => {
  it("a bad option value gives status 2, a message on stderr and a document with the reason", () => {
    const r = run(["extract", "--json", "--ref-date", "2025-13-45", "fixtures/deals/harbor-lumen"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--ref-date/);
    const doc = JSON.parse(r.stdout);
    expect(doc.facts).toEqual([]);
    expect(doc.errors[0].reason).toMatch(/--ref-date/);
  });
  it("an unknown option is a usage error with a JSON document too", () => {
    const r = run(["extract", "--json", "--no-such-option", "x"]);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).errors[0].reason).toMatch(/unknown option/);
  });
  it("without --json nothing but the message is printed", () => {
    const r = run(["extract", "--ref-date", "yesterday", "x"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
  });
});

describe("pipes and start-up", () => {
  it("a reader that closes the pipe early (| head -1) ends the run quietly", () => {
    const r = spawnSync("sh", ["-c", `node ${bin} extract --help | head -1; node ${bin} extract fixtures/deals --ndjson | head -1`], { encoding: "utf8" });
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|Error:/);
    expect(r.stdout.split("\n")[0]).toMatch(/^Usage: dealfacts extract/);
  });
  it("--version prints the package version", () => {
    const r = run(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
