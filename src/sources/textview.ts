// What extractors read (clean text) and how its offsets map back to the decoded source text.
// For plain text the view is the text itself, with any hard-wrapped paragraph read as one line;
// for HTML it is the readable text. Either way a map leads back to the raw offsets.
import { htmlToText, looksLikeHtml } from "./html.js";
import { unwrapSoftBreaks } from "./unwrap.js";
import type { SourceFormat } from "../model.js";

/**
 * Offsets of the clean text back to the decoded source text, and lines of the latter. Built from
 * plain data (two strings and two arrays), so a second thread can have one without the source.
 */
export class RawOffsets {
  private lineStarts: number[] | null = null;

  constructor(
    /** The decoded source text. */
    readonly raw: string,
    /** Length of the clean text. */
    private readonly textLength: number,
    /** Raw offset of each clean character's start and end; null where the clean text is the raw text. */
    readonly startMap: Uint32Array | null,
    readonly endMap: Uint32Array | null,
  ) {}

  /** Raw [start, end) of the clean span [start, end). */
  toRaw(start: number, end: number): [number, number] {
    // An extractor's span outside the text must not turn into undefined offsets: clamp it.
    const max = this.textLength;
    start = Math.max(0, Math.min(start, max));
    end = Math.max(start, Math.min(end, max));
    if (!this.startMap || !this.endMap) return [start, end];
    if (end <= start) {
      const at = start < this.startMap.length ? this.startMap[start]! : this.raw.length;
      return [at, at];
    }
    return [this.startMap[start]!, this.endMap[end - 1]!];
  }

  /** 1-based line of a raw offset; CRLF, CR and LF each end a line. */
  lineOf(rawOffset: number): number {
    if (!this.lineStarts) {
      const ls = [0];
      const r = this.raw;
      for (let i = 0; i < r.length; i++) {
        const c = r.charCodeAt(i);
        if (c === 10) ls.push(i + 1);
        else if (c === 13) {
          if (r.charCodeAt(i + 1) === 10) i++;
          ls.push(i + 1);
        }
      }
      this.lineStarts = ls;
    }
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid]! <= rawOffset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

export class TextView {
  /** The decoded source text: every fact's `text` is a slice of this. */
  readonly raw: string;
  /** The text extractors read. */
  readonly text: string;
  readonly format: SourceFormat;
  readonly title: string | null;
  readonly metaPublished: string | null;
  /** Spans of `text` in page furniture (HTML nav, footer, related stories...): see HtmlText. */
  readonly furniture: readonly [number, number][];
  /** The way back from `text` to `raw`. */
  readonly offsets: RawOffsets;

  constructor(raw: string, format: SourceFormat, opts: { forceHtml?: boolean } = {}) {
    this.raw = raw;
    const html = opts.forceHtml || format === "html" || looksLikeHtml(raw);
    let startMap: Uint32Array | null = null;
    let endMap: Uint32Array | null = null;
    if (html) {
      const h = htmlToText(raw);
      this.text = h.text;
      startMap = h.startMap;
      endMap = h.endMap;
      this.title = h.title;
      this.metaPublished = h.metaPublished;
      this.furniture = h.furniture;
      this.format = format === "jsonl" ? "jsonl" : "html";
    } else {
      // Hard-wrapped lines read as the paragraphs they are (./unwrap.ts).
      const u = unwrapSoftBreaks(raw);
      this.text = u ? u.text : raw;
      startMap = u ? u.startMap : null;
      endMap = u ? u.endMap : null;
      this.title = null;
      this.metaPublished = null;
      this.furniture = plainFurniture(this.text);
      this.format = format;
    }
    this.offsets = new RawOffsets(raw, this.text.length, startMap, endMap);
  }

  get isMapped(): boolean {
    return this.offsets.startMap !== null;
  }

  /** Raw [start, end) of the clean span [start, end). */
  toRaw(start: number, end: number): [number, number] {
    return this.offsets.toRaw(start, end);
  }

  /** 1-based line of a raw offset; CRLF, CR and LF each end a line. */
  lineOf(rawOffset: number): number {
    return this.offsets.lineOf(rawOffset);
  }
}

/**
 * Page furniture a plain or Markdown copy of a page keeps: a line that opens with an image (its
 * alt text is a related story's headline: "![Day 5 of gains … (vs. -20% YTD)](…)"), and a quote
 * widget's line of a signed change and its signed percentage ("+11.60p (+3.41%)", with a few words
 * after it: "delayed 17:35PM"), which prose never writes alone on a line. Their figures are no
 * claims (merge/fields.ts tagFields).
 */
export function plainFurniture(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (text.includes("![") || text.includes("%)")) {
    FURNITURE_LINE.lastIndex = 0;
    for (let m = FURNITURE_LINE.exec(text); m; m = FURNITURE_LINE.exec(text)) out.push([m.index, m.index + m[0].length]);
  }
  if (text.includes("FILE")) {
    FILE_CAPTION.lastIndex = 0;
    for (let m = FILE_CAPTION.exec(text); m; m = FILE_CAPTION.exec(text)) out.push([m.index, m.index + m[0].length]);
    out.sort((a, b) => a[0] - b[0]);
  }
  return out;
}
/**
 * A wire photo's caption, kept in the copied text, to the end of its line: "FILE - A water tower at
 * … is seen, Thursday, May 7, 2020. On Sunday, …, X said that it rejected a $7.3 billion buyout
 * proposal" (Associated Press), "FILE PHOTO: The logo of X is seen …" (Reuters). Its figures are
 * an older story's, told again under a picture. Capitals only: "the file - a PDF" is prose.
 */
const FILE_CAPTION = /(?<![\p{L}\p{N}])FILE(?:[ \t]?[-–—][ \t]|[ \t]PHOTO[ \t]?[:\-–—][ \t])[^\n]*/gu;
const FURNITURE_LINE = /^[ \t]*(?:!\[[^\n]*|[+\-−–][ \t]?\d[\d.,]*[ \t]?(?:p|c|¢|pence|cents)?[ \t]*\([ \t]*[+\-−–][ \t]?\d[\d.,]*[ \t]?%[ \t]*\)(?:[ \t]+[^\s.!?][^\n.!?]{0,30})?)[ \t]*$/gm;
