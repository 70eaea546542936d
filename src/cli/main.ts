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
      return 2;
    }
    const err = e as Error;
    process.stderr.write(`dealfacts: ${err?.name === "UsageError" || err?.name === "RuleError" ? "" : "internal error: "}${err?.message ?? err}\n`);
    return 2;
  }
}

const code = await main(process.argv);
process.exitCode = code;
