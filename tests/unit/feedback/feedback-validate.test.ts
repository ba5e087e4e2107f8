import { describe, expect, it } from "vitest";
import {
  bodyType,
  cleanText,
  decodeBody,
  decodeForm,
  FIELDS,
  MAX_TEXT_CHARACTERS,
  parseAnswer,
  type Parsed,
} from "@/lib/feedback/validate";

const PAGE = "/roles/clinical-coder";
const PAGES: ReadonlySet<string> = new Set([PAGE, "/industries/healthcare-informatics"]);

const bytes = (text: string) => new TextEncoder().encode(text);
const fields = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("which bodies a feedback post may have", () => {
  it.each<[string | null, "form" | "json" | null]>([
    ["application/x-www-form-urlencoded", "form"],
    ["application/x-www-form-urlencoded; charset=UTF-8", "form"],
    ["Application/X-WWW-Form-Urlencoded", "form"],
    ["application/json", "json"],
    ["application/json; charset=utf-8", "json"],
    [" APPLICATION/JSON ", "json"],
    ["multipart/form-data; boundary=x", null],
    ["text/plain", null],
    ["application/jsonp", null],
    ["", null],
    [null, null],
  ])("Content-Type %j is read as %j", (contentType, expected) => {
    expect(bodyType(contentType)).toBe(expected);
  });
});

describe("reading a form body strictly", () => {
  it.each<[string, string, Record<string, string>]>([
    ["reads name=value pairs", "page=%2Froles%2Fclinical-coder&kind=useful", { page: PAGE, kind: "useful" }],
    ["reads + as a space", "whatWrong=a+b+c", { whatWrong: "a b c" }],
    ["reads %2B as a plus sign", "whatWrong=1%2B1", { whatWrong: "1+1" }],
    ["decodes UTF-8 escapes", "whatWrong=%E2%82%AC5", { whatWrong: "€5" }],
    ["keeps the first of a repeated field", "useful=yes&useful=no", { useful: "yes" }],
    ["reads a name without = as an empty value", "js&page=x", { js: "", page: "x" }],
    ["skips empty pairs", "&&page=x&", { page: "x" }],
    ["keeps = signs inside a value", "whatWrong=a=b", { whatWrong: "a=b" }],
    ["reads an empty body as no fields", "", {}],
  ])("%s", (_, body, expected) => {
    expect(Object.fromEntries(decodeForm(body) ?? [["failed", "to decode"]])).toEqual(expected);
  });

  it.each([
    ["a byte that is not UTF-8 on its own", "whatWrong=%ff"],
    ["a truncated UTF-8 sequence", "whatWrong=%E2%82"],
    ["an escape that is not hexadecimal", "whatWrong=%zz"],
    ["a lone % at the end", "whatWrong=100%"],
    ["a malformed escape in a field name", "what%zzWrong=x"],
    ["a malformed escape after good fields", "page=x&kind=problem&whatWrong=%E2"],
  ])("refuses %s", (_, body) => {
    expect(decodeForm(body)).toBeNull();
  });
});

describe("decoding a body into fields", () => {
  it("decodes a form body", () => {
    expect(decodeBody(bytes("page=%2Froles%2Fclinical-coder&kind=useful&useful=yes"), "form")).toEqual(
      fields({ page: PAGE, kind: "useful", useful: "yes" }),
    );
  });

  it("decodes a JSON object of text fields, reading true as 1 and false as empty", () => {
    expect(decodeBody(bytes(JSON.stringify({ page: PAGE, kind: "useful", useful: "no", js: true, website: false })), "json")).toEqual(
      fields({ page: PAGE, kind: "useful", useful: "no", js: "1", website: "" }),
    );
  });

  it.each<[string, Uint8Array, "form" | "json", string]>([
    ["bytes that are not UTF-8 in a form", new Uint8Array([0x70, 0x3d, 0xff, 0xfe]), "form", "undecodable"],
    ["bytes that are not UTF-8 in JSON", new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), "json", "undecodable"],
    ["a malformed %-escape in a form", bytes("page=%zz"), "form", "undecodable"],
    ["JSON that does not parse", bytes('{"page": '), "json", "undecodable"],
    ["an empty JSON body", bytes(""), "json", "undecodable"],
    ["a JSON array", bytes('[{"page": "/roles/clinical-coder"}]'), "json", "undecodable"],
    ["a JSON string", bytes('"page"'), "json", "undecodable"],
    ["JSON null", bytes("null"), "json", "undecodable"],
    ["a JSON number field", bytes('{"page": "/roles/clinical-coder", "useful": 1}'), "json", "bad-field"],
    ["a JSON object field", bytes('{"whatWrong": {"text": "x"}}'), "json", "bad-field"],
    ["a JSON null field", bytes('{"whatWrong": null}'), "json", "bad-field"],
  ])("refuses %s with 400", (_, body, type, code) => {
    const result = decodeBody(body, type);
    expect(result).not.toBeInstanceOf(Map);
    expect(result).toMatchObject({ ok: false, status: 400, code });
  });

  it("names the offending JSON field", () => {
    expect(decodeBody(bytes('{"useful": 1}'), "json")).toMatchObject({ field: "useful", message: expect.stringContaining('"useful"') });
  });
});

describe("cleaning a reader's text", () => {
  it.each<[string, string | undefined, string | null]>([
    ["keeps ordinary text", "The salary is wrong", "The salary is wrong"],
    ["turns CRLF into LF", "one\r\ntwo", "one\ntwo"],
    ["turns a lone CR into LF", "one\rtwo", "one\ntwo"],
    ["keeps tabs and line feeds inside the text", "a\tb\nc", "a\tb\nc"],
    ["removes control characters", "a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg", "abcdefg"],
    ["composes Unicode (NFC)", "Cafe\u0301", "Caf\u00e9"],
    ["trims spaces and line breaks at both ends", "  \r\n text \n\t ", "text"],
    ["turns an empty text into null", "", null],
    ["turns a text of spaces into null", "   \n  ", null],
    ["turns a text of control characters into null", "\u0000\u0001", null],
    ["turns a missing text into null", undefined, null],
  ])("%s", (_, input, expected) => {
    expect(cleanText(input)).toBe(expected);
    if (expected !== null) expect(expected.normalize("NFC")).toBe(expected);
  });
});

describe("checking one answer", () => {
  const problem = (whatDoing: string, whatWrong: string) => fields({ page: PAGE, kind: "problem", whatDoing, whatWrong });

  it.each<[string, Map<string, string>, Partial<Parsed> & Record<string, unknown>]>([
    ["refuses an answer without a page with 400", fields({ kind: "useful", useful: "yes" }), { ok: false, status: 400, code: "missing-page", field: "page" }],
    ["refuses an answer with an empty page with 400", fields({ page: "", kind: "useful", useful: "yes" }), { ok: false, status: 400, code: "missing-page" }],
    [
      "refuses an answer about a page the site does not have with 422",
      fields({ page: "/roles/astronaut", kind: "useful", useful: "yes" }),
      { ok: false, status: 422, code: "unknown-page", field: "page" },
    ],
    [
      "refuses a page path that only differs by a trailing slash",
      fields({ page: `${PAGE}/`, kind: "useful", useful: "yes" }),
      { ok: false, status: 422, code: "unknown-page" },
    ],
    ["refuses a missing kind with 400", fields({ page: PAGE, useful: "yes" }), { ok: false, status: 400, code: "bad-kind", field: "kind" }],
    ["refuses an unknown kind with 400", fields({ page: PAGE, kind: "praise" }), { ok: false, status: 400, code: "bad-kind" }],
    ["refuses a useful answer that is not yes or no", fields({ page: PAGE, kind: "useful", useful: "maybe" }), { ok: false, status: 400, code: "bad-answer", field: "useful" }],
    ["refuses a useful answer in capitals", fields({ page: PAGE, kind: "useful", useful: "YES" }), { ok: false, status: 400, code: "bad-answer" }],
    ["refuses a useful answer without a value", fields({ page: PAGE, kind: "useful" }), { ok: false, status: 400, code: "bad-answer" }],
    ["refuses a problem report with both texts empty with 422", problem("", ""), { ok: false, status: 422, code: "empty-report", field: "whatWrong" }],
    ["refuses a problem report with only spaces and control characters", problem("  \u0000 ", "\r\n\t"), { ok: false, status: 422, code: "empty-report" }],
    ["refuses a problem report without either text", fields({ page: PAGE, kind: "problem" }), { ok: false, status: 422, code: "empty-report" }],
    [
      "accepts a yes",
      fields({ page: PAGE, kind: "useful", useful: "yes" }),
      { ok: true, honeypot: false, redacted: [], answer: { page: PAGE, useful: true, whatDoing: null, whatWrong: null, javascript: false } },
    ],
    [
      "accepts a no",
      fields({ page: PAGE, kind: "useful", useful: "no" }),
      { ok: true, honeypot: false, answer: { page: PAGE, useful: false, whatDoing: null, whatWrong: null, javascript: false } },
    ],
    [
      "accepts a yes/no answer and ignores texts sent with it",
      fields({ page: PAGE, kind: "useful", useful: "yes", whatWrong: "ignored" }),
      { ok: true, answer: { page: PAGE, useful: true, whatDoing: null, whatWrong: null, javascript: false } },
    ],
    [
      "accepts a problem report with only what went wrong",
      problem("", " The salary is out of date \r\n"),
      { ok: true, answer: { page: PAGE, useful: null, whatDoing: null, whatWrong: "The salary is out of date", javascript: false } },
    ],
    [
      "accepts a problem report with only what the reader was doing",
      problem("Reading about pay", ""),
      { ok: true, answer: { page: PAGE, useful: null, whatDoing: "Reading about pay", whatWrong: null, javascript: false } },
    ],
    [
      "accepts a text of exactly 1,200 characters",
      problem("a".repeat(MAX_TEXT_CHARACTERS), ""),
      { ok: true, answer: { page: PAGE, useful: null, whatDoing: "a".repeat(MAX_TEXT_CHARACTERS), whatWrong: null, javascript: false } },
    ],
    [
      "counts characters as code points: 1,200 emoji are accepted",
      problem("", "😀".repeat(MAX_TEXT_CHARACTERS)),
      { ok: true, answer: { page: PAGE, useful: null, whatDoing: null, whatWrong: "😀".repeat(MAX_TEXT_CHARACTERS), javascript: false } },
    ],
    [
      "counts the text after cleaning: spaces around a 1,200-character text do not count",
      problem(`   ${"b".repeat(MAX_TEXT_CHARACTERS)}\r\n`, ""),
      { ok: true },
    ],
    [
      "refuses 1,201 emoji",
      problem("", "😀".repeat(MAX_TEXT_CHARACTERS + 1)),
      { ok: false, status: 422, code: "too-long", field: "whatWrong" },
    ],
  ])("%s", (_, input, expected) => {
    expect(parseAnswer(input, PAGES, false)).toMatchObject(expected);
  });

  it.each([
    ["whatDoing", "What were you doing?"],
    ["whatWrong", "What went wrong?"],
  ] as const)("refuses a %s text over 1,200 characters with 422, naming the field and both numbers", (field, label) => {
    const input = fields({ page: PAGE, kind: "problem", whatDoing: "ok", whatWrong: "ok", [field]: "x".repeat(1234) });
    const result = parseAnswer(input, PAGES, true);
    expect(result).toMatchObject({ ok: false, status: 422, code: "too-long", field });
    expect(result.ok ? "" : result.message).toBe(`"${label}" must be 1,200 characters or fewer; it has 1,234.`);
  });

  it("marks a filled honeypot but still checks and returns the answer", () => {
    const result = parseAnswer(fields({ page: PAGE, kind: "useful", useful: "yes", [FIELDS.honeypot]: "https://spam.example" }), PAGES, false);
    expect(result).toMatchObject({ ok: true, honeypot: true, answer: { page: PAGE, useful: true } });
  });

  it("does not mark an empty honeypot", () => {
    expect(parseAnswer(fields({ page: PAGE, kind: "useful", useful: "no", website: "" }), PAGES, false)).toMatchObject({ ok: true, honeypot: false });
  });

  it("removes personal details from both texts and lists what it removed", () => {
    const result = parseAnswer(
      problem("Looking for jo.bloggs@example.com", "Call me on 07911 123456 or email jo@example.org"),
      PAGES,
      false,
    );
    expect(result).toEqual({
      ok: true,
      honeypot: false,
      redacted: ["email", "phone", "email"],
      answer: {
        page: PAGE,
        useful: null,
        whatDoing: "Looking for [email removed]",
        whatWrong: "Call me on [phone number removed] or email [email removed]",
        javascript: false,
      },
    });
  });

  it.each([true, false])("passes javascript=%s through to the answer", (javascript) => {
    expect(parseAnswer(fields({ page: PAGE, kind: "useful", useful: "yes" }), PAGES, javascript)).toMatchObject({
      ok: true,
      answer: { javascript },
    });
    expect(parseAnswer(problem("", "typo"), PAGES, javascript)).toMatchObject({ ok: true, answer: { javascript } });
  });
});
