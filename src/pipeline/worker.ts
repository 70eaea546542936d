// A worker thread of the pool (pool.ts), with the same rules and options as the main thread. Its
// role is one of:
// - "whole": extracts the sources it is sent, one at a time, and sends each result back under its
//   sequence number;
// - "read": runs a source's first stage (reading, the early extractors) and hands its plain data,
//   by a port of its own, to its lane's "tag" worker; an error goes straight back to the pool;
// - "tag": runs the second stage (the late extractors, the refiners, deal fields and the source's
//   summary) on what its lane's "read" worker hands it, and sends the result back as a whole
//   worker would (pipeline/extract-source.ts readSource, tagSource).
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { setExtraRuleDirs } from "../rules/load.js";
import type { FromWorker, ToWorker, WorkerInit } from "./pool.js";
import type { RunEvent } from "./run.js";
import type { ReadSource } from "./extract-source.js";

const init = workerData as WorkerInit;
// The user's --rules folders must be in place before any extractor loads its rules.
if (init.ruleDirs.length) setExtraRuleDirs(init.ruleDirs);
const { extractOne, readOne, tagOne, ndjsonOf } = await import("./run.js");

const port = parentPort!;
const encoder = new TextEncoder();

// Fault injection for the tests (pool.test.ts): DEALFACTS_WORKER_FAULT=<role>:<n> makes a worker of
// that role stop dead on the n-th source it is given, as a crash or running out of memory would.
const fault = /^(whole|read|tag):(\d+)$/.exec(process.env.DEALFACTS_WORKER_FAULT ?? "");
let given = 0;
function maybeFail(): void {
  if (fault && fault[1] === (init.role ?? "whole") && ++given === Number(fault[2])) process.exit(70);
}

/**
 * Between the two workers of a lane: the first stage's data as JSON text (JSON.parse reads it in
 * about half the time the structured clone of the same objects takes), and its offset maps as
 * they are (typed arrays are copied as a block).
 */
type Handover = { seq: number; json: string; startMap: Uint32Array | null; endMap: Uint32Array | null };

function reply(seq: number, ev: RunEvent): void {
  // As JSON text: one flat string crosses threads far more cheaply than the structured clone of a
  // source's facts (postMessage was 7% of a worker's time), and the output is JSON anyway.
  // Where the output is NDJSON, the text itself, as UTF-8 bytes whose buffer is moved, not copied
  // (posting the string cost a worker 5% of its time): the main thread writes them as they come.
  if (init.ndjsonText && ev.kind === "result") {
    const bytes = encoder.encode(ndjsonOf(ev.result));
    port.postMessage({ seq, ndjson: bytes, facts: ev.result.facts.length } satisfies FromWorker, [bytes.buffer]);
  } else port.postMessage({ seq, json: JSON.stringify(ev) } satisfies FromWorker);
}

if (init.role === "read") {
  const lane = init.lane as MessagePort;
  port.on("message", (msg: ToWorker) => {
    maybeFail();
    const r = readOne(msg.input, init.opts);
    if ("kind" in r) reply(msg.seq, r);
    else {
      const { startMap, endMap, ...rest } = r;
      lane.postMessage({ seq: msg.seq, json: JSON.stringify(rest), startMap, endMap } satisfies Handover);
    }
  });
} else if (init.role === "tag") {
  const lane = init.lane as MessagePort;
  lane.on("message", (msg: Handover) => {
    maybeFail();
    const read = { ...(JSON.parse(msg.json) as Omit<ReadSource, "startMap" | "endMap">), startMap: msg.startMap, endMap: msg.endMap };
    reply(msg.seq, tagOne(read, init.opts));
  });
  // Its stage's first run, on a sample, while the read worker runs its own first (warm.ts). The
  // sources its lane hands on wait in the port until this returns.
  const { warmSource } = await import("./warm.js");
  tagOne(warmSource(), init.opts);
} else {
  port.on("message", (msg: ToWorker) => {
    maybeFail();
    reply(msg.seq, extractOne(msg.input, init.opts));
  });
}
port.postMessage({ ready: true } satisfies FromWorker);
