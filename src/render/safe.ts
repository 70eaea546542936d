// Text from sources never reaches the terminal raw: control characters and escape sequences are
// shown escaped, so an article cannot move the cursor, recolour the screen or retitle the window.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g;

export function safeText(s: string, keepNewlines = false): string {
  const escaped = s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
  return keepNewlines ? escaped.replace(/\r\n?/g, "\n") : escaped.replace(/\r\n?|\n/g, "⏎");
}
