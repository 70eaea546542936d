// HTML to plain text with a map back to the raw offsets. Markup, scripts and styles yield no text;
// entities are decoded; block elements become line breaks so sentences and headings stay apart.
// A single forward scan: linear in the input, no regex backtracking over the document.

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
    metaPublished: metaPublished && /^\d{4}-\d{2}-\d{2}$/.test(metaPublished) ? metaPublished : null,
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

function publishedFromMeta(tag: string): string | null {
  const key = (attr(tag, "property") ?? attr(tag, "name") ?? attr(tag, "itemprop") ?? "").toLowerCase();
  if (!/(published|pubdate|publish_date|datepublished|article:published_time|dc\.date|date)$/.test(key)) return null;
  const v = attr(tag, "content");
  return v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;
}
