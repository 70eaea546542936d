// `dealfacts schema` is generated from the zod model; real `extract --json` output of the fixtures
// (and each `--ndjson` line) validates against it, and broken documents do not. Validator: ajv
// (draft 2020-12), a devDependency.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { Ajv2020 } from "ajv/dist/2020.js";
import { buildJsonSchema } from "../src/cli/schema.js";
import { sampleDoc } from "./render-sample.js";

const BIN = "bin/dealfacts";
const run = (args: string[]) => execFileSync("node", [BIN, ...args], { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"] });

function validator(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  return ajv.compile(schema);
}

describe("dealfacts schema", () => {
  it("prints the schema built from the model", async () => {
    const printed = JSON.parse(run(["schema"]));
    expect(printed).toEqual(await buildJsonSchema("extract"));
    expect(printed.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(printed.required).toEqual(expect.arrayContaining(["version", "sources", "facts", "record", "records", "errors"]));
  });

  it("validates real extract --json output of the fixtures", () => {
    const doc = JSON.parse(run(["extract", "fixtures/deals", "--json"]));
    expect(doc.facts.length).toBeGreaterThan(0);
    const validate = validator(JSON.parse(run(["schema"])));
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
  });

  it("validates every --ndjson line of the fixtures", () => {
    const validate = validator(JSON.parse(run(["schema", "ndjson"])));
    const lines = run(["extract", "fixtures/deals", "--ndjson"]).split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) expect(validate(JSON.parse(l)), `${l.slice(0, 200)}\n${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
  });

  it("rejects documents that break the contract", async () => {
    const validate = validator(await buildJsonSchema("extract"));
    expect(validate(sampleDoc())).toBe(true);
    const broken = (mutate: (d: ReturnType<typeof sampleDoc>) => void) => {
      const d = structuredClone(sampleDoc());
      mutate(d);
      return validate(d);
    };
    expect(broken((d) => void ((d.facts[0] as Record<string, unknown>).start = "12"))).toBe(false);
    expect(broken((d) => void delete (d.facts[0] as Record<string, unknown>).rule)).toBe(false);
    expect(broken((d) => void ((d.facts[0] as Record<string, unknown>).type = "weather"))).toBe(false);
    // per-type values: money needs an amount, a quote a speaker (null when unknown)
    expect(broken((d) => void (d.facts.find((f) => f.type === "money")!.value = { currency: "USD" }))).toBe(false);
    expect(broken((d) => void (d.facts.find((f) => f.type === "quote")!.value = { text: "x" }))).toBe(false);
    expect(broken((d) => void ((d as Record<string, unknown>).version = 2))).toBe(false);
    expect(broken((d) => void ((d.record.fields.value as Record<string, unknown>).conflict = "yes"))).toBe(false);
    expect(broken((d) => void delete (d as Record<string, unknown>).errors)).toBe(false);
  });

  it("refuses an unknown output kind with the list of kinds", () => {
    let err = "";
    try {
      run(["schema", "yaml"]);
    } catch (e) {
      err = String((e as { stderr: string }).stderr);
      expect((e as { status: number }).status).toBe(2);
    }
    expect(err).toContain("extract, ndjson, diff");
  });
});
