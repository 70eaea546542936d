// Colours in one place. Colour only on a TTY unless FORCE_COLOR says otherwise; NO_COLOR wins
// (https://no-color.org: any non-empty value turns colour off).
import { Chalk } from "chalk";

export interface Paint {
  readonly level: 0 | 1 | 2 | 3;
  heading(s: string): string;
  dim(s: string): string;
  good(s: string): string;
  bad(s: string): string;
  warn(s: string): string;
  type(t: string, s?: string): string;
}

export function colourLevel(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): 0 | 1 | 2 | 3 {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "" || force === "true") return 1;
    if (force === "false") return 0;
    const n = Number(force);
    return (Number.isFinite(n) ? Math.max(0, Math.min(3, Math.trunc(n))) : 1) as 0 | 1 | 2 | 3;
  }
  if (env.TERM === "dumb") return 0;
  return stream.isTTY ? 1 : 0;
}

export const TYPE_COLOUR: Record<string, "green" | "yellow" | "cyan" | "magenta" | "blue" | "white" | "red"> = {
  money: "green", percent: "yellow", date: "cyan", org: "magenta", quote: "blue", duration: "white", quantity: "red",
};

export function makePaint(level: 0 | 1 | 2 | 3): Paint {
  const c = new Chalk({ level });
  return {
    level,
    heading: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    good: (s) => c.green(s),
    bad: (s) => c.red.bold(s),
    warn: (s) => c.yellow(s),
    type: (t, s = t) => c[TYPE_COLOUR[t] ?? "white"](s),
  };
}

/** No colour at all: for files, pipes and tests. */
export const plain: Paint = makePaint(0);
