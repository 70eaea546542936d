// The HTML report in a real browser: headless Chromium from the system (Debian's `chromium`,
// installed by .ci/run) driven by playwright-core; playwright's own browsers are never downloaded.
// Without Chromium this test fails loudly; set DEALFACTS_SKIP_BROWSER=1 to skip it on purpose.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { renderReport } from "../src/render/report-html.js";
import { sampleDoc, sampleTexts } from "./render-sample.js";

const SKIP = process.env.DEALFACTS_SKIP_BROWSER === "1";

function findChromium(): string {
  for (const name of ["chromium", "chromium-browser"]) {
    const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  throw new Error("chromium not found: install it (apt-get install -y chromium; .ci/run does) or set DEALFACTS_SKIP_BROWSER=1 to skip the browser test");
}

describe.skipIf(SKIP)("report in headless Chromium", () => {
  let browser: BrowserContext;
  let page: Page;
  let work: string;

  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    work = mkdtempSync(join(tmpdir(), "dealfacts-report-"));
    // A fresh profile each run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(join(work, "profile"), {
      executablePath: findChromium(),
      headless: true,
      viewport: { width: 1200, height: 900 },
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Open a page and record any request that would leave the machine. */
  async function open(file: string): Promise<string[]> {
    const requests: string[] = [];
    page.removeAllListeners("request");
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href);
    return requests;
  }

  async function marksPerType(): Promise<Record<string, number>> {
    return page.evaluate(() => {
      const seen: Record<string, Set<string>> = {};
      document.querySelectorAll("mark.fact").forEach((m) => {
        const el = m as HTMLElement;
        (seen[el.dataset.type!] ??= new Set()).add(el.dataset.fact!);
      });
      return Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, v.size]));
    });
  }

  it("sample: one highlight per fact and type, readable HTML text, conflict marked, links both ways", async () => {
    const doc = sampleDoc();
    const file = join(work, "sample.html");
    writeFileSync(file, renderReport(doc, sampleTexts()));
    expect(await open(file)).toEqual([]);
    const want: Record<string, number> = {};
    for (const f of doc.facts) want[f.type] = (want[f.type] ?? 0) + 1;
    expect(await marksPerType()).toEqual(want);
    // Each fact's highlighted text is the fact's text (newlines and entities as a reader sees them).
    const marked = await page.evaluate(() => [...document.querySelectorAll("mark.fact[id]")].map((m) => {
      const c = m.cloneNode(true) as HTMLElement;
      c.querySelectorAll(".label").forEach((l) => l.remove());
      return c.textContent;
    }));
    expect(marked).toEqual(expect.arrayContaining(["$1.5 billion", "seven-year", "$1.2 billion", "\u201cThis gives us scale,\nquickly,\u201d"]));
    // The HTML source shows its readable text: no tags, no style sheet.
    const htmlText = await page.textContent("#src--acme-page-html pre");
    expect(htmlText).not.toContain("<p>");
    expect(htmlText).not.toContain("color:red");
    expect(htmlText).toContain("Acme & partners");
    // Markup written in a plain-text source is shown as text, not run.
    expect(await page.locator("#src--acme-wire-txt pre b").count()).toBe(0);
    expect(await page.textContent("#src--acme-wire-txt pre")).toContain("<b>analysts</b>");
    // The record: the conflicting field is marked; the others agree.
    const conflicts = await page.$$eval("tr.field.conflict", (rows) => rows.map((r) => (r as HTMLElement).dataset.field));
    expect(conflicts).toEqual(["value"]);
    expect(await page.textContent("tr.field.conflict .verdict")).toContain("conflict");
    // A fact's "→ value" link leads to the record row; a claim in the record leads back to the fact.
    await page.click('mark[data-fact] a.to-field[href="#rec--0--field--value"] >> nth=0');
    expect(await page.evaluate(() => location.hash)).toBe("#rec--0--field--value");
    const back = await page.getAttribute("tr.field.conflict ul.claims li.differs a", "href");
    expect(back).toMatch(/^#f-\d+$/);
    expect(await page.locator(back!).getAttribute("data-type")).toBe("money");
    // The legend hides a type's highlights.
    await page.uncheck('input[data-toggle="money"]');
    expect(await page.evaluate(() => document.body.classList.contains("hide-money"))).toBe(true);
  });

  it("fixtures: dealfacts report marks every fact of extract --json, then a screenshot for the README", async () => {
    const dir = "fixtures/deals/harbor-lumen";
    const doc = JSON.parse(execFileSync("node", ["bin/dealfacts", "extract", dir, "--json"], { encoding: "utf8", maxBuffer: 64 << 20 }));
    expect(doc.facts.length).toBeGreaterThan(0);
    const file = join(work, "fixtures.html");
    execFileSync("node", ["bin/dealfacts", "report", dir, "-o", file, "--title", "Harbor Silicon / Lumentrace: four sources"], { stdio: ["ignore", "ignore", "pipe"] });
    expect(await open(file)).toEqual([]);
    const want: Record<string, number> = {};
    for (const f of doc.facts) want[f.type] = (want[f.type] ?? 0) + 1;
    expect(await marksPerType()).toEqual(want);
    const conflicted = Object.entries(doc.record.fields as Record<string, { conflict: boolean }>).filter(([, f]) => f.conflict).map(([n]) => n).sort();
    const rows = await page.$$eval("#rec--0 tr.field.conflict", (rs) => rs.map((r) => (r as HTMLElement).dataset.field!).sort());
    expect(rows).toEqual(conflicted);
    expect(await page.locator("#rec--0 tr.field").count()).toBe(Object.keys(doc.record.fields).length);
    // Screenshots go to test-output/ (ignored by git); UPDATE_SCREENSHOTS=1 refreshes the README's docs/.
    const shots = resolve(process.env.UPDATE_SCREENSHOTS ? "docs" : "test-output");
    mkdirSync(shots, { recursive: true });
    await page.setViewportSize({ width: 1100, height: 1000 });
    await page.screenshot({ path: join(shots, "report.png"), fullPage: false });
    expect(existsSync(join(shots, "report.png"))).toBe(true);
    // And a source's text with its highlights (the wire story).
    const box = await page.locator("article.source", { hasText: "wire.txt" }).first().boundingBox();
    expect(box).not.toBeNull();
    await page.screenshot({ path: join(shots, "report-text.png"), fullPage: true, clip: { x: box!.x, y: box!.y, width: box!.width, height: Math.min(box!.height, 760) } });
  });
});
