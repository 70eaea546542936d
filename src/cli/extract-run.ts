// The work behind `dealfacts extract`, loaded only when the command runs.
import { FACT_TYPES, type FactType } from "../model.js";
import { ndjsonOf } from "../pipeline/events.js";
import { runExtractionPooled } from "../pipeline/pool.js";
import { setExtraRuleDirs } from "../rules/load.js";
import { planOutput, progressFor } from "../render/output.js";
import { safeText, terminalSafe } from "../render/safe.js";
import { UsageError } from "./errors.js";
import { parseCommon, type ExtractCliOptions } from "./extract.js";

export async function runExtractCommand(paths: string[], opts: ExtractCliOptions): Promise<number> {
  // --format, --json, --ndjson, --source, --field, --explain (render/output.ts); sets opts.json/ndjson.
  const output = planOutput(opts);
  const { refDate, maxBytes, jobs, stdinFormat } = parseCommon(opts);
  let types: FactType[] | undefined;
  if (opts.type) {
    types = opts.type.split(",").map((t) => t.trim()).filter(Boolean) as FactType[];
    const bad = types.filter((t) => !FACT_TYPES.includes(t));
    if (bad.length) throw new UsageError(`unknown fact type ${bad.join(", ")}; known types: ${FACT_TYPES.join(", ")}`);
  }
  if (opts.rules?.length) setExtraRuleDirs(opts.rules);

  const stdout = process.stdout;
  const warn = (msg: string) => process.stderr.write(`dealfacts: ${safeText(msg)}\n`);
  // The document is built only where it is printed: streaming NDJSON keeps nothing per source (merge
  // builds the record), so memory stays flat, and a pool's main thread loads no extractor.
  const collector = opts.ndjson ? null : new (await import("../pipeline/run.js")).Collector(true);
  let errors = 0;
  let read = 0;
  const progress = progressFor(process.stderr);
  // Streaming every fact as it is: the pool's workers write the NDJSON text themselves.
  const ndjsonText = !!opts.ndjson && !output.field;
  for await (const ev of runExtractionPooled(paths, { refDate, maxBytes, types, jobs, stdinFormat, ndjsonText })) {
    if (ev.kind === "result" && !output.keepSource(ev.result.source.id)) continue;
    if (ev.kind === "error" && !output.keepSource(ev.source)) continue;
    if (ev.kind === "result") progress.tick(ev.result.source.id, ev.ndjson ? ev.ndjson.facts : ev.result.facts.length);
    if (ev.kind !== "result") progress.done();
    if (ev.kind === "skip") warn(`skipped ${ev.path}: ${ev.reason}`);
    else if (ev.kind === "warn") warn(ev.message);
    else if (ev.kind === "error") warn(`cannot read ${ev.path === ev.source ? ev.path : `${ev.source} (${ev.path})`}: ${ev.reason}`);
    else read++;
    if (ev.kind === "error") errors++;
    collector?.add(ev);
    if (opts.ndjson) {
      if (ev.kind === "result") {
        // One write per source: a source line, then its facts.
        await write(stdout, ndjsonText && ev.ndjson ? ev.ndjson.bytes : ndjsonOf(ev.result, output.keepFacts(ev.result.facts)));
      } else if (ev.kind === "error") {
        await write(stdout, JSON.stringify({ kind: "error", source: ev.source, reason: ev.reason }) + "\n");
      }
    }
  }
  progress.done();
  const status = read === 0 ? 2 : errors ? 1 : 0;
  if (read === 0 && errors === 0) warn("no sources to read");
  if (!collector) return status;
  const doc = output.select(collector.document(), warn);
  if (opts.json) {
    await write(stdout, JSON.stringify(doc, null, 2) + "\n");
    return status;
  }
  const text = output.render(doc, stdout);
  // CSV and Markdown keep the sources' exact text for programs; at a terminal, escape its controls.
  await write(stdout, stdout.isTTY && output.format !== "table" ? terminalSafe(text) : text);
  return status;
}

/** Write with back-pressure; a closed pipe (`| head`) ends quietly. */
export function write(stream: NodeJS.WritableStream, s: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    const ok = stream.write(s, () => {});
    if (ok) resolve();
    else stream.once("drain", resolve);
  });
}
