// dealfacts report <paths...> -o report.html: one self-contained HTML page of the record and the
// annotated sources. The work (pipeline, renderer) is loaded only when the command runs.
import type { Command } from "commander";
import { UsageError } from "./errors.js";
import { parseCommon, type ExtractCliOptions } from "./extract.js";

export interface ReportCliOptions extends ExtractCliOptions {
  output?: string;
  title?: string;
}

export function registerReport(program: Command): void {
  program
    .command("report")
    .description("Write one self-contained HTML page: the deal record with its conflicts, then every source's text with each fact highlighted and linked to the field it supports.")
    .argument("<paths...>", "files, folders (read recursively), .jsonl/.ndjson files, or - for stdin")
    .option("-o, --output <file>", "the HTML file to write (- for stdout)")
    .option("--title <text>", "the page's title (default: dealfacts report: N sources)")
    .option("--ref-date <YYYY-MM-DD>", "reference date for sources that carry no date of their own")
    .option("--type <types>", "highlight only these fact types, comma-separated (money,percent,date,org,quote,duration,quantity)")
    .option("--source <glob>", "keep only sources whose id matches GLOB (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--max-bytes <n>", "refuse files larger than this many bytes", String(64 * 1024 * 1024))
    .option("--rules <dir>", "add the rule files in DIR to the built-in rules (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .addHelpText("after", `
The page needs no network: CSS and JS are inline and a Content-Security-Policy forbids requests.
Click a type in the legend to hide its highlights; a highlighted fact's "→ field" link jumps to its
row in the record, and each claim in the record links back to its place in the text.

Examples:
  dealfacts report articles/ -o report.html && xdg-open report.html
  dealfacts report wire.txt blog.md page.html -o deal.html --title "Harbor buys Lumen"
  dealfacts report feed.jsonl --source 'reuters-*' --type money,date -o money.html`)
    .action(async (paths: string[], opts: ReportCliOptions) => {
      process.exitCode = await runReportCommand(paths, opts);
    });
}

export async function runReportCommand(paths: string[], opts: ReportCliOptions): Promise<number> {
  if (!opts.output) throw new UsageError("say where to write the page: dealfacts report <paths...> -o report.html (or -o - for stdout)");
  if (opts.output === "-" && process.stdout.isTTY) throw new UsageError("-o - would print HTML to the terminal; write a file instead: -o report.html");
  const { refDate, maxBytes } = parseCommon(opts);
  const { FACT_TYPES } = await import("../model.js");
  let types: (typeof FACT_TYPES)[number][] | undefined;
  if (opts.type) {
    types = opts.type.split(",").map((t) => t.trim()).filter(Boolean) as typeof types;
    const bad = types!.filter((t) => !FACT_TYPES.includes(t));
    if (bad.length) throw new UsageError(`unknown fact type ${bad.join(", ")}; known types: ${FACT_TYPES.join(", ")}`);
  }
  const [{ readSources }, { extractOne, Collector }, { setExtraRuleDirs }, { renderReport }, { sourceMatcher }, { safeText }, { writeFile }, { Progress }] = await Promise.all([
    import("../sources/read.js"),
    import("../pipeline/run.js"),
    import("../rules/load.js"),
    import("../render/report-html.js"),
    import("../render/select.js"),
    import("../render/safe.js"),
    import("node:fs/promises"),
    import("../render/progress.js"),
  ]);
  if (opts.rules?.length) setExtraRuleDirs(opts.rules);
  const warn = (msg: string) => process.stderr.write(`dealfacts: ${safeText(msg)}\n`);
  const keep = opts.source?.length ? sourceMatcher(opts.source.flatMap((g) => g.split(",")).filter(Boolean)) : () => true;

  const collector = new Collector(true);
  const texts = new Map<string, { raw: string; format: import("../model.js").SourceFormat }>();
  const progress = new Progress(process.stderr, { threshold: 30 });
  let read = 0;
  for await (const ev of readSources(paths, { maxBytes })) {
    if (ev.kind === "source") {
      if (!keep(ev.input.id)) continue;
      const res = extractOne(ev.input, { refDate, ...(types ? { types } : {}) });
      if (res.kind === "result") {
        read++;
        texts.set(ev.input.id, { raw: ev.input.text, format: ev.input.format });
        progress.tick(ev.input.id, res.result.facts.length);
      } else if (res.kind === "error") {
        progress.done();
        warn(`cannot read ${res.source}: ${res.reason}`);
      }
      collector.add(res);
      continue;
    }
    progress.done();
    if (ev.kind === "skip") warn(`skipped ${ev.path}: ${ev.reason}`);
    else if (ev.kind === "warn") warn(ev.message);
    else if (ev.kind === "error") {
      if (!keep(ev.source)) continue;
      warn(`cannot read ${ev.path}: ${ev.reason}`);
      collector.add(ev);
    }
  }
  progress.done();
  if (read === 0) {
    if (collector.errors.length === 0) warn(opts.source?.length ? `no readable source matches --source ${opts.source.join(",")}` : "no readable sources; name .txt, .md, .html or .jsonl files or folders that hold them");
    return 2;
  }
  const doc = collector.document();
  const html = renderReport(doc, texts, opts.title ? { title: opts.title } : {});
  if (opts.output === "-") process.stdout.write(html);
  else {
    await writeFile(opts.output, html, "utf8");
    const conflicts = doc.records.reduce((n, r) => n + Object.values(r.fields).filter((f) => f.conflict).length, 0);
    process.stderr.write(`dealfacts: wrote ${opts.output}: ${doc.sources.length} sources, ${doc.facts.length} facts, ${conflicts} conflicting field${conflicts === 1 ? "" : "s"}\n`);
  }
  return collector.errors.length ? 1 : 0;
}
