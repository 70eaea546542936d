// The command line: one root command, one module per subcommand, loaded only when it runs, so
// `dealfacts --help` and `--version` load no NLP model.
import { Command, CommanderError } from "commander";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { registerExtract } from "./extract.js";
import { registerDiff } from "./diff.js";
import { registerMerge } from "./merge.js";
import { registerFields } from "./fields.js";
import { registerSchema } from "./schema.js";
import { registerReport } from "./report.js";
import { setFlagsFromString } from "node:v8";

// A run of the CLI is short and its hot functions are large: TurboFan's inlining made compiling
// them cost about as much CPU as the work they do on a 10 MB corpus (4 s of background compiling
// against about 5 s of extraction, traced with --trace-opt), paid again by every worker thread.
// Without inlining, --jobs 1 uses about 8% less CPU for the same wall time, and --jobs 2, where the
// compiling competes with the workers for the cores, finishes about 8% sooner (npm run bench, and
// five interleaved runs of each). Flags are process-wide, so the workers get it too; the CLI sets it
// here, before any extractor is compiled, and a library user's process is left alone.
// DEALFACTS_V8_INLINING=1 keeps V8's default.
if (process.env.DEALFACTS_V8_INLINING !== "1") setFlagsFromString("--no-turbo-inlining");

const pkg = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "..", "package.json"), "utf8")) as { version: string };

export function buildProgram(): Command {
  const program = new Command("dealfacts")
    .description("Extract the facts of a business deal from news articles, with exact provenance, and show where the sources disagree.")
    .version(pkg.version, "-V, --version", "print the version")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride();
  registerExtract(program);
  registerDiff(program);
  registerMerge(program);
  registerFields(program);
  registerReport(program);
  registerSchema(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      writeJsonFailure(argv, e.message.replace(/^error: /, ""));
      return 2;
    }
    const err = e as Error;
    const message = `${err?.name === "UsageError" || err?.name === "RuleError" ? "" : "internal error: "}${err?.message ?? err}`;
    process.stderr.write(`dealfacts: ${message}\n`);
    writeJsonFailure(argv, message);
    return 2;
  }
}

/**
 * A program reading `--json` gets one JSON document whatever the exit status, so a usage error
 * (raised before anything is written) still yields a valid document that says why in `errors`.
 */
function writeJsonFailure(argv: string[], reason: string): void {
  const args = argv.slice(2);
  const json = args.includes("--json") || args.some((a, i) => (a === "--format" && args[i + 1] === "json") || a === "--format=json");
  if (!json) return;
  const errors = [{ source: "(command line)", reason }];
  const command = args.find((a) => !a.startsWith("-"));
  const doc =
    command === "diff"
      ? { field: null, value: null, text: null, sources: [], conflict: false, claims: [], silent: [], errors }
      : { version: 1, sources: [], facts: [], record: { parties: [], fields: {} }, records: [], errors };
  process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
}

// `dealfacts ... | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    throw err;
  });
}

const code = await main(process.argv);
process.exitCode = code;
