// A memo of a pure function of a string, bounded: over an archive the keys never stop coming, and
// memory must stay flat, so the whole memo is dropped when it is full (the hot keys come back at once).
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();

  constructor(
    private readonly compute: (key: string) => V,
    private readonly max = 20_000,
  ) {}

  get(key: string): V {
    let v = this.map.get(key);
    if (v === undefined) {
      v = this.compute(key);
      if (this.map.size >= this.max) this.map.clear();
      this.map.set(key, v);
    }
    return v;
  }

  clear(): void {
    this.map.clear();
  }
}
