import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/feedback/csv";
import { exportAnswers } from "@/lib/feedback/export-format";
import type { StoredAnswer } from "@/lib/feedback/store";

describe("one CSV cell", () => {
  it.each<[string, string | number | boolean | null | undefined, string]>([
    ["quotes plain text", "Clinical Coder", '"Clinical Coder"'],
    ["doubles quotes", 'say "hello"', '"say ""hello"""'],
    ["keeps commas inside the quotes", "a, b", '"a, b"'],
    ["keeps a line feed inside the quotes", "line one\nline two", '"line one\nline two"'],
    ["keeps CRLF inside the quotes", "line one\r\nline two", '"line one\r\nline two"'],
    ["neutralises a formula starting with =", "=HYPERLINK(\"http://evil.example\")", '"\'=HYPERLINK(""http://evil.example"")"'],
    ["neutralises a formula starting with +", "+1+2", '"\'+1+2"'],
    ["neutralises a formula starting with -", "-2+3", '"\'-2+3"'],
    ["neutralises a formula starting with @", "@SUM(A1)", '"\'@SUM(A1)"'],
    ["neutralises a leading tab", "\t=1", '"\'\t=1"'],
    ["neutralises a leading carriage return", "\r=1", '"\'\r=1"'],
    ["leaves a formula character later in the text alone", "a=1", '"a=1"'],
    ["leaves a leading space alone", " =1", '" =1"'],
    ["leaves a leading apostrophe alone", "'quoted", '"\'quoted"'],
    ["writes an empty string as an empty cell", "", '""'],
    ["writes null as an empty cell", null, '""'],
    ["writes undefined as an empty cell", undefined, '""'],
    ["writes a number", 42, '"42"'],
    ["neutralises a negative number", -1, '"\'-1"'],
    ["writes a boolean", true, '"true"'],
  ])("%s", (_, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe("a CSV file", () => {
  it("has a header row, quotes every cell and ends every row with CRLF", () => {
    expect(toCsv(["a", "b"], [["1", null], ["=x", 'y"z']])).toBe('"a","b"\r\n"1",""\r\n"\'=x","y""z"\r\n');
  });

  it("is only the header row when there are no rows", () => {
    expect(toCsv(["page"], [])).toBe('"page"\r\n');
  });

  it("keeps a line break inside a cell from starting a new row", () => {
    const csv = toCsv(["text"], [["one\r\ntwo"]]);
    expect(csv).toBe('"text"\r\n"one\r\ntwo"\r\n');
  });
});

describe("exporting the stored answers", () => {
  const answers: StoredAnswer[] = [
    { id: 1, page: "/roles/clinical-coder", useful: true, whatDoing: null, whatWrong: null, javascript: true, createdAt: new Date("2026-01-02T03:04:05.678Z") },
    { id: 2, page: "/roles/clinical-coder", useful: false, whatDoing: null, whatWrong: null, javascript: false, createdAt: new Date("2026-01-02T03:04:06Z") },
    {
      id: 3,
      page: "/industries/healthcare-informatics",
      useful: null,
      whatDoing: "Reading, then \"clicking\"",
      whatWrong: "=1+1\nsecond line",
      javascript: true,
      createdAt: new Date("2026-02-01T00:00:00Z"),
    },
  ];

  it("as JSON: a list of page, useful, whatDoing, whatWrong, javascript and createdAt as an ISO string", () => {
    const json = exportAnswers(answers, "json");
    expect(json.endsWith("]\n")).toBe(true);
    expect(JSON.parse(json)).toEqual([
      { page: "/roles/clinical-coder", useful: true, whatDoing: null, whatWrong: null, javascript: true, createdAt: "2026-01-02T03:04:05.678Z" },
      { page: "/roles/clinical-coder", useful: false, whatDoing: null, whatWrong: null, javascript: false, createdAt: "2026-01-02T03:04:06.000Z" },
      {
        page: "/industries/healthcare-informatics",
        useful: null,
        whatDoing: 'Reading, then "clicking"',
        whatWrong: "=1+1\nsecond line",
        javascript: true,
        createdAt: "2026-02-01T00:00:00.000Z",
      },
    ]);
  });

  it("as JSON: does not include the row id", () => {
    expect(JSON.parse(exportAnswers(answers, "json"))[0]).not.toHaveProperty("id");
  });

  it("as JSON: an empty list when nothing is stored", () => {
    expect(JSON.parse(exportAnswers([], "json"))).toEqual([]);
  });

  it("as CSV: a header row, yes/no for useful and javascript, formulas neutralised", () => {
    expect(exportAnswers(answers, "csv")).toBe(
      [
        '"page","useful","whatDoing","whatWrong","javascript","createdAt"',
        '"/roles/clinical-coder","yes","","","yes","2026-01-02T03:04:05.678Z"',
        '"/roles/clinical-coder","no","","","no","2026-01-02T03:04:06.000Z"',
        '"/industries/healthcare-informatics","","Reading, then ""clicking""","\'=1+1\nsecond line","yes","2026-02-01T00:00:00.000Z"',
        "",
      ].join("\r\n"),
    );
  });

  it("as CSV: only the header row when nothing is stored", () => {
    expect(exportAnswers([], "csv")).toBe('"page","useful","whatDoing","whatWrong","javascript","createdAt"\r\n');
  });
});
