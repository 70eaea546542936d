// A progress bar on stderr, for long runs at a terminal only: it appears once more than
// `threshold` sources have been read, never when stderr is a file or a pipe, and it erases itself
// when the run ends, so nothing of it is left in the scrollback or in a log.
import { truncate } from "./table.js";

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export interface ProgressOptions {
  /** Sources read before the bar shows; short runs never see it. */
  threshold?: number;
  /** Sources expected, when known; without it the bar shows a count. */
  total?: number;
  /** Redraw at most this often (ms). */
  intervalMs?: number;
  now?: () => number;
}

export class Progress {
  readonly enabled: boolean;
  private count = 0;
  private facts = 0;
  private shown = false;
  private last = -Infinity;
  private total: number | undefined;
  private readonly threshold: number;
  private readonly interval: number;
  private readonly now: () => number;

  constructor(private readonly stream: ProgressStream, o: ProgressOptions = {}) {
    this.enabled = !!stream.isTTY;
    this.threshold = o.threshold ?? 30;
    this.total = o.total;
    this.interval = o.intervalMs ?? 80;
    this.now = o.now ?? (() => performance.now());
  }

  setTotal(n: number): void {
    this.total = n;
  }

  /** One more source read (its id, and how many facts it gave). */
  tick(label = "", facts = 0): void {
    this.count++;
    this.facts += facts;
    if (!this.enabled || this.count <= this.threshold) return;
    const t = this.now();
    if (this.shown && t - this.last < this.interval && this.count !== this.total) return;
    this.last = t;
    this.shown = true;
    this.stream.write(`\r\x1b[2K${this.line(label)}`);
  }

  /** The text of the bar, fitted to the terminal width. */
  line(label = ""): string {
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    const counts = this.total ? `${this.count}/${this.total} sources` : `${this.count} sources`;
    const tail = ` ${counts} · ${this.facts} facts`;
    let bar = "";
    if (this.total) {
      const w = Math.max(10, Math.min(30, width - tail.length - 20));
      const filled = Math.min(w, Math.round((w * this.count) / this.total));
      bar = `[${"█".repeat(filled)}${"░".repeat(w - filled)}]`;
    } else bar = "reading";
    const head = `${bar}${tail}`;
    return truncate(label ? `${head} · ${label.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?")}` : head, width);
  }

  /** Erase the bar (if it was ever drawn). */
  done(): void {
    if (this.shown) this.stream.write("\r\x1b[2K");
    this.shown = false;
  }
}
