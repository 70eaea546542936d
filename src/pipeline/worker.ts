// A worker thread of the pool (pool.ts): extracts the sources it is sent, one at a time, with the
// same rules and options as the main thread, and sends each result back under its sequence number.
import { parentPort, workerData } from "node:worker_threads";
import { setExtraRuleDirs } from "../rules/load.js";
import type { FromWorker, ToWorker, WorkerInit } from "./pool.js";

const init = workerData as WorkerInit;
// The user's --rules folders must be in place before any extractor loads its rules.
if (init.ruleDirs.length) setExtraRuleDirs(init.ruleDirs);
const { extractOne, ndjsonOf } = await import("./run.js");

const port = parentPort!;
const encoder = new TextEncoder();
port.on("message", (msg: ToWorker) => {
  // As JSON text: one flat string crosses threads far more cheaply than the structured clone of a
  // source's facts (postMessage was 7% of a worker's time), and the output is JSON anyway.
  const ev = extractOne(msg.input, init.opts);
  // Where the output is NDJSON, the text itself, as UTF-8 bytes whose buffer is moved, not copied
  // (posting the string cost a worker 5% of its time): the main thread writes them as they come.
  if (init.ndjsonText && ev.kind === "result") {
    const bytes = encoder.encode(ndjsonOf(ev.result));
    port.postMessage({ seq: msg.seq, ndjson: bytes, facts: ev.result.facts.length } satisfies FromWorker, [bytes.buffer]);
  } else port.postMessage({ seq: msg.seq, json: JSON.stringify(ev) } satisfies FromWorker);
});
port.postMessage({ ready: true } satisfies FromWorker);
