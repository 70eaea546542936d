// The one place that knows compromise. It is loaded lazily, synchronously (extractors are sync, so
// `await import` is not an option), and only the first time a caller asks for it: `dealfacts
// --version/--help` and documents that never reach an undecided name never pay its ~300 ms load.
// Callers get plain answers (is this word a first name? a place?), never compromise objects.
import { createRequire } from "node:module";

type Lexicon = Record<string, string | string[]>;
interface Nlp {
  (text: string): { json(opts?: unknown): Array<{ terms: Array<{ text: string; tags: string[] }> }> };
  model(): { one: { lexicon: Lexicon } };
}

let nlpFn: Nlp | null = null;
let loadFailed = false;

function nlp(): Nlp | null {
  if (nlpFn || loadFailed) return nlpFn;
  try {
    const require = createRequire(import.meta.url);
    nlpFn = require("compromise") as Nlp;
  } catch {
    loadFailed = true;
  }
  return nlpFn;
}

/** Whether compromise has been loaded in this process (for tests and benchmarks). */
export function compromiseLoaded(): boolean {
  return nlpFn !== null;
}

export type WordKind = "first-name" | "last-name" | "place" | "org" | "common" | "unknown";

const kindCache = new Map<string, WordKind>();

/**
 * What compromise's lexicon says a single capitalised word is. Only the lexicon is consulted (a map
 * lookup), never the tagger, so the cost is the one-off load.
 */
export function lexiconKind(word: string): WordKind {
  // The word as asked first: callers ask with the same capitalised strings over and over, whose
  // hash the engine has already computed, so no lower-cased copy is made for a repeated word.
  const asked = askedCache.get(word);
  if (asked) return asked;
  const kind = kindOfKey(word.toLowerCase());
  if (askedCache.size >= 30_000) askedCache.clear();
  askedCache.set(word, kind);
  return kind;
}
const askedCache = new Map<string, WordKind>();

function kindOfKey(key: string): WordKind {
  const hit = kindCache.get(key);
  if (hit) return hit;
  const lib = nlp();
  let kind: WordKind = "unknown";
  if (lib) {
    const raw = lib.model().one.lexicon[key];
    const tags = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    if (tags.some((t) => /^(FirstName|MaleName|FemaleName|Honorific)$/.test(t))) kind = "first-name";
    else if (tags.includes("LastName")) kind = "last-name";
    else if (tags.some((t) => /^(Place|City|Country|Region|Address)$/.test(t))) kind = "place";
    else if (tags.includes("Organization")) kind = "org";
    else if (tags.length) kind = "common";
  }
  // Bounded: over an archive the capitalised words never stop coming, and memory must stay flat.
  if (kindCache.size >= 30_000) kindCache.clear();
  kindCache.set(key, kind);
  return kind;
}

/**
 * Tags of each term of a short window, from compromise's tagger. Meant for windows of a few words
 * around an undecided name, never for whole documents.
 */
export function tagWindow(window: string): Array<{ text: string; tags: string[] }> {
  const lib = nlp();
  if (!lib || window.length > 400) return [];
  const doc = lib(window).json({ terms: { tags: true } } as unknown);
  return doc.flatMap((s) => s.terms.map((t) => ({ text: t.text, tags: t.tags })));
}

/**
 * Whether compromise's tagger reads a single word, in lower case, as an adjective, verb or adverb
 * ("natural", "solar", "generative"): a describing word, not a name. Its lexicon alone misses most
 * of these, the tagger reads them by their endings. Asked only for rare shapes of names; cached.
 */
export function describingWord(word: string): boolean {
  const key = word.toLowerCase();
  let v = describingCache.get(key);
  if (v === undefined) {
    const lib = nlp();
    v = false;
    if (lib && key.length <= 40) {
      const tags = lib(key).json({ terms: { tags: true } } as unknown)[0]?.terms[0]?.tags ?? [];
      v = tags.some((t) => t === "Adjective" || t === "Verb" || t === "Adverb");
    }
    if (describingCache.size >= 20_000) describingCache.clear();
    describingCache.set(key, v);
  }
  return v;
}
const describingCache = new Map<string, boolean>();
