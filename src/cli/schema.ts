// dealfacts schema: the JSON Schema of what dealfacts prints, generated from the zod schemas in
// src/model.ts that the code itself is typed by, so the schema and the output cannot drift apart.
import type { Command } from "commander";
import type { ZodType } from "zod";
import { UsageError } from "./errors.js";

export const SCHEMA_KINDS = ["extract", "ndjson", "diff"] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/** JSON Schema (draft 2020-12) of `extract --json` (or of one `--ndjson` line, or of `diff --json`). */
export async function buildJsonSchema(kind: SchemaKind = "extract"): Promise<Record<string, unknown>> {
  const { z } = await import("zod");
  const m = await import("../model.js");
  const toJson = (s: ZodType) => z.toJSONSchema(s, { target: "draft-2020-12", io: "output", unrepresentable: "any" }) as Record<string, unknown>;
  const strip = (s: Record<string, unknown>) => {
    const { $schema: _, ...rest } = s;
    return rest;
  };
  // Fact.value is a record in the model (any type's value); here each type's value is checked
  // against its own schema (MoneyValue for money, ...), still generated from the model.
  const VALUE: Record<string, ZodType> = {
    money: m.MoneyValue, percent: m.PercentValue, date: m.DateValue, org: m.OrgValue,
    quote: m.QuoteValue, duration: m.DurationValue, quantity: m.QuantityValue,
  };
  const byType = m.FACT_TYPES.filter((t) => VALUE[t]).map((t) => ({
    if: { properties: { type: { const: t } }, required: ["type"] },
    then: { properties: { value: strip(toJson(VALUE[t]!)) } },
  }));
  const withValues = (fact: Record<string, unknown>) => ({ ...fact, allOf: byType });

  const head = (title: string, description: string) => ({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://dealfacts.invalid/schema/${kind}.json`,
    title,
    description,
  });

  if (kind === "diff") {
    return { ...head("dealfacts diff --json", "One deal field as every source states it: the record's entry plus field and silent."), ...strip(toJson(m.DiffDocument)) };
  }
  const fact = withValues(strip(toJson(m.Fact)));
  if (kind === "ndjson") {
    const kindProp = (k: string) => ({ properties: { kind: { const: k } }, required: ["kind"] });
    const line = (k: string, s: Record<string, unknown>) => ({ ...s, allOf: [...((s.allOf as unknown[]) ?? []), kindProp(k)] });
    return {
      ...head("dealfacts extract --ndjson (one line)", "Each line is one JSON object: a source entry, a fact, or an error, told apart by kind."),
      oneOf: [line("source", strip(toJson(m.SourceEntry))), line("fact", fact), line("error", strip(toJson(m.ErrorEntry)))],
    };
  }
  const doc = strip(toJson(m.ExtractDocument)) as { properties: Record<string, Record<string, unknown>> };
  doc.properties.facts = { type: "array", items: fact };
  return { ...head("dealfacts extract --json", "The document `dealfacts extract --json` prints: sources, facts, the deal record(s) and errors."), ...doc };
}

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("Print the JSON Schema (draft 2020-12) of dealfacts' JSON output, generated from the code's own types.")
    .argument("[output]", `which output: ${SCHEMA_KINDS.join(", ")} (extract: the --json document; ndjson: one --ndjson line; diff: diff --json)`, "extract")
    .addHelpText("after", `
Examples:
  dealfacts schema > dealfacts.schema.json        the schema of extract --json
  dealfacts schema ndjson                         the schema of one extract --ndjson line
  dealfacts extract articles/ --json > out.json && npx ajv-cli validate --spec=draft2020 -s dealfacts.schema.json -d out.json`)
    .action(async (output: string) => {
      if (!(SCHEMA_KINDS as readonly string[]).includes(output)) throw new UsageError(`dealfacts schema takes one of ${SCHEMA_KINDS.join(", ")}, not ${JSON.stringify(output)}`);
      process.stdout.write(JSON.stringify(await buildJsonSchema(output as SchemaKind), null, 2) + "\n");
    });
}
