/** Helpers for specs that act as particular clients or send requests a browser would not. */
import { createHash } from "node:crypto";
import http from "node:http";
import type { TestInfo } from "@playwright/test";

/**
 * A client address of the test's own (private range), from its id and `salt`. The servers trust X-Forwarded-For
 * from 127.0.0.1 (playwright.config.ts), so a test that sends it is a client of its own: the rate limits of one
 * test never touch another.
 */
export function clientFor(info: TestInfo, salt = ""): string {
  const bytes = createHash("sha256").update(info.testId + salt).digest();
  return `10.${bytes[0]}.${bytes[1]}.${(bytes[2]! % 250) + 1}`;
}

export interface RawRequest {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body exactly as it came, still compressed if it was (`body` is these bytes read as UTF-8). */
  bytes: Buffer;
}

/**
 * Sends the path exactly as written (fetch and Playwright's request context would normalise `//`, `\`, `..` and
 * escapes first), follows no redirect and decompresses nothing.
 */
export function sendRaw(baseURL: string, { path, method = "GET", headers = {}, body }: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, path, method, headers: { Accept: "text/html", ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: bytes.toString("utf8"), bytes });
      });
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`no answer to ${method} ${path}`)));
    request.on("error", reject);
    request.end(body);
  });
}
