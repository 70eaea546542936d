// The only file-system code: turns the paths on the command line into sources, one at a time.
// Folders are walked recursively (sorted, symbolic-link loops cut), JSONL files give one source a
// line, "-" reads stdin. Nothing here extracts; failures come out as events, never as throws.
import { promises as fs, constants as fsConstants, createReadStream, closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import { decodeBytes, decodeUtf8 } from "./decode.js";
import type { SourceFormat } from "../model.js";

export interface SourceInput {
  id: string;
  path: string;
  format: SourceFormat;
  /** Decoded text: offsets of facts index this. */
  text: string;
  published?: string | null;
  title?: string | null;
}

export type ReadEvent =
  | { kind: "source"; input: SourceInput }
  | { kind: "error"; source: string; path: string; reason: string }
  | { kind: "skip"; path: string; reason: string }
  | { kind: "warn"; message: string };

export interface ReadOptions {
  /** Files larger than this are refused with a clear message (JSONL files are streamed instead). */
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
  /** How to read "-": one text (default), or JSONL, one source a line (a mapper in Hadoop Streaming or Spark's pipe). */
  stdinFormat?: "text" | "jsonl";
  /** For tests: called with a file's path after it is opened and before it is read. */
  onOpen?: (path: string) => void;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const TEXT_EXT: Record<string, SourceFormat> = { ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".xhtml": "html" };
const JSONL_EXT = new Set([".jsonl", ".ndjson"]);

interface Planned {
  path: string;
  /** Id per the contract: relative to the folder named, or the file name. */
  id: string;
  kind: "file" | "jsonl" | "stdin";
  format: SourceFormat;
}

/** Plan the inputs first (cheap: names only), then read them one by one. */
export async function* readSources(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const planned: Planned[] = [];
  for (const p of paths) {
    if (p === "-") {
      planned.push({ path: "-", id: "-", kind: "stdin", format: "text" });
      continue;
    }
    let st;
    try {
      st = await fs.stat(p);
    } catch (e) {
      yield { kind: "error", source: p, path: p, reason: fsReason(e) };
      continue;
    }
    if (st.isDirectory()) {
      const files: string[] = [];
      const skipped: ReadEvent[] = [];
      await walk(p, files, skipped, new Set());
      for (const ev of skipped) yield ev;
      const planOf = files.map((f) => plan(f, relative(p, f).split("\\").join("/"))).filter((x): x is Planned => !!x);
      for (const f of files) if (!plan(f, "")) yield { kind: "skip", path: f, reason: `not a source (${extname(f) || "no extension"}); dealfacts reads .txt, .md, .html, .htm, .jsonl, .ndjson` };
      if (planOf.length === 0) yield { kind: "error", source: p, path: p, reason: files.length ? "folder holds no readable sources (.txt, .md, .html, .jsonl)" : "empty folder" };
      planned.push(...planOf);
    } else {
      // A file named directly is read whatever its extension; HTML is recognised by its content.
      planned.push(plan(p, basename(p)) ?? { path: p, id: basename(p), kind: "file", format: "text" });
    }
  }

  const seen = new Map<string, number>();
  const uniqueId = function* (id: string, path: string): Generator<ReadEvent, string> {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n === 1) return id;
    const next = `${id}#${n}`;
    yield { kind: "warn", message: `two inputs share the id ${JSON.stringify(id)}; ${path} is kept apart as ${JSON.stringify(next)}` };
    return next;
  };

  for (const pl of planned) {
    if (pl.kind === "stdin" && opts.stdinFormat === "jsonl") {
      yield* readJsonl(pl, uniqueId, opts.stdin ?? process.stdin, maxBytes);
      continue;
    }
    if (pl.kind === "stdin") {
      const bytes = await readAll(opts.stdin ?? process.stdin, maxBytes);
      if ("error" in bytes) {
        yield { kind: "error", source: "-", path: "-", reason: bytes.error };
        continue;
      }
      const dec = decodeBytes(bytes.data);
      if ("error" in dec) yield { kind: "error", source: "-", path: "-", reason: dec.error };
      else yield { kind: "source", input: { id: yield* uniqueId("-", "-"), path: "-", format: "text", text: dec.text } };
      continue;
    }
    if (pl.kind === "jsonl") {
      yield* readJsonl(pl, uniqueId, undefined, maxBytes);
      continue;
    }
    const got = readFileStable(pl.path, maxBytes, opts.onOpen);
    if ("error" in got) {
      yield { kind: "error", source: pl.id, path: pl.path, reason: got.error };
      continue;
    }
    const bytes = got.data;
    const dec = decodeBytes(bytes);
    if ("error" in dec) {
      yield { kind: "error", source: pl.id, path: pl.path, reason: dec.error };
      continue;
    }
    yield { kind: "source", input: { id: yield* uniqueId(pl.id, pl.path), path: pl.path, format: pl.format, text: dec.text } };
  }
}

function plan(path: string, id: string): Planned | null {
  const ext = extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) return { path, id, kind: "jsonl", format: "jsonl" };
  const format = TEXT_EXT[ext];
  return format ? { path, id, kind: "file", format } : null;
}

/**
 * Read a whole file through one descriptor, so what is checked (a regular file, under the limit)
 * is what is read. Synchronous on purpose: for the small files news comes in, fs.promises costs a
 * thread-pool round trip per call and reads ten times slower (0.9 s against 0.06 s for 2,000
 * articles). A file that vanishes before it is opened, or grows, shrinks or is rewritten while it is
 * read, is reported rather than read half-old, half-new; one retry covers a writer that just finished.
 */
export function readFileStable(path: string, maxBytes: number, onOpen?: (path: string) => void): { data: Uint8Array } | { error: string } {
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException)?.code;
      // It was there when the folder was listed: say that it went away, not just that it is missing.
      return { error: code === "ENOENT" ? "vanished before it could be read (no such file or folder)" : fsReason(e) };
    }
    try {
      const before = fstatSync(fd);
      if (before.isDirectory()) return { error: "is a folder" };
      if (!before.isFile()) return { error: "not a regular file" };
      if (before.size > maxBytes) return { error: `file is ${before.size} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)` };
      onOpen?.(path);
      // One byte more than the limit allows: a file that grew past it since the stat is caught here.
      const cap = Math.min(maxBytes + 1, Math.max(before.size + 1, 64 * 1024));
      let buf = Buffer.allocUnsafe(Math.min(cap, before.size + 1));
      let len = 0;
      for (;;) {
        if (len === buf.length) {
          if (buf.length >= cap) break;
          const bigger = Buffer.allocUnsafe(Math.min(cap, buf.length * 2));
          buf.copy(bigger, 0, 0, len);
          buf = bigger;
        }
        const n = readSync(fd, buf, len, buf.length - len, len);
        if (n === 0) break;
        len += n;
      }
      if (len > maxBytes) return { error: `file grew past the limit of ${maxBytes} bytes while being read (raise it with --max-bytes)` };
      const after = fstatSync(fd);
      if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || len !== after.size) {
        if (attempt === 0) continue;
        return { error: `changed while being read (${before.size} bytes, then ${after.size}); read it again when it is complete` };
      }
      return { data: buf.subarray(0, len) };
    } catch (e) {
      return { error: fsReason(e) };
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * Collect the files under `dir`, sorted. `ancestors` holds the real paths of the folders on the way
 * down: a link back to one of them is a loop and is cut with a warning; a folder reached a second
 * time by another link (not a loop) is read once.
 */
async function walk(dir: string, out: string[], skipped: ReadEvent[], visited: Set<string>, ancestors: string[] = []): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (e) {
    skipped.push({ kind: "error", source: dir, path: dir, reason: fsReason(e) });
    return;
  }
  if (ancestors.includes(real)) {
    skipped.push({ kind: "warn", message: `${dir}: symbolic-link loop (leads back to ${real}), not followed` });
    return;
  }
  if (visited.has(real)) {
    skipped.push({ kind: "warn", message: `${dir}: the same folder as ${real}, already read through another path; not read twice` });
    return;
  }
  visited.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    skipped.push({ kind: "error", source: dir, path: dir, reason: fsReason(e) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    if (ent.name.startsWith(".")) continue;
    const full = join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        const st = await fs.stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException)?.code;
        skipped.push({ kind: "error", source: full, path: full, reason: code === "ENOENT" ? "broken symbolic link (its target does not exist)" : fsReason(e) });
        continue;
      }
    }
    if (isDir) await walk(full, out, skipped, visited, [...ancestors, real]);
    else if (isFile) out.push(full);
    else skipped.push({ kind: "skip", path: full, reason: "not a regular file (device, socket or pipe)" });
  }
}

/** The lines of a byte stream with their 1-based numbers; a line over `maxBytes` comes back as null (and is not held in memory). */
async function* byteLines(stream: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<{ lineNo: number; bytes: Uint8Array | null; size: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let lineNo = 0;
  let over = false;
  const finish = () => {
    lineNo++;
    const bytes = over ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    const out = { lineNo, bytes, size };
    parts = [];
    size = 0;
    over = false;
    return out;
  };
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const b = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (;;) {
      const nl = b.indexOf(10, from);
      const piece = b.subarray(from, nl < 0 ? b.length : nl);
      size += piece.length;
      if (size > maxBytes) {
        over = true;
        parts = [];
      } else if (piece.length) parts.push(piece);
      if (nl < 0) break;
      yield finish();
      from = nl + 1;
    }
  }
  if (size > 0 || parts.length) yield finish();
}

async function* readJsonl(pl: Planned, uniqueId: (id: string, path: string) => Generator<ReadEvent, string>, input?: NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<ReadEvent> {
  let stream: NodeJS.ReadableStream;
  try {
    if (input) stream = input;
    else {
      const st = statSync(pl.path);
      if (!st.isFile()) throw Object.assign(new Error("not a regular file"), { code: st.isDirectory() ? "EISDIR" : "ENOTREG" });
      await fs.access(pl.path, fsConstants.R_OK);
      stream = createReadStream(pl.path);
    }
  } catch (e) {
    yield { kind: "error", source: pl.id, path: pl.path, reason: fsReason(e) };
    return;
  }
  // A JSONL file is streamed, line by line, whatever its size; only a single line is held at once,
  // and a line over --max-bytes is refused on its own.
  try {
    for await (const { lineNo, bytes, size } of byteLines(stream, maxBytes)) {
      const where = `${pl.id}:${lineNo}`;
      if (bytes === null) {
        yield { kind: "error", source: where, path: pl.path, reason: `line ${lineNo}: ${size} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)` };
        continue;
      }
      let line = decodeUtf8(bytes);
      if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      if (line.endsWith("\r")) line = line.slice(0, -1);
      if (!line.trim()) continue;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch (e) {
        yield { kind: "error", source: where, path: pl.path, reason: `line ${lineNo}: not valid JSON (${(e as Error).message})` };
        continue;
      }
      const r = rec as Record<string, unknown>;
      if (!r || typeof r !== "object" || Array.isArray(r) || typeof r.text !== "string") {
        yield { kind: "error", source: where, path: pl.path, reason: `line ${lineNo}: expected an object with a string "text"` };
        continue;
      }
      const id = r.id === undefined || r.id === null || (typeof r.id === "string" && r.id === "") ? where : String(r.id);
      const published = typeof r.published === "string" && /^\d{4}-\d{2}-\d{2}/.test(r.published) ? r.published.slice(0, 10) : null;
      yield {
        kind: "source",
        input: { id: yield* uniqueId(id, where), path: pl.path, format: "jsonl", text: r.text, published, title: typeof r.title === "string" ? r.title : null },
      };
    }
  } catch (e) {
    yield { kind: "error", source: pl.id, path: pl.path, reason: fsReason(e) };
  }
}

async function readAll(stream: NodeJS.ReadableStream, maxBytes: number): Promise<{ data: Uint8Array } | { error: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const b = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > maxBytes) return { error: `standard input is over the limit of ${maxBytes} bytes (raise it with --max-bytes)` };
    chunks.push(b);
  }
  return { data: Buffer.concat(chunks) };
}

export function fsReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT": return "no such file or folder";
    case "EACCES":
    case "EPERM": return "permission denied";
    case "ELOOP": return "symbolic-link loop";
    case "EISDIR": return "is a folder";
    case "ENOTDIR": return "not a folder";
    case "EMFILE": return "too many open files";
    case "ENOTREG": return "not a regular file";
    case "EIO": return "input/output error";
    default: return err?.message ?? String(e);
  }
}

export const absolute = (p: string) => resolve(p);
