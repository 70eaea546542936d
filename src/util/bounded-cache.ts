// A memo of a pure function of a string, bounded: over an archive the keys never stop coming, and
// memory must stay flat, so the whole memo is dropped when it is full (the hot keys come back at once).
//
// Keys are copied before they are kept. A key is usually a slice of a source's text, and V8 makes a
// slice of 13 characters or more a view into its parent string: a memo of 20,000 such keys (and of
// values computed from them) held up to 20,000 whole articles alive, and a long run's heap grew with
// its input (the "tag" worker's old space from 40 to over 100 MB on a 100 MB corpus).
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();

  constructor(
    private readonly compute: (key: string) => V,
    private readonly max = 20_000,
  ) {}

  get(key: string): V {
    let v = this.map.get(key);
    if (v === undefined) {
      const own = ownCopy(key);
      v = this.compute(own);
      if (this.map.size >= this.max) this.map.clear();
      this.map.set(own, v);
    }
    return v;
  }

  clear(): void {
    this.map.clear();
  }
}

/**
 * A string with no reference to the string it was sliced from: the concatenation is flattened into
 * a new string one character longer, and the slice of that holds only it.
 */
export function ownCopy(s: string): string {
  return (" " + s).slice(1);
}
