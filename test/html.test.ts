// HTML to text: attributes are read by name, whole, never inside a longer attribute name.
import { describe, expect, it } from "vitest";
import { htmlToText } from "../src/sources/html.js";

const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
const furnitureText = (h: ReturnType<typeof htmlToText>) => h.furniture.map(([s, e]) => h.text.slice(s, e).trim());

describe("htmlToText attributes", () => {
  it("reads the publication date from article:published_time, not from a data- attribute of the same tag", () => {
    const h = htmlToText(page(`<meta property="article:published_time" data-content="2019-01-01" content="2026-03-10T08:00:00Z">`, "<p>Acme buys Birch.</p>"));
    expect(h.metaPublished).toBe("2026-03-10");
  });

  it("reads <time datetime>, quoted either way or bare", () => {
    expect(htmlToText(page("", `<time datetime='2026-04-21'>April 21</time><p>x</p>`)).metaPublished).toBe("2026-04-21");
    expect(htmlToText(page("", `<time datetime=2026-04-22>April 22</time><p>x</p>`)).metaPublished).toBe("2026-04-22");
  });

  it("reads the day in the page's canonical address where no date is given, and a published date over it", () => {
    expect(htmlToText(page(`<link rel="canonical" href="https://news.example.com/2018/04/09/alder-buys-birch/">`, "<p>x</p>")).metaPublished).toBe("2018-04-09");
    expect(htmlToText(page(`<meta property="og:url" content="https://news.example.com/biz/2018-04-10/alder.html">`, "<p>x</p>")).metaPublished).toBe("2018-04-10");
    expect(htmlToText(page(`<link rel="canonical" href="https://news.example.com/2018/04/09/a/"><meta property="article:published_time" content="2018-04-11T08:00:00Z">`, "<p>x</p>")).metaPublished).toBe("2018-04-11");
    // Another page's address (a link to a stylesheet or a related story) is not this page's.
    expect(htmlToText(page(`<link rel="stylesheet" href="https://news.example.com/2018/04/09/a.css">`, "<p>x</p>")).metaPublished).toBeNull();
  });

  it("marks an element whose class or id names page furniture, and not one whose data-class does", () => {
    const h = htmlToText(page("", `<p>Acme buys Birch for $2bn.</p><div class="story related-links"><p>Rival in $5bn deal</p></div><div id="share-bar"><p>Share this</p></div><div data-class="related"><p>Birch shares rose 9%.</p></div>`));
    expect(furnitureText(h)).toEqual(["Rival in $5bn deal", "Share this"]);
  });
});

describe("htmlToText white space", () => {
  const raw = "<html><body>\n  <h1>Big   deal</h1>\n\n  <p>Hoshizora Heavy\n     Industries will buy\n\tValmont for $5bn.</p>\n  <pre>a\n  b</pre>\n</body></html>";
  const h = htmlToText(raw);
  const mapped = (s: string) => {
    const i = h.text.indexOf(s);
    return raw.slice(h.startMap[i]!, h.endMap[i + s.length - 1]!);
  };
  it("reads a paragraph the page's source wraps over lines as one line, with one space where the breaks were", () => {
    expect(h.text).toContain("Hoshizora Heavy Industries will buy Valmont for $5bn.");
    expect(mapped("Heavy Industries")).toBe("Heavy\n     Industries");
  });
  it("keeps blocks apart, reads a run of spaces as one, leaves no space at a line's end or start, and keeps <pre> as written", () => {
    expect(h.text).toMatch(/(^|\n)Big deal\n/);
    expect(h.text.slice(0, h.text.indexOf("a\n  b"))).not.toMatch(/ \n|\n /);
    expect(h.text).toContain("a\n  b");
  });
});

describe("htmlToText character references", () => {
  it("decodes every HTML 4 named reference, with its case ('&Eacute;' is É, '&eacute;' é), numeric ones, and leaves an unknown name as written", () => {
    const h = htmlToText(page("", "<p>Comunica&ccedil;&atilde;o &Eacute;tudes &eacute;t&eacute; &OElig;uvre &frac12; &#233;&#xE9; &bogus; AT&amp;T</p>"));
    expect(h.text.trim()).toBe("Comunicação Études été Œuvre ½ éé &bogus; AT&T");
    // Provenance: each decoded character maps back to its whole reference.
    const i = h.text.indexOf("ã");
    expect(h.endMap[i]! - h.startMap[i]!).toBe("&atilde;".length);
  });
});
