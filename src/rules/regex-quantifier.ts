// The one reader of a regular expression's quantifier, shared by the three places that read
// pattern structure: the safety check (safety.ts), the literal prefilter (prefilter.ts) and the
// start-key automaton (extract/start-keys.ts).

export interface Quantifier {
  min: number;
  max: number;
  /** Where the pattern goes on after it (a lazy "?" included). */
  end: number;
}

/** The quantifier at s[i] ("*", "+", "?", "{n}", "{n,}", "{n,m}", each maybe lazy), or null. */
export function readQuantifier(s: string, i: number): Quantifier | null {
  const c = s[i];
  let min: number, max: number, end: number;
  if (c === "*") [min, max, end] = [0, Infinity, i + 1];
  else if (c === "+") [min, max, end] = [1, Infinity, i + 1];
  else if (c === "?") [min, max, end] = [0, 1, i + 1];
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i, i + 24));
    if (!m) return null;
    min = Number(m[1]);
    max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    end = i + m[0].length;
  } else return null;
  // Lazy: the same language and the same worst case.
  if (s[end] === "?") end++;
  return { min, max, end };
}
