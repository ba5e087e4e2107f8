/** Plain GETs for the benchmark's checks, with the body as it was sent (compressed, if it was). */
import http from "node:http";
import zlib from "node:zlib";

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent, still compressed if it was. */
  bytes: Buffer;
  body: string;
}

/** A GET through node:http, which (unlike fetch) leaves a compressed body as it came. */
export function get(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes, body: bytes.toString("utf8") });
        });
      })
      .on("error", reject);
  });
}

/** A body decoded as its Content-Encoding says. */
export function decoded(answer: RawAnswer): Buffer {
  const encoding = answer.headers["content-encoding"];
  if (encoding === "br") return zlib.brotliDecompressSync(answer.bytes);
  if (encoding === "gzip") return zlib.gunzipSync(answer.bytes);
  return answer.bytes;
}
