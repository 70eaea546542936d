// A source's own date: a dateline or byline date on its first lines ("SEATTLE, Nov. 4, 2025 -",
// "2025-11-04", "By X | November 3, 2025", "Published: 2025-11-04T09:30:00Z"), else none.
// A date deep in the body is not the publication date: it may be the date of an embedded post
// ("— Acme Corp (@acme) June 4, 2026") or of another event ("announced on June 3, 2026").
// So the scan stops at the first line of body prose that does not open with a dateline. Past the
// header, only a line labelled as the publication ("First Published: Dec 03, 2018") counts.
import { dateExtractor, openingWeekday } from "../extract/date.js";
import { dateInUrl } from "../util/url-date.js";

const HEAD_LINES = 10;
const MAX_HEAD_CHARS = 1500;
/** Where a date may sit in a line and still be its dateline ("New York, United States — Nov 3, 2025"). */
const DATELINE_REACH = 60;
/** A line this long that holds a sentence is body prose: the header is over. */
const PROSE_CHARS = 160;

export function findPublished(text: string): string | null {
  return scanHeader(text, datelineDate) ?? labelledDate(text) ?? headerUrlDate(text);
}

/**
 * A page's address at the top of a saved text ("Source: https://…/2018/04/09/…" or the address alone
 * on the first lines): the day in it, where the text gives no date line of its own.
 */
function headerUrlDate(text: string): string | null {
  let seen = 0;
  for (const [line] of nonBlankLines(text)) {
    if (++seen > URL_LINES) return null;
    const m = HEADER_URL.exec(line);
    if (m) return dateInUrl(m[1]!);
    // Below the story's first paragraph, an address is another page's.
    if (isBodyProse(line)) return null;
  }
  return null;
}
const URL_LINES = 3;
/** A line that is an address, or a label and an address: "Source: https://…", "URL: …". */
const HEADER_URL = /^\s*(?:[A-Za-z][A-Za-z ]{0,20}:\s*)?(https?:\/\/[^\s/]+\/\S*)\s*$/;

/**
 * A line of its own that says when the page was published, anywhere in it: many sites print it
 * under the story ("First Published: Dec 03, 2018 17:19 IST", "Posted on March 4, 2022"). Only a
 * label of publication counts there, and only on a short line that opens with it: an "Updated:"
 * line may be days later, and a date in prose is another event's.
 */
function labelledDate(text: string): string | null {
  PUBLISHED_LABEL.lastIndex = 0;
  for (let m = PUBLISHED_LABEL.exec(text); m; m = PUBLISHED_LABEL.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim().length > LABELLED_LINE) continue;
    const iso = datelineDate(line);
    if (iso) return iso;
  }
  return null;
}

/** "First published:", "Published on", "Posted:" at the start of a line; group 1 is the label and what follows it. */
const PUBLISHED_LABEL = /^[ \t*_]*((?:first\s+)?(?:published|posted)(?:\s+(?:on|at))?\s*:?)/gim;
const LABELLED_LINE = 90;

/**
 * Where a source has no full date of its own: the day (month and day, no year) its dateline gives,
 * as "--MM-DD" ("SAN FRANCISCO, Sept 8 (Wire) -"), from the same header lines findPublished reads.
 */
export function findDatelineDay(text: string): DatelineDay | null {
  return scanHeader(text, datelineDay);
}

/** A dateline's day without a year ("--MM-DD"), and its weekday where the dateline names one. */
export interface DatelineDay {
  day: string;
  weekday: string | null;
}

/**
 * The header lines, in order, until one gives an answer or body prose starts: at most HEAD_LINES
 * non-blank lines within MAX_HEAD_CHARS, skipping the signature lines of embedded posts.
 */
function scanHeader<T>(text: string, read: (line: string) => T | null): T | null {
  let seen = 0;
  let afterProse = false;
  for (const [line, start] of nonBlankLines(text)) {
    if (seen >= HEAD_LINES || start >= MAX_HEAD_CHARS) break;
    seen++;
    if (isEmbeddedAttribution(line) || isPhotoCaption(line) || SITE_DATE.test(line)) continue;
    // After a line of prose (a standfirst under the headline), only a date line of its own counts.
    const hit = afterProse && !isDateLine(line) ? null : read(line);
    if (hit) return hit;
    if (isBodyProse(line)) {
      // One paragraph of prose may be the standfirst, with the byline and its date below it
      // ("Headline / A sentence that sums the story up. / By A. Writer / February 20, 2024").
      if (afterProse) return null;
      afterProse = true;
    }
  }
  return null;
}

/** The text's lines that hold more than white space, in order, each with the offset it starts at. */
function* nonBlankLines(text: string): Generator<[string, number]> {
  for (let pos = 0; pos < text.length; ) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    if (line.trim()) yield [line, pos];
    pos = nl + 1;
  }
}

/** A header line this short that holds a full date is a date line (a byline's, an "Updated:" line). */
const SHORT_LINE = 120;

/**
 * A line that is a date and little else: "February 20, 2024", "Updated:May 9, 2018, 10:23 PM IST",
 * "Saturday September 20, 2025 11:46 PM"; not a sentence ("The deal was announced on November 2").
 */
function isDateLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 60 && !/\b[a-z]{3,}\b/.test(t.replace(DATE_LINE_WORDS, ""));
}

const DATE_LINE_WORDS = /\b(?:updated|published|posted|modified|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/gi;

/** The signature line of an embedded post: "— Name (@handle) November 3, 2025", "pic.twitter.com/…". */
function isEmbeddedAttribution(line: string): boolean {
  return /\(@\w{1,30}\)|pic\.twitter\.com/.test(line);
}

/** The whole site's date in its masthead, not the story's: "Site last updated: Saturday, June 21, 2025". */
const SITE_DATE = /^[ \t*_]*(?:this\s+)?(?:web)?site\s+(?:last\s+)?(?:updated|modified|refreshed)\b/i;

/**
 * A photo caption: its date is when the picture was taken, not when the story ran ("Mars bars are
 * seen in this picture illustration taken Feb. 23, 2016. (Reuters Photo)", "FILE PHOTO: …").
 */
function isPhotoCaption(line: string): boolean {
  // A wire photo's credit ("REUTERS/Olof Swahnberg/File Photo"), or a caption's "is seen" / "are seen".
  if (/\b(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images|Bloomberg)\s*\/\s*[A-Z]|\/\s*File Photo\b|\b(?:is|are) seen (?:at|in|on|during|outside|inside)\b|\b(?:[Pp]icture|[Pp]hoto(?:graph)?|[Ii]mage)\b[^.]{0,40}\b(?:made available|taken|released)\b|\b[Uu]ndated (?:picture|photo|image)\b/.test(line)) return true;
  return /\b(?:taken|pictured|photographed|shot)\s+(?:on\s+|in\s+)?(?:\w+\.?\s+){0,2}\d|^\s*(?:FILE\s+PHOTO|File\s+photo|Photo|PHOTO)\b|\((?:[^()]*\b)?(?:Photo|PHOTO|Photograph|Getty Images|File)\b[^()]*\)\s*$/.test(line);
}

/** A sentence, however short: three words in lower case and a full stop ("The deal was announced on November 2, 2025."). */
function isSentence(line: string): boolean {
  const t = line.trim();
  return /[\w)][.!?]["”’)]?$/.test(t) && (t.match(/\b[a-z]{2,}\b/g) ?? []).length >= 3;
}

function isBodyProse(line: string): boolean {
  const t = line.trim();
  return t.length >= PROSE_CHARS && /[a-z][.!?]["”’)]?(\s|$)/.test(t);
}

/** A full calendar date on a header line: the line is short, or the date opens it (a dateline). */
function datelineDate(line: string): string | null {
  const facts = dateExtractor.extract({ text: line, refDate: null, sourceId: "", found: [] });
  for (const f of facts) {
    const iso = f.value.iso;
    if (typeof iso !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(iso) || f.value.inferred) continue;
    const shortLine = line.trim().length <= SHORT_LINE && !isSentence(line);
    if (shortLine || opensLine(line, f.start) || ownSegment(line, f.start, f.end)) return iso;
  }
  return null;
}

/**
 * The date fills a short segment of a header line cut by " · ", " | " or " • " ("*Tagline* · Tuesday
 * 27 October 2026 · By Jane Roe"): a byline's date, however long the line is.
 */
function ownSegment(line: string, start: number, end: number): boolean {
  SEGMENT_SEP.lastIndex = 0;
  let from = 0;
  let to = line.length;
  for (let m = SEGMENT_SEP.exec(line); m; m = SEGMENT_SEP.exec(line)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  if (from === 0 && to === line.length) return false;
  return line.slice(from, to).trim().length <= 40;
}

const SEGMENT_SEP = /\s[·|•]\s/g;

/** A day without a year that opens a header line (a dateline), with its weekday where it names one ("Saturday, October 25"). */
function datelineDay(line: string): DatelineDay | null {
  // Any reference date gives the month and day; only they are kept (the year is another source's).
  const facts = dateExtractor.extract({ text: line, refDate: "2000-07-01", sourceId: "", found: [] });
  for (const f of facts) {
    const iso = f.value.iso;
    if (typeof iso !== "string" || !f.value.inferred || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) continue;
    if (!opensLine(line, f.start)) continue;
    return { day: `--${iso.slice(5)}`, weekday: openingWeekday(line.slice(f.start, f.end)) };
  }
  return null;
}

/** The date at `start` opens the line: near its start, with no sentence end before it ("Inc." and the like aside). */
function opensLine(line: string, start: number): boolean {
  const lead = line.slice(0, start);
  if (start > DATELINE_REACH || !/^[^.!?]*$/.test(lead.replace(/\b[A-Z][a-z]{0,4}\./g, ""))) return false;
  // A dateline's lead is a place or a label ("New York, United States —", "LONDON/HONG KONG,",
  // "Updated on"), not words of a sentence ("Intel share prices Thursday September 18, 2025 jumped").
  return !/\b[a-z]{4,}\b/.test(lead.replace(DATELINE_LEAD_WORDS, ""));
}

const DATELINE_LEAD_WORDS = /\b(?:updated|published|posted|modified|last|dated|date|from|with|reporting|staff|and|von|und|del|des|der)\b/g;
