// dealfacts fields: the deal fields the rules define (rules/fields.json and any --rules folder).
import type { Command } from "commander";

export function registerFields(program: Command): void {
  program
    .command("fields")
    .description("List the deal fields the rules define, with the fact types each takes.")
    .option("--json", "print them as JSON, with the ids of their cue rules")
    .option("--rules <dir>", "add the rule files in DIR to the built-in rules (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .action(async (opts: { json?: boolean; rules?: string[] }) => {
      if (opts.rules?.length) (await import("../rules/load.js")).setExtraRuleDirs(opts.rules);
      const { runFields } = await import("../merge/commands.js");
      process.exitCode = runFields(opts);
    });
}
