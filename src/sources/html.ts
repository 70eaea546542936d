// HTML to plain text with a map back to the raw offsets. Markup, scripts and styles yield no text;
// entities are decoded; block elements become line breaks so sentences and headings stay apart.
// A single forward scan: linear in the input, no regex backtracking over the document.
import { dateInUrl } from "../util/url-date.js";

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
  "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
  "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "body", "html", "head", "meta", "time",
]);
/** Elements whose content is not text for a reader. */
const SKIP_CONTENT = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "head"]);

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "\u2013", mdash: "\u2014",
  lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d", sbquo: "\u201a", bdquo: "\u201e",
  hellip: "\u2026", euro: "\u20ac", pound: "\u00a3", yen: "\u00a5", cent: "\u00a2", copy: "\u00a9",
  reg: "\u00ae", trade: "\u2122", middot: "\u00b7", bull: "\u2022", laquo: "\u00ab", raquo: "\u00bb",
  thinsp: "\u2009", ensp: "\u2002", emsp: "\u2003", shy: "\u00ad", times: "\u00d7", deg: "\u00b0",
  eacute: "\u00e9", egrave: "\u00e8", aacute: "\u00e1", agrave: "\u00e0", oacute: "\u00f3", ouml: "\u00f6",
  uuml: "\u00fc", auml: "\u00e4", ccedil: "\u00e7", ntilde: "\u00f1", iacute: "\u00ed", uacute: "\u00fa",
  szlig: "\u00df", rupee: "\u20b9", percnt: "%", dollar: "$", num: "#", sol: "/", colon: ":", comma: ",",
};
// The rest of HTML 4's 252 named character references (Latin-1, Greek, symbols), as name=hex code
// point: "Comunica&ccedil;&atilde;o" is "Comunicação", a name of one word.
for (const pair of (
  "AElig=c6 Aacute=c1 Acirc=c2 Agrave=c0 Alpha=391 Aring=c5 Atilde=c3 Auml=c4 Beta=392 Ccedil=c7 " +
  "Chi=3a7 Dagger=2021 Delta=394 ETH=d0 Eacute=c9 Ecirc=ca Egrave=c8 Epsilon=395 Eta=397 Euml=cb " +
  "Gamma=393 Iacute=cd Icirc=ce Igrave=cc Iota=399 Iuml=cf Kappa=39a Lambda=39b Mu=39c Ntilde=d1 " +
  "Nu=39d OElig=152 Oacute=d3 Ocirc=d4 Ograve=d2 Omega=3a9 Omicron=39f Oslash=d8 Otilde=d5 Ouml=d6 " +
  "Phi=3a6 Pi=3a0 Prime=2033 Psi=3a8 Rho=3a1 Scaron=160 Sigma=3a3 THORN=de Tau=3a4 Theta=398 " +
  "Uacute=da Ucirc=db Ugrave=d9 Upsilon=3a5 Uuml=dc Xi=39e Yacute=dd Yuml=178 Zeta=396 acirc=e2 " +
  "acute=b4 aelig=e6 alefsym=2135 alpha=3b1 and=2227 ang=2220 aring=e5 asymp=2248 atilde=e3 " +
  "beta=3b2 brvbar=a6 cap=2229 cedil=b8 chi=3c7 circ=2c6 clubs=2663 cong=2245 crarr=21b5 cup=222a " +
  "curren=a4 dArr=21d3 dagger=2020 darr=2193 delta=3b4 diams=2666 divide=f7 ecirc=ea empty=2205 " +
  "epsilon=3b5 equiv=2261 eta=3b7 eth=f0 euml=eb exist=2203 fnof=192 forall=2200 frac12=bd " +
  "frac14=bc frac34=be frasl=2044 gamma=3b3 ge=2265 hArr=21d4 harr=2194 hearts=2665 icirc=ee " +
  "iexcl=a1 igrave=ec image=2111 infin=221e int=222b iota=3b9 iquest=bf isin=2208 iuml=ef kappa=3ba " +
  "lArr=21d0 lambda=3bb lang=2329 larr=2190 lceil=2308 le=2264 lfloor=230a lowast=2217 loz=25ca " +
  "lrm=200e lsaquo=2039 macr=af micro=b5 minus=2212 mu=3bc nabla=2207 ne=2260 ni=220b not=ac " +
  "notin=2209 nsub=2284 nu=3bd ocirc=f4 oelig=153 ograve=f2 oline=203e omega=3c9 omicron=3bf " +
  "oplus=2295 or=2228 ordf=aa ordm=ba oslash=f8 otilde=f5 otimes=2297 para=b6 part=2202 permil=2030 " +
  "perp=22a5 phi=3c6 pi=3c0 piv=3d6 plusmn=b1 prime=2032 prod=220f prop=221d psi=3c8 quot=22 " +
  "rArr=21d2 radic=221a rang=232a rarr=2192 rceil=2309 real=211c rfloor=230b rho=3c1 rlm=200f " +
  "rsaquo=203a scaron=161 sdot=22c5 sect=a7 sigma=3c3 sigmaf=3c2 sim=223c spades=2660 sub=2282 " +
  "sube=2286 sum=2211 sup=2283 sup1=b9 sup2=b2 sup3=b3 supe=2287 tau=3c4 there4=2234 theta=3b8 " +
  "thetasym=3d1 thorn=fe tilde=2dc uArr=21d1 uarr=2191 ucirc=fb ugrave=f9 uml=a8 upsih=3d2 " +
  "upsilon=3c5 weierp=2118 xi=3be yacute=fd yuml=ff zeta=3b6 zwj=200d zwnj=200c"
).split(" ")) {
  const [name, hex] = pair.split("=") as [string, string];
  NAMED[name] ??= String.fromCodePoint(parseInt(hex, 16));
}

export interface HtmlText {
  /** The readable text. */
  text: string;
  /** startMap[i] is the raw offset of text[i]; endMap[i] the raw offset just after it. */
  startMap: Uint32Array;
  endMap: Uint32Array;
  title: string | null;
  /** Publication date from metadata (article:published_time, <time datetime>, ...), ISO date or null. */
  metaPublished: string | null;
  /**
   * [start, end) spans of the text that lie in page furniture: <nav>, <footer>, <aside>, or an
   * element whose class or id names related stories, sharing, newsletters, comments and the like.
   * Their facts are kept (with provenance) but claim nothing about the deal.
   */
  furniture: [number, number][];
}

/** Elements that are page furniture whatever their class. */
const FURNITURE_TAGS = new Set(["nav", "footer", "aside"]);
/** Class or id words of page furniture. */
const FURNITURE_CLASS = /(?:^|[\s_-])(?:related|recommended|recommendations|most-?read|most-?popular|trending|promo|promotion|advert|advertisement|ads?|sponsored|newsletter|subscribe|signup|sign-up|cookie|cookies|share|sharebar|sharing|social|comments?|sidebar|breadcrumbs?|also-?read|read-?more|more-?stories|outbrain|taboola)(?:$|[\s_-])/i;

/** Markup recognised by content: a few real tags of HTML, not just a stray "<" in prose. */
export function looksLikeHtml(text: string): boolean {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (/^\s*(<!doctype html|<html[\s>])/i.test(head)) return true;
  const tags = head.match(/<\/?(p|div|span|strong|em|b|i|a|h[1-6]|br|li|ul|ol|table|tr|td|script|style|body|head|article|section|img|meta|link|blockquote)\b[^<>]{0,500}>/gi);
  return (tags?.length ?? 0) >= 3;
}

export function decodeEntity(body: string): string | null {
  if (body[0] === "#") {
    const hex = body[1] === "x" || body[1] === "X";
    const n = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return "\ufffd";
    // Windows-1252 code points that pages write as numeric references.
    if (n >= 0x80 && n <= 0x9f) return CP1252[n - 0x80] ?? "\ufffd";
    return String.fromCodePoint(n);
  }
  return NAMED[body] ?? NAMED[body.toLowerCase()] ?? null;
}

const CP1252 = [
  "\u20ac", "", "\u201a", "\u0192", "\u201e", "\u2026", "\u2020", "\u2021", "\u02c6", "\u2030", "\u0160", "\u2039", "\u0152", "", "\u017d", "",
  "", "\u2018", "\u2019", "\u201c", "\u201d", "\u2022", "\u2013", "\u2014", "\u02dc", "\u2122", "\u0161", "\u203a", "\u0153", "", "\u017e", "\u0178",
];

/**
 * One forward scan. Memory stays a small multiple of the input (two Uint32Array maps and the text
 * as slices of runs, not one string per character), and every step moves forward: a broken tag, a
 * "<" in prose, an unclosed quote or a script that never closes cannot make it go back over text.
 */
export function htmlToText(raw: string): HtmlText {
  const n = raw.length;
  // Readable text is never longer than the raw text: every character emitted consumes at least
  // one raw character (entities and tags shrink, a line break stands for a whole tag).
  let startMap = new Uint32Array(n + 8);
  let endMap = new Uint32Array(n + 8);
  const pieces: string[] = [];
  let len = 0;
  let lastChar = "";
  let title: string | null = null;
  let titleParts: string[] | null = null;
  let metaPublished: string | null = null;
  let urlPublished: string | null = null;
  let skipUntil: string | null = null; // closing tag name while inside script/style/...
  let preDepth = 0; // inside <pre> or <textarea>: white space is the text's own
  const furniture: [number, number][] = [];
  // The page-furniture element open now (by name, with its nesting depth) and where its text starts.
  let furnTag: string | null = null;
  let furnDepth = 0;
  let furnFrom = 0;
  const quotes = new NextIndex(raw);
  let i = 0;

  const ensure = (extra: number) => {
    if (len + extra <= startMap.length) return;
    const size = Math.max(startMap.length * 2, len + extra);
    const s2 = new Uint32Array(size);
    s2.set(startMap);
    startMap = s2;
    const e2 = new Uint32Array(size);
    e2.set(endMap);
    endMap = e2;
  };
  /**
   * A line break or tab inside a line of text (raw offset), to be read as one space once more text
   * follows on that line; a block's line break drops it, so no line ends in a space it never had.
   */
  let pending = -1;
  const emit = (s: string, from: number, to: number) => {
    if (!s.length) return;
    if (s === "\n") pending = -1;
    else if (pending >= 0) {
      const at = pending;
      pending = -1;
      emit(" ", at, at + 1);
    }
    ensure(s.length);
    for (let k = 0; k < s.length; k++) {
      startMap[len] = from;
      endMap[len] = to;
      len++;
    }
    pieces.push(s);
    titleParts?.push(s);
    lastChar = s[s.length - 1]!;
  };
  /**
   * raw[from, to) as text, each character mapped to itself. Outside <pre>, white space inside a
   * line of text is what a browser makes of it: a run of spaces, tabs and line breaks is one space,
   * so a paragraph the page's source wraps over three lines reads as one. Between blocks, line
   * breaks stay (a blank line still parts two paragraphs) and indentation goes.
   */
  const emitRun = (from: number, to: number) => {
    if (to <= from) return;
    ensure(to - from + 1);
    let s = "";
    let segFrom = from;
    let last = pending >= 0 ? 32 : lastChar === "" ? 10 : lastChar.charCodeAt(0);
    for (let k = from; k < to; k++) {
      const c = raw.charCodeAt(k);
      const white = preDepth === 0 && (c === 32 || c === 10 || c === 13 || c === 9);
      if (!white || (c === 32 && last !== 32 && last !== 10) || (c === 10 && last === 10)) {
        if (pending >= 0 && !white) {
          if (k > segFrom) s += raw.slice(segFrom, k);
          segFrom = k;
          s += " ";
          startMap[len] = pending;
          endMap[len] = pending + 1;
          len++;
          pending = -1;
        }
        startMap[len] = k;
        endMap[len] = k + 1;
        len++;
        last = c;
        continue;
      }
      // Dropped, or (a line break or tab inside a line) held as a pending space.
      if (k > segFrom) s += raw.slice(segFrom, k);
      segFrom = k + 1;
      if (last !== 32 && last !== 10) {
        pending = k;
        last = 32;
      }
    }
    if (to > segFrom) s += raw.slice(segFrom, to);
    if (!s) return;
    pieces.push(s);
    titleParts?.push(s);
    lastChar = s[s.length - 1]!;
  };
  const breakLine = (at: number) => {
    pending = -1;
    if (len && lastChar !== "\n") emit("\n", at, at);
  };

  while (i < n) {
    if (skipUntil) {
      // Inside a script or style: jump to the next "</" and look for its closing tag there.
      const next = raw.indexOf("</", i);
      if (next < 0) break; // never closed: the rest is script, as a browser reads it
      const m = /^<\/([a-zA-Z][a-zA-Z0-9:-]*)/.exec(raw.slice(next, next + 64));
      if (m && m[1]!.toLowerCase() === skipUntil) {
        const close = findTagEnd(raw, next + 1, quotes);
        i = close > 0 ? close : next + 2;
        skipUntil = null;
      } else i = next + 2;
      continue;
    }
    // A run of plain text up to the next "<" or "&".
    let j = i;
    while (j < n) {
      const c = raw.charCodeAt(j);
      if (c === 60 || c === 38) break;
      j++;
    }
    if (j > i) {
      emitRun(i, j);
      i = j;
      continue;
    }
    const c = raw.charCodeAt(i);
    if (c === 38 /* & */) {
      // An entity is at most a dozen characters: look no further, so "AT&T" a million times stays linear.
      let semi = -1;
      for (let k = i + 1; k < n && k <= i + 12; k++) {
        const d = raw.charCodeAt(k);
        if (d === 59) {
          semi = k;
          break;
        }
        if (d === 38 || d === 60 || d <= 32) break;
      }
      if (semi > i + 1) {
        const dec = decodeEntity(raw.slice(i + 1, semi));
        if (dec !== null) {
          emit(dec === "" ? "\ufffd" : dec, i, semi + 1);
          i = semi + 1;
          continue;
        }
      }
      emitRun(i, i + 1);
      i++;
      continue;
    }
    // c is "<". Comments, doctype, CDATA.
    if (raw.startsWith("<!--", i)) {
      const close = raw.indexOf("-->", i + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const m = /^<\/?([a-zA-Z][a-zA-Z0-9:-]*)/.exec(raw.slice(i, i + 64));
    if (!m && raw[i + 1] !== "!" && raw[i + 1] !== "?") {
      emitRun(i, i + 1); // a "<" in prose ("revenue < $5m")
      i++;
      continue;
    }
    const close = findTagEnd(raw, i + 1, quotes);
    if (close < 0) {
      // Not a tag after all ("a<b and c" with no ">"): keep it as text.
      emitRun(i, i + 1);
      i++;
      continue;
    }
    const tagText = raw.slice(i, close);
    const name = (m?.[1] ?? "").toLowerCase();
    const closing = raw[i + 1] === "/";
    i = close;
    if (!closing && name === "meta") metaPublished ??= publishedFromMeta(tagText);
    // The page's own address ("og:url", rel="canonical"): the day in it where no date is given.
    if (!closing && urlPublished === null && (name === "link" || name === "meta")) urlPublished = pageUrlDate(name, tagText);
    if (!closing && name === "time") metaPublished ??= attr(tagText, "datetime")?.slice(0, 10) ?? null;
    if (name === "title") {
      if (!closing) titleParts = title === null ? [] : null;
      else if (titleParts) {
        title = titleParts.join("").trim() || null;
        titleParts = null;
      }
    }
    if (furnTag === null) {
      if (!closing && !tagText.endsWith("/>") && (FURNITURE_TAGS.has(name) || isFurnitureClass(tagText))) {
        furnTag = name;
        furnDepth = 1;
        furnFrom = len;
      }
    } else if (name === furnTag && !tagText.endsWith("/>")) {
      furnDepth += closing ? -1 : 1;
      if (furnDepth === 0) {
        if (len > furnFrom) furniture.push([furnFrom, len]);
        furnTag = null;
      }
    }
    if (!closing && SKIP_CONTENT.has(name) && !tagText.endsWith("/>")) {
      // <head> holds <title> and <meta>, which we read; only its scripts and styles are skipped.
      if (name !== "head") skipUntil = name;
    }
    if ((name === "pre" || name === "textarea") && !tagText.endsWith("/>")) preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    if (BLOCK.has(name)) breakLine(close);
    else if (name === "img" || name === "td") emit(" ", close, close);
  }
  if (title === null && titleParts) title = titleParts.join("").trim() || null;
  return {
    text: pieces.join(""),
    startMap: startMap.subarray(0, len),
    endMap: endMap.subarray(0, len),
    title: title ? title.replace(/\s+/g, " ").slice(0, 300) : null,
    metaPublished: metaPublished && /^\d{4}-\d{2}-\d{2}$/.test(metaPublished) ? metaPublished : urlPublished,
    // An element never closed marks nothing: a broken page must not lose its article.
    furniture,
  };
}

/** A class or id attribute that names page furniture ("related", "share-bar", "newsletter-signup"). */
function isFurnitureClass(tagText: string): boolean {
  if (tagText.length > 2000 || (!tagText.includes("class") && !tagText.includes("id"))) return false;
  const c = attr(tagText, "class");
  if (c !== null && FURNITURE_CLASS.test(c)) return true;
  const d = attr(tagText, "id");
  return d !== null && FURNITURE_CLASS.test(d);
}

/** Next occurrence of a character at or after a position, remembered: forward queries cost O(1) amortised. */
class NextIndex {
  private readonly memo = new Map<string, { from: number; at: number }>();
  constructor(private readonly s: string) {}
  find(ch: string, from: number): number {
    const hit = this.memo.get(ch);
    if (hit && hit.from <= from && (hit.at < 0 || hit.at >= from)) return hit.at;
    const at = this.s.indexOf(ch, from);
    this.memo.set(ch, { from, at });
    return at;
  }
}

/** A quoted attribute value longer than this is taken for debris, not a value. */
const MAX_ATTR_VALUE = 4096;

/**
 * Index just past the tag that opens at `from - 1`, honouring quoted attribute values; -1 when no
 * ">" closes it before the next "<" (a broken tag, or "<" in prose). Linear overall: the plain
 * part of each scan stops at the next "<", and quoted values are skipped with a remembered search.
 */
function findTagEnd(raw: string, from: number, quotes: NextIndex): number {
  const n = raw.length;
  for (let j = from; j < n; j++) {
    const c = raw.charCodeAt(j);
    if (c === 34 || c === 39) {
      // Only a quote right after "=" opens a value; a stray apostrophe elsewhere does not.
      if (raw[j - 1] === "=" || (raw[j - 2] === "=" && raw.charCodeAt(j - 1) <= 32)) {
        const endQuote = quotes.find(c === 34 ? '"' : "'", j + 1);
        if (endQuote < 0 || endQuote - j > MAX_ATTR_VALUE) return -1;
        j = endQuote;
      }
    } else if (c === 62 /* > */) return j + 1;
    else if (c === 60 /* < */) return j > from ? j : -1; // broken tag: it ends before the next one
  }
  return -1;
}

const attrRes = new Map<string, RegExp>();
/**
 * An attribute's value in a tag's text (quoted either way or bare), or null. The name must follow
 * white space, so "class" never matches inside "data-class".
 */
function attr(tag: string, name: string): string | null {
  let re = attrRes.get(name);
  if (!re) attrRes.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")));
  const m = re.exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4] ?? null) : null;
}

/** The day in the page's canonical address: `<link rel="canonical" href>`, `<meta property="og:url" content>`. */
function pageUrlDate(name: string, tag: string): string | null {
  const url = name === "link" ? (/^canonical$/i.test(attr(tag, "rel") ?? "") ? attr(tag, "href") : null) : /^og:url$/i.test(attr(tag, "property") ?? "") ? attr(tag, "content") : null;
  return url ? dateInUrl(url) : null;
}

function publishedFromMeta(tag: string): string | null {
  const key = (attr(tag, "property") ?? attr(tag, "name") ?? attr(tag, "itemprop") ?? "").toLowerCase();
  if (!/(published|pubdate|publish_date|datepublished|article:published_time|dc\.date|date)$/.test(key)) return null;
  const v = attr(tag, "content");
  return v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;
}
