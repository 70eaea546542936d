// Bytes to text, the way the contract says: UTF-8, or UTF-16 where a byte-order mark says so, the
// mark removed. Invalid UTF-8 becomes U+FFFD (offsets stay true to the decoded text).

export type Decoded = { text: string } | { error: string };

/** A file is binary when it has NUL bytes in its head that no UTF-16 mark explains, or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let nul = 0;
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32 && b !== 27)) ctrl++;
  }
  // A stray NUL or two in a text file is debris; text with a NUL every few bytes is not text.
  return nul > Math.max(2, n / 64) || ctrl > n / 10;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  }
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  if (looksBinary(body)) return { error: "binary file (not text)" };
  return { text: new TextDecoder("utf-8", { fatal: false }).decode(body) };
}
