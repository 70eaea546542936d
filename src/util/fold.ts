// Accent folding for name keys: "Société Générale" and "Societe Generale" are one name.

/**
 * The text with its accents taken off (NFKD, combining marks dropped). ASCII text, nearly every name
 * in English copy, is its own folding: it is returned as it is, sparing Unicode normalisation.
 */
export function foldAccents(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return s.normalize("NFKD").replace(/\p{M}+/gu, "");
  return s;
}
