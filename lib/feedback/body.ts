/**
 * Reading a POST body with a size limit and a deadline (lib/feedback/handler.ts). A reader's upload that trickles
 * in (a byte every second or two) would otherwise hold a request open for as long as the client likes, and a
 * clean stop with it; so the body must arrive within BODY_DEADLINE_MS of the first read, and reading gives up at
 * once when the process starts to stop.
 */

/** How long a body may take to arrive. An answer is at most 16 KB: a slow mobile connection sends that in a second or two. */
export const BODY_DEADLINE_MS = 5_000;
/** How often a read in progress looks at the clock and at whether the process is stopping. */
const POLL_MS = 100;

export type BodyResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; why: "too-large" | "too-slow" | "stopping" };

export interface BodyOptions {
  deadlineMs?: number;
  /** True once the process is stopping: reading gives up. */
  stopping?: () => boolean;
}

/** The body's bytes, or why not: past `limit` (the rest is not read), past the deadline, or the process stopping. */
export async function readBody(request: Request, limit: number, options: BodyOptions = {}): Promise<BodyResult> {
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const deadlineMs = options.deadlineMs ?? BODY_DEADLINE_MS;
  const reader = request.body.getReader();
  const began = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const interrupted = new Promise<"too-slow" | "stopping">((resolve) => {
    timer = setInterval(() => {
      if (options.stopping?.()) resolve("stopping");
      else if (Date.now() - began >= deadlineMs) resolve("too-slow");
    }, POLL_MS);
  });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), interrupted]);
      if (typeof next === "string") return giveUp(reader, next);
      if (next.done) break;
      size += next.value.byteLength;
      if (size > limit) return giveUp(reader, "too-large");
      chunks.push(next.value);
    }
  } finally {
    clearInterval(timer);
  }
  return { ok: true, bytes: concat(chunks, size) };
}

function giveUp(reader: ReadableStreamDefaultReader<Uint8Array>, why: "too-large" | "too-slow" | "stopping"): BodyResult {
  // Not awaited: a client that sends nothing more must not hold this request up.
  reader.cancel().catch(() => {});
  return { ok: false, why };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
