import { describe, expect, it } from "vitest";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { BoundedCache, ownCopy } from "../src/util/bounded-cache.js";

describe("BoundedCache", () => {
  it("computes a key once, and starts over when full", () => {
    const calls: string[] = [];
    const c = new BoundedCache((k) => (calls.push(k), k.toUpperCase()), 3);
    expect([c.get("ab"), c.get("cd"), c.get("ab"), c.get("ef")]).toEqual(["AB", "CD", "AB", "EF"]);
    expect(calls).toEqual(["ab", "cd", "ef"]);
    c.get("gh"); // full: dropped, then "gh" kept
    c.get("ab");
    expect(calls).toEqual(["ab", "cd", "ef", "gh", "ab"]);
  });

  it("does not keep the strings its keys were sliced from alive", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const c = new BoundedCache((k) => k.slice(2), 1000);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100; i++) {
      // A fresh 1 MB text each time, and a 30-character slice of it as the key (a view into the
      // text, for V8, unless copied).
      const text = String(i).padStart(6, "0") + "x".repeat(1_000_000);
      c.get(text.slice(0, 30));
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(grown).toBeLessThan(20_000_000); // 100 texts kept alive would be over 100 MB
    expect(c.get("000042" + "x".repeat(24))).toBe("0042" + "x".repeat(24));
  });

  it("ownCopy is the same string", () => {
    const s = "Acme Holdings Corporation said on Monday";
    expect(ownCopy(s.slice(5, 30))).toBe(s.slice(5, 30));
    expect(ownCopy("")).toBe("");
  });
});
