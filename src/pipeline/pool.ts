// All cores: sources spread over worker threads, results handed back in input order, so the
// output is the same whatever --jobs is. Reading stays in the main thread, one source at a time,
// and at most 8 × jobs sources, and at most about 8 MB of their text, are in flight (read but not
// yet yielded): memory depends on the number of workers, never on the number of files. The window
// is wider than the pool so that one slow source at the head does not leave the other workers idle.
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readSources, type SourceInput } from "../sources/read.js";
import { getExtraRuleDirs } from "../rules/load.js";
import type { RunEvent } from "./events.js";
import type { RunOptions } from "./run.js";
import type { ExtractOptions, SourceResult } from "./extract-source.js";

export interface PoolOptions extends RunOptions {
  /** Worker threads; 1 (or a single source) runs in the main thread. Default: the cores available. */
  jobs?: number;
  /**
   * Start workers only once at least two sources and this many characters are waiting: below it,
   * starting threads (each loads the extractors) costs more than it saves. Default 256 Ki, or
   * DEALFACTS_POOL_MIN_CHARS from the environment (tests set 0 to exercise the pool on small input).
   */
  poolMinChars?: number;
  /**
   * The output is every fact as NDJSON: workers send each source's NDJSON text (run.ts ndjsonOf)
   * with its event, and the main thread parses the facts only if something asks for them.
   */
  ndjsonText?: boolean;
}

/** What a worker needs to extract exactly as the main thread would, and its part (worker.ts). */
export interface WorkerInit {
  ruleDirs: string[];
  opts: ExtractOptions;
  ndjsonText: boolean;
  role?: "whole" | "read" | "tag";
  /** For "read" and "tag": the port to the lane's other worker. */
  lane?: MessagePort;
}
export type ToWorker = { seq: number; input: SourceInput };
export type FromWorker = { ready: true } | { seq: number; json: string } | { seq: number; ndjson: Uint8Array; facts: number };

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The extractors, loaded in the main thread only when it extracts a source itself (--jobs 1, a
 * small input, what a failed worker held). A pool's main thread only reads sources and writes
 * what its workers send, so it starts them without first loading what they load again.
 */
let stagesLoading: Promise<typeof import("./run.js")> | null = null;
const stages = () => (stagesLoading ??= import("./run.js"));

function minCharsFromEnv(): number {
  const v = Number(process.env.DEALFACTS_POOL_MIN_CHARS);
  return Number.isFinite(v) && v >= 0 ? v : 256 * 1024;
}

interface Slot {
  /** A non-source event, or a settled result. */
  ev?: RunEvent;
  /** A source not yet dispatched (while deciding whether the pool is worth starting). */
  input?: SourceInput;
  pending?: Promise<RunEvent>;
  /** Characters of source text this slot holds in flight. */
  chars?: number;
}

/**
 * The same events as runExtraction (pipeline/run.ts), in the same order, with extraction spread
 * over `jobs` worker threads.
 */
export async function* runExtractionPooled(paths: string[], opts: PoolOptions = {}): AsyncGenerator<RunEvent> {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const extractOpts: ExtractOptions = { refDate: opts.refDate ?? null, ...(opts.types ? { types: [...opts.types] } : {}) };
  const minChars = opts.poolMinChars ?? minCharsFromEnv();
  const maxInFlight = 8 * jobs;
  const maxInFlightChars = 8 * 1024 * 1024;
  let inFlightChars = 0;
  const slots: Slot[] = [];
  let head = 0;
  let pool: Pool | null = null;
  let deferredChars = 0;
  let deferredCount = 0;

  // Yields every slot at the head that is ready, in order.
  const readyHead = function* (): Generator<RunEvent> {
    while (head < slots.length) {
      const s = slots[head]!;
      if (!s.ev) break;
      inFlightChars -= s.chars ?? 0;
      slots[head++] = {};
      yield s.ev;
    }
    if (head > 1024 && head * 2 > slots.length) {
      slots.splice(0, head);
      head = 0;
    }
  };
  const settle = (slot: Slot, p: Promise<RunEvent>) => {
    slot.pending = p;
    // A failure stays on p, for the loop that awaits it to throw (a bad rule file).
    p.then(
      (ev) => {
        slot.ev = ev;
      },
      () => {},
    );
  };

  let lastBreath = performance.now();
  const inMain = jobs === 1 ? await stages() : null;
  try {
    for await (const rev of readSources(paths, opts)) {
      // Reading and in-process extraction are synchronous, so this loop is one long chain of
      // microtasks: without a turn of the event loop now and then, process.nextTick callbacks
      // (each stdout write queues one, holding its chunk) pile up and memory grows with the input.
      if (performance.now() - lastBreath > 25) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        lastBreath = performance.now();
      }
      if (rev.kind !== "source") {
        if (head === slots.length) yield rev;
        else slots.push({ ev: rev });
        continue;
      }
      if (inMain) {
        yield inMain.extractOne(rev.input, extractOpts);
        continue;
      }
      if (!pool) {
        slots.push({ input: rev.input, chars: rev.input.text.length });
        inFlightChars += rev.input.text.length;
        deferredChars += rev.input.text.length;
        deferredCount++;
        if (deferredCount < 2 || deferredChars < minChars) continue;
        pool = Pool.start(jobs, { ruleDirs: getExtraRuleDirs(), opts: extractOpts, ndjsonText: !!opts.ndjsonText });
        for (let i = head; i < slots.length; i++) {
          const s = slots[i]!;
          if (s.input) {
            settle(s, pool.run(s.input));
            delete s.input;
          }
        }
      } else {
        const s: Slot = { chars: rev.input.text.length };
        inFlightChars += rev.input.text.length;
        slots.push(s);
        settle(s, pool.run(rev.input));
      }
      yield* readyHead();
      // Back-pressure: stop reading while too many sources are in flight.
      while (slots.length - head >= maxInFlight || (slots.length - head > 1 && inFlightChars >= maxInFlightChars)) {
        const s = slots[head]!;
        if (!s.ev && s.pending) s.ev = await s.pending;
        yield* readyHead();
      }
    }
    // The rest, in order; sources never dispatched (small inputs) run here.
    for (; head < slots.length; head++) {
      const s = slots[head]!;
      slots[head] = {};
      if (s.ev) yield s.ev;
      else if (s.pending) yield await s.pending;
      else if (s.input) yield (await stages()).extractOne(s.input, extractOpts);
    }
  } finally {
    await pool?.close();
  }
}

interface Job {
  input: SourceInput;
  resolve: (ev: RunEvent | Promise<RunEvent>) => void;
}

/**
 * One unit of the pool: a "whole" worker, or a lane of two, "read" then "tag", joined by a channel
 * of their own (worker.ts). Sources go in at the first worker; results, and the first stage's
 * errors, come back from either.
 */
interface Member {
  workers: Worker[];
  /** Workers that have said they are ready. */
  ready: number;
  dead: boolean;
  jobs: Map<number, Job>;
}

/**
 * Worker threads, each unit given the next source when it has the fewest in hand.
 *
 * Two workers make one lane, not two whole workers. Each V8 isolate compiles and warms up its own
 * copy of the code it runs, and over 10 MB that costs about as much CPU as the extraction itself
 * (TurboFan's compilations, and the slow first few hundred sources). Two whole workers pay it
 * twice, on the cores that do the work; a lane's two workers each pay it for half the code. An odd
 * worker left over is a whole one.
 */
class Pool {
  private readonly members: Member[] = [];
  private seq = 0;
  private respawns = 0;
  private turn = 0;

  private constructor(
    private readonly url: URL | null,
    private readonly init: WorkerInit,
  ) {}

  static start(size: number, init: WorkerInit): Pool {
    const pool = new Pool(workerUrl(), init);
    if (pool.url) {
      const lanes = poolShape() === "whole" ? 0 : Math.floor(size / 2);
      for (let i = 0; i < lanes; i++) pool.spawn(true);
      for (let i = 2 * lanes; i < size; i++) pool.spawn(false);
    }
    return pool;
  }

  private spawn(lane: boolean): void {
    const workers: Worker[] = [];
    try {
      // A bound on each worker's heap: V8 grows a heap it is given room for long before it must,
      // so without one the workers' memory grows with the input (10 MB: 765 MB peak). The live set
      // of one source is far smaller; a source that needs more runs in the main thread (below).
      const resourceLimits = { maxOldGenerationSizeMb: workerHeapMb() };
      if (lane) {
        const { port1, port2 } = new MessageChannel();
        workers.push(new Worker(this.url!, { workerData: { ...this.init, role: "read", lane: port1 } satisfies WorkerInit, transferList: [port1], resourceLimits }));
        workers.push(new Worker(this.url!, { workerData: { ...this.init, role: "tag", lane: port2 } satisfies WorkerInit, transferList: [port2], resourceLimits }));
      } else workers.push(new Worker(this.url!, { workerData: { ...this.init, role: "whole" } satisfies WorkerInit, resourceLimits }));
    } catch {
      for (const w of workers) void w.terminate().catch(() => 0);
      return;
    }
    const m: Member = { workers, ready: 0, dead: false, jobs: new Map() };
    const onMessage = (msg: FromWorker) => {
      if ("ready" in msg) {
        m.ready++;
        return;
      }
      const job = m.jobs.get(msg.seq);
      if (!job) return;
      m.jobs.delete(msg.seq);
      job.resolve("ndjson" in msg ? resultOfNdjson(msg.ndjson, msg.facts) : (JSON.parse(msg.json) as RunEvent));
    };
    const fail = () => {
      if (m.dead) return;
      m.dead = true;
      const i = this.members.indexOf(m);
      if (i >= 0) this.members.splice(i, 1);
      // A lane is no lane without both its workers.
      for (const w of m.workers) void w.terminate().catch(() => 0);
      // A worker that stopped (out of memory, a crash) must not lose sources: what its unit held
      // is extracted in the main thread, exactly as --jobs 1 would.
      const orphans = [...m.jobs.values()];
      m.jobs.clear();
      if (m.ready === m.workers.length && this.respawns < 8) {
        this.respawns++;
        this.spawn(lane);
      }
      for (const job of orphans) job.resolve(stages().then((st) => st.extractOne(job.input, this.init.opts)));
    };
    for (const w of workers) {
      w.on("message", onMessage);
      w.on("error", fail);
      w.on("exit", fail);
    }
    this.members.push(m);
  }

  run(input: SourceInput): Promise<RunEvent> {
    // Fewest in hand wins; ties go round the members so idle workers all get work.
    let best: Member | null = null;
    const n = this.members.length;
    for (let k = 0; k < n; k++) {
      const m = this.members[(this.turn + k) % n]!;
      if (!best || m.jobs.size < best.jobs.size) best = m;
    }
    this.turn++;
    if (!best) return stages().then((st) => st.extractOne(input, this.init.opts));
    const seq = this.seq++;
    const member = best;
    return new Promise<RunEvent>((resolve) => {
      member.jobs.set(seq, { input, resolve });
      member.workers[0]!.postMessage({ seq, input } satisfies ToWorker);
    });
  }

  async close(): Promise<void> {
    const all = this.members.splice(0);
    for (const m of all) m.dead = true;
    await Promise.all(all.flatMap((m) => m.workers.map((w) => w.terminate().catch(() => 0))));
  }
}

/**
 * A result event from a worker's NDJSON bytes: the source entry parsed now (the first line), the
 * facts only when first asked for (streaming NDJSON passes the bytes through and never asks).
 */
export function resultOfNdjson(bytes: Uint8Array, factCount: number): RunEvent {
  const nl = bytes.indexOf(10);
  const { kind: _k, ...source } = JSON.parse(decoder.decode(bytes.subarray(0, nl))) as SourceResult["source"] & { kind?: string };
  let facts: SourceResult["facts"] | null = null;
  const result = { source } as SourceResult;
  Object.defineProperty(result, "facts", {
    enumerable: true,
    get: () =>
      (facts ??= decoder
        .decode(bytes.subarray(nl + 1))
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const { kind: _kind, ...fact } = JSON.parse(line) as SourceResult["facts"][number] & { kind?: string };
          return fact as SourceResult["facts"][number];
        })),
  });
  return { kind: "result", result, ndjson: { bytes, facts: factCount } };
}

const decoder = new TextDecoder();

/**
 * "lanes" (the default) or "whole": DEALFACTS_POOL_SHAPE=whole makes every worker a whole one, to
 * compare the two shapes (npm run bench) and to test both.
 */
function poolShape(): "lanes" | "whole" {
  return process.env.DEALFACTS_POOL_SHAPE === "whole" ? "whole" : "lanes";
}

/** Old-generation limit of each worker, in MB: 128, or DEALFACTS_WORKER_HEAP_MB. */
function workerHeapMb(): number {
  const v = Number(process.env.DEALFACTS_WORKER_HEAP_MB);
  return Number.isFinite(v) && v >= 16 ? v : 128;
}

/** dist/pipeline/worker.js beside this module; null when running from the TypeScript sources. */
function workerUrl(): URL | null {
  const url = new URL("./worker.js", import.meta.url);
  try {
    return existsSync(fileURLToPath(url)) ? url : null;
  } catch {
    return null;
  }
}
