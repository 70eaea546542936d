// Colours in one place. Colour only on a TTY unless FORCE_COLOR says otherwise; NO_COLOR wins.
import { Chalk } from "chalk";

export interface Paint {
  heading(s: string): string;
  dim(s: string): string;
  good(s: string): string;
  bad(s: string): string;
  type(t: string): string;
}

export function colourLevel(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): 0 | 1 | 2 | 3 {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  if (env.FORCE_COLOR !== undefined) {
    const n = env.FORCE_COLOR === "" || env.FORCE_COLOR === "true" ? 1 : Number(env.FORCE_COLOR);
    return (Number.isFinite(n) ? Math.max(0, Math.min(3, n)) : 1) as 0 | 1 | 2 | 3;
  }
  return stream.isTTY ? 1 : 0;
}

const TYPE_COLOUR: Record<string, "green" | "yellow" | "cyan" | "magenta" | "blue" | "white" | "red"> = {
  money: "green", percent: "yellow", date: "cyan", org: "magenta", quote: "blue", duration: "white", quantity: "red",
};

export function makePaint(level: 0 | 1 | 2 | 3): Paint {
  const c = new Chalk({ level });
  return {
    heading: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    good: (s) => c.green(s),
    bad: (s) => c.red.bold(s),
    type: (t) => c[TYPE_COLOUR[t] ?? "white"](t),
  };
}
