// Hard-wrapped plain text and Markdown (a broker note, an e-mailed newsletter, a wire story cut at
// 72 columns): a line break inside a paragraph is a space to a reader. The extractors read the
// text with those breaks (and the indentation after them) as one space, so a name, an amount or a
// sentence that the wrapping cuts in two is read whole; offsets map back to the raw text, so a
// fact's text is still the raw text's slice, line break and all.

/** Words a line of prose does not end on unless it goes on in the next line. */
const RUNS_ON = new Set(["a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from", "and", "or", "as", "that", "its", "their", "his", "her", "is", "was", "are", "were", "will", "would", "has", "have", "had"]);

/** A list item, a quote, a table row or a heading starts here: its line break is its own. */
const BLOCK_START = /^(?:[-*•+|#>]|\d{1,2}[.)]\s)/;
/** A table row or a dotted leader ("Cash consideration ....... MXN 18.5bn", "Acme   A$3.05   -1.2%"). */
const tableRow = (line: string) => /\.{4,}/.test(line) || (/\S(?: {3,}|\t)\S/.test(line) && /\d/.test(line));

interface Line {
  /** Start and end (before any \r) of the line's text in the raw string. */
  start: number;
  end: number;
  /** Where its text starts after indentation. */
  textStart: number;
  /** Where its text ends before trailing white space. */
  textEnd: number;
}

export interface Unwrapped {
  text: string;
  startMap: Uint32Array;
  endMap: Uint32Array;
}

/** The text with soft line breaks read as spaces, or null when it has none. */
export function unwrapSoftBreaks(raw: string): Unwrapped | null {
  if (raw.indexOf("\n") < 0) return null;
  const lines: Line[] = [];
  for (let s = 0; s <= raw.length; ) {
    let e = raw.indexOf("\n", s);
    if (e < 0) e = raw.length;
    const end = e > s && raw.charCodeAt(e - 1) === 13 ? e - 1 : e;
    let ts = s;
    while (ts < end && (raw.charCodeAt(ts) === 32 || raw.charCodeAt(ts) === 9)) ts++;
    let te = end;
    while (te > ts && (raw.charCodeAt(te - 1) === 32 || raw.charCodeAt(te - 1) === 9)) te--;
    lines.push({ start: s, end, textStart: ts, textEnd: te });
    s = e + 1;
  }
  // The width the text is wrapped at, if it is: most lines of prose come close to it.
  const lengths = lines.filter((l) => l.textEnd > l.textStart).map((l) => l.textEnd - l.start);
  const width = percentile(lengths, 0.95);
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (l.textEnd - l.start >= 0.75 * width && lines[i + 1]!.textEnd > lines[i + 1]!.textStart) full++;
  }
  const wrapped = width >= 40 && width <= 100 && full >= 3;

  const soft: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (isSoft(raw, lines[i]!, lines[i + 1]!, wrapped ? width : 0)) soft.push(i);
  }
  if (!soft.length) return null;

  // Each soft break, from the end of its line's text to the start of the next line's text, becomes
  // one space mapped to the line break.
  const startMap = new Uint32Array(raw.length);
  const endMap = new Uint32Array(raw.length);
  const parts: string[] = [];
  let len = 0;
  let from = 0;
  const copy = (a: number, b: number) => {
    for (let k = a; k < b; k++) {
      startMap[len] = k;
      endMap[len] = k + 1;
      len++;
    }
    parts.push(raw.slice(a, b));
  };
  for (const i of soft) {
    const l = lines[i]!;
    const next = lines[i + 1]!;
    copy(from, l.textEnd);
    const nl = raw.indexOf("\n", l.end);
    startMap[len] = nl;
    endMap[len] = nl + 1;
    len++;
    parts.push(" ");
    from = next.textStart;
  }
  copy(from, raw.length);
  return { text: parts.join(""), startMap: startMap.subarray(0, len), endMap: endMap.subarray(0, len) };
}

function isSoft(raw: string, l: Line, next: Line, width: number): boolean {
  if (l.textEnd <= l.textStart || next.textEnd <= next.textStart) return false;
  const nextHead = raw.slice(next.textStart, next.textStart + 4);
  if (BLOCK_START.test(nextHead)) return false;
  const c0 = raw.charCodeAt(l.textStart);
  if (c0 === 35 /* # */ || c0 === 124 /* | */) return false;
  const lineText = raw.slice(l.textStart, l.textEnd);
  const nextText = raw.slice(next.textStart, Math.min(next.textEnd, next.textStart + 200));
  if (tableRow(lineText) || tableRow(nextText)) return false;
  // A sentence goes on in lower case: "…three airports\n  for MXN 18.5bn in cash".
  if (/^\p{Ll}/u.test(nextHead)) return true;
  const last = raw[l.textEnd - 1]!;
  if (last === ",") return true;
  let w = l.textEnd;
  while (w > l.textStart && /[a-z]/.test(raw[w - 1]!)) w--;
  if (l.textEnd - w <= 5 && (w === l.textStart || /\s/.test(raw[w - 1]!)) && RUNS_ON.has(raw.slice(w, l.textEnd))) return true;
  // In hard-wrapped text, a line that runs to the wrap width goes on in the next one, unless it
  // is a label ("Deal terms:") or a headline in capitals or title case.
  if (!width || l.textEnd - l.start < 0.75 * width || last === ":") return false;
  return !headlineLike(lineText);
}

function headlineLike(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 2) return false;
  // Every word of four letters or more capitalised: "Deal Terms At A Glance", "GATUL: AEROVIA
  // ADDS THE BAJIO" (a dateline's lead, "LONDON, May 4 (Wire) - British airline Corvid", is not).
  return words.every((w) => /^\p{Lu}/u.test(w));
}

function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))]!;
}
