// Bytes to text, the way the contract says: UTF-8, or UTF-16 where a byte-order mark says so, the
// mark removed. Invalid UTF-8 becomes U+FFFD (offsets stay true to the decoded text).

export type Decoded = { text: string } | { error: string };

const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** UTF-8 with replacement characters for invalid sequences; a byte-order mark is kept (callers strip it). */
export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** A file is binary when it has NUL bytes in its head that no UTF-16 mark explains, or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  if (hasBinaryMagic(bytes)) return true;
  let nul = 0;
  let ctrl = 0;
  let invalid = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32 && b !== 27)) ctrl++;
    else if (b >= 0x80) {
      // Count bytes that do not make valid UTF-8: compressed or encrypted data is full of them.
      const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
      let ok = need > 0 && b < 0xf5;
      for (let k = 1; ok && k <= need; k++) ok = i + k < n ? (bytes[i + k]! & 0xc0) === 0x80 : true;
      if (ok) i += need;
      else invalid++;
    }
  }
  // A stray NUL or two in a text file is debris; text with a NUL every few bytes is not text.
  // Random bytes hold about 10% control bytes and 40% invalid UTF-8; text in a legacy 8-bit
  // encoding has many invalid bytes but next to no control bytes, so it still reads as text.
  const odd = nul + ctrl;
  return nul > Math.max(2, n / 64) || odd > n / 20 || (odd > n / 100 && invalid > n / 5);
}

/** The opening bytes of common binary formats that land in article folders by mistake. */
const MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX, EPUB
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0xd0, 0xcf, 0x11, 0xe0], // old Office documents
];

function hasBinaryMagic(bytes: Uint8Array): boolean {
  return MAGIC.some((m) => bytes.length >= m.length && m.every((b, i) => bytes[i] === b));
}

/**
 * UTF-16 written without a byte-order mark: ASCII text then has a NUL in every other byte. The
 * contract reads UTF-16 only where a mark says so, so this only words the refusal better.
 */
export function looksLikeBomlessUtf16(bytes: Uint8Array): "le" | "be" | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.1) return "le";
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.1) return "be";
  return null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le", { ignoreBOM: true }).decode(bytes.subarray(2)) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be", { ignoreBOM: true }).decode(bytes.subarray(2)) };
  }
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  if (looksBinary(body)) {
    const u16 = looksLikeBomlessUtf16(body);
    if (u16) return { error: `binary file (not text): looks like UTF-16${u16 === "le" ? "LE" : "BE"} without a byte-order mark; save it as UTF-8 or with a mark` };
    return { error: "binary file (not text)" };
  }
  return { text: utf8.decode(body) };
}
