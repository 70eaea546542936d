// Text from sources never reaches the terminal raw: control characters and escape sequences are
// shown escaped, so an article cannot move the cursor, recolour the screen, retitle the window,
// ring the bell or reorder what is shown (bidirectional overrides).
// C0 controls but tab, LF and CR; DEL and C1 (U+0085, U+009B CSI among them); zero-width and
// direction marks; line and paragraph separators; bidirectional embeddings, overrides, isolates;
// lone surrogates (they would come out as U+FFFD or garbage).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const CONTROL_KEEP_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** One cell or line of text: every control character escaped, line breaks shown as ⏎ (or kept). */
export function safeText(s: string, keepNewlines = false): string {
  const escaped = s.replace(CONTROL, escapeChar);
  return keepNewlines ? escaped.replace(/\r\n?/g, "\n") : escaped.replace(/\r\n?|\n/g, "⏎");
}

/**
 * A whole output meant for programs (CSV) when it goes to a terminal after all: tab, LF and CR stay
 * (they are the format), every other control character is escaped. Not for output with our own
 * colours in it: paint after making text safe, never before.
 */
export function terminalSafe(s: string): string {
  return s.replace(CONTROL_KEEP_LINES, escapeChar);
}

/** True when a string holds something terminalSafe would escape. */
export function hasControl(s: string): boolean {
  CONTROL_KEEP_LINES.lastIndex = 0;
  return CONTROL_KEEP_LINES.test(s);
}
