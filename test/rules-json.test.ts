// The rule files are data that people edit by hand: JSON.parse keeps only the last of two keys of the
// same name in one object, so a second "notIf" added to a cue would silently replace the first.
// Every object of every rules/*.json file has each key once.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const dir = join(import.meta.dirname, "..", "rules");

/** The keys written twice in one object of a JSON text, as "path: key" (a scan of its strings and brackets). */
function duplicateKeys(json: string): string[] {
  const out: string[] = [];
  // One frame per open bracket: the keys an object has so far (null for an array).
  const stack: (Set<string> | null)[] = [];
  let i = 0;
  let lastString: string | null = null;
  while (i < json.length) {
    const c = json[i]!;
    if (c === '"') {
      let j = i + 1;
      while (json[j] !== '"') j += json[j] === "\\" ? 2 : 1;
      lastString = JSON.parse(json.slice(i, j + 1)) as string;
      i = j + 1;
      continue;
    }
    if (c === "{") stack.push(new Set());
    else if (c === "[") stack.push(null);
    else if (c === "}" || c === "]") stack.pop();
    else if (c === ":") {
      const keys = stack[stack.length - 1];
      if (keys && lastString !== null) {
        if (keys.has(lastString)) out.push(`${stack.length}: ${lastString}`);
        keys.add(lastString);
      }
    }
    i++;
  }
  return out;
}

describe("rules/*.json", () => {
  it("the scan finds a key written twice in one object, and not the same key in two objects", () => {
    expect(duplicateKeys('{"a": {"notIf": "x", "b": "{", "notIf": "y"}}')).toEqual(["2: notIf"]);
    expect(duplicateKeys('{"a": [{"id": "x"}, {"id": "y"}], "b": "\\"id\\": 1"}')).toEqual([]);
  });
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    it(`${name} writes each key of an object once`, () => {
      expect(duplicateKeys(readFileSync(join(dir, name), "utf8"))).toEqual([]);
    });
  }
});
