// A source's own date: a dateline or byline date on its first lines ("SEATTLE, Nov. 4, 2025 -",
// "2025-11-04", "By X | November 3, 2025"), else none. A date deep in the body is not the
// publication date: it may be the date of an embedded post or of another event.
import { dateExtractor } from "../extract/date.js";

const HEAD_LINES = 8;
const MAX_HEAD_CHARS = 1200;

export function findPublished(text: string): string | null {
  // The first few non-empty lines, kept at their offsets.
  let pos = 0;
  let seen = 0;
  while (pos < text.length && seen < HEAD_LINES && pos < MAX_HEAD_CHARS) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    if (line.trim()) {
      seen++;
      const hit = datelineDate(line);
      if (hit) return hit;
    }
    pos = nl + 1;
  }
  return null;
}

/** A full calendar date on a header line: the line is short, or the date opens it (a dateline). */
function datelineDate(line: string): string | null {
  const facts = dateExtractor.extract({ text: line, refDate: null, sourceId: "", found: [] });
  for (const f of facts) {
    const iso = f.value.iso;
    if (typeof iso !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(iso) || f.value.inferred) continue;
    const shortLine = line.trim().length <= 120;
    const opensLine = f.start <= 60 && /^\s*[^.!?]*$/.test(line.slice(0, f.start));
    if (shortLine || opensLine) return iso;
  }
  return null;
}
