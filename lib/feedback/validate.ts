import { checkProblemTexts, FIELDS } from "./fields";
import { redactPersonalDetails } from "./redact";
import type { Answer } from "./store";

export { FIELDS, MAX_BODY_BYTES, MAX_TEXT_CHARACTERS } from "./fields";

/**
 * What a feedback POST may carry, and the checks on it. Pure functions: bytes and headers in, an answer or a
 * refusal out. lib/feedback/handler.ts turns a refusal into a response.
 */

export interface Refusal {
  ok: false;
  status: 400 | 413 | 415 | 422;
  /** A stable word for scripts and tests. */
  code: string;
  /** Plain English for the reader. */
  message: string;
  field?: string;
}

export type Parsed =
  | { ok: true; answer: Answer; honeypot: boolean; redacted: string[] }
  | Refusal;

const refuse = (status: Refusal["status"], code: string, message: string, field?: string): Refusal => ({
  ok: false,
  status,
  code,
  message,
  ...(field ? { field } : {}),
});

export type BodyType = "form" | "json";

/** The body's type from Content-Type, or null for any other (answered 415). Multipart is not accepted. */
export function bodyType(contentType: string | null): BodyType | null {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return "form";
  if (type === "application/json") return "json";
  return null;
}

/**
 * Decodes an application/x-www-form-urlencoded body strictly: a malformed escape or one that does not decode
 * to UTF-8 is an error (URLSearchParams would quietly turn it into U+FFFD and store garbage).
 */
export function decodeForm(text: string): Map<string, string> | null {
  const fields = new Map<string, string>();
  if (text === "") return fields;
  for (const pair of text.split("&")) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    const rawName = at < 0 ? pair : pair.slice(0, at);
    const rawValue = at < 0 ? "" : pair.slice(at + 1);
    try {
      const name = decodeURIComponent(rawName.replace(/\+/g, " "));
      const value = decodeURIComponent(rawValue.replace(/\+/g, " "));
      // A repeated field is ambiguous: the first one counts, as most servers do.
      if (!fields.has(name)) fields.set(name, value);
    } catch {
      return null;
    }
  }
  return fields;
}

/** Decodes the body's bytes into named string fields, or refuses it as undecodable. */
export function decodeBody(bytes: Uint8Array, type: BodyType): Map<string, string> | Refusal {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse(400, "undecodable", "The answer could not be read: it is not valid UTF-8 text.");
  }
  if (type === "form") {
    const fields = decodeForm(text);
    return fields ?? refuse(400, "undecodable", "The answer could not be read: it has a malformed %-escape.");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse(400, "undecodable", "The answer could not be read: it is not valid JSON.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return refuse(400, "undecodable", "The answer could not be read: expected a JSON object of fields.");
  }
  const fields = new Map<string, string>();
  for (const [name, field] of Object.entries(value)) {
    if (typeof field === "string") fields.set(name, field);
    else if (typeof field === "boolean") fields.set(name, field ? "1" : "");
    else return refuse(400, "bad-field", `The field "${name}" must be text.`, name);
  }
  return fields;
}

/**
 * A reader's text as stored: line breaks made \n, other control characters removed, Unicode composed (NFC),
 * spaces trimmed; empty becomes null.
 */
export function cleanText(value: string | undefined): string | null {
  if (value === undefined) return null;
  const text = value
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "")
    .normalize("NFC")
    .trim();
  return text === "" ? null : text;
}

/**
 * Checks the fields of one answer. `pages` holds the paths of the pages the site has: an answer about any
 * other path is refused. Texts are cleaned, checked for length, then have personal details removed.
 */
export function parseAnswer(fields: Map<string, string>, pages: ReadonlySet<string>, javascript: boolean): Parsed {
  const page = fields.get(FIELDS.page);
  if (page === undefined || page === "") return refuse(400, "missing-page", "The answer does not say which page it is about.", FIELDS.page);
  if (!pages.has(page)) return refuse(422, "unknown-page", "The answer is about a page this site does not have.", FIELDS.page);
  const honeypot = (fields.get(FIELDS.honeypot) ?? "") !== "";

  const kind = fields.get(FIELDS.kind);
  if (kind === "useful") {
    const useful = fields.get(FIELDS.useful);
    if (useful !== "yes" && useful !== "no") {
      return refuse(400, "bad-answer", 'Choose "Yes" or "No" to say whether the page is useful.', FIELDS.useful);
    }
    return {
      ok: true,
      honeypot,
      redacted: [],
      answer: { page, useful: useful === "yes", whatDoing: null, whatWrong: null, javascript },
    };
  }
  if (kind === "problem") {
    const whatDoing = cleanText(fields.get(FIELDS.whatDoing));
    const whatWrong = cleanText(fields.get(FIELDS.whatWrong));
    const problem = checkProblemTexts(whatDoing, whatWrong);
    if (problem) return refuse(422, problem.code, problem.message, problem.field);
    const doing = whatDoing === null ? null : redactPersonalDetails(whatDoing);
    const wrong = whatWrong === null ? null : redactPersonalDetails(whatWrong);
    return {
      ok: true,
      honeypot,
      redacted: [...(doing?.removed ?? []), ...(wrong?.removed ?? [])],
      answer: { page, useful: null, whatDoing: doing?.text ?? null, whatWrong: wrong?.text ?? null, javascript },
    };
  }
  return refuse(400, "bad-kind", "The answer is neither a yes or no nor a problem report.", FIELDS.kind);
}
