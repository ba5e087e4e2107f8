// @vitest-environment jsdom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { feedbackErrorPageHtml } from "@/components/feedback/FeedbackErrorPage";
import { FeedbackForms } from "@/components/feedback/FeedbackForms";
import { ProblemForm, type ProblemFormIds } from "@/components/feedback/ProblemForm";
import { staticMarkup } from "@/components/feedback/static-markup";

/** An element as a browser reads it: its name, its attributes in any order, and what is in it. */
function canonical(node: Node): unknown {
  if (node.nodeType === node.TEXT_NODE) return node.textContent;
  const element = node as Element;
  const attributes = [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`).sort();
  return { tag: element.tagName, attributes, children: [...element.childNodes].map(canonical) };
}
const asRead = (html: string) => canonical(new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body);

const IDS: ProblemFormIds = { whatDoing: "d", whatWrong: "w", hint: "h", error: "e" };
const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
const labels = (root: ParentNode) => [...root.querySelectorAll("form label")].map((label) => label.textContent).filter((text) => !/empty/.test(text!));

describe("the page POST /feedback answers a reader without JavaScript with", () => {
  it.each([
    ["as first shown", {}],
    ["filled in again, with the box at fault marked", { errorField: "whatWrong" as const, values: { whatDoing: "<b>bold</b> & 'so'", whatWrong: '"quoted"' } }],
  ])("writes the problem form %s as React does: the same elements, attributes and text", (_, props) => {
    const form = <ProblemForm path="/roles/clinical-coder" ids={IDS} {...props} />;
    expect(asRead(staticMarkup(form))).toEqual(asRead(renderToStaticMarkup(form)));
  });

  it("has the page's labels, hint and button: one form, not a copy", () => {
    const page = parse(renderToStaticMarkup(<FeedbackForms path="/roles/clinical-coder" />));
    const html = feedbackErrorPageHtml({
      title: "There is a problem with your answer",
      message: "Enter what you were doing or what went wrong, or both.",
      back: { href: "/roles/clinical-coder", text: "Go back to Clinical Coder" },
      retry: { page: "/roles/clinical-coder", whatDoing: "", whatWrong: "", field: "whatWrong" },
    });
    const retry = parse(html);
    // Its main part's (the header has the site's search form).
    const main = retry.querySelector("main")!;
    expect(labels(main)).toEqual(["What were you doing?", "What went wrong?"]);
    expect(labels(main)).toEqual(labels(page).slice(-2));
    expect(retry.querySelector("main form p")!.textContent).toBe(page.querySelector("details form p")!.textContent);
    expect(retry.querySelector("main form button")!.outerHTML).toBe(page.querySelector("details form button")!.outerHTML);
    // The message the boxes are described by is the form's error summary, as on the page, and it is there once.
    expect(retry.querySelector("main form [role=alert]")!.textContent).toBe(
      "There is a problemEnter what you were doing or what went wrong, or both.",
    );
    expect(retry.getElementById("retry-whatWrong")!.getAttribute("aria-describedby")).toBe("retry-hint retry-error");
    expect(retry.getElementById("retry-error")!.textContent).toBe("Enter what you were doing or what went wrong, or both.");
    expect(html.split("Enter what you were doing").length).toBe(2);
  });

  it("keeps a reader's text exactly, a leading line break included", () => {
    const html = staticMarkup(<ProblemForm path="/p" ids={IDS} values={{ whatDoing: "\nfirst line", whatWrong: "" }} />);
    expect(parse(`<body>${html}</body>`).querySelector<HTMLTextAreaElement>("#d")!.value).toBe("\nfirst line");
  });

  it("writes nothing a browser would run", () => {
    expect(staticMarkup(<button type="submit" onClick={() => {}}>Send</button>)).toBe('<button type="submit">Send</button>');
    expect(() => staticMarkup(<div dangerouslySetInnerHTML={{ __html: "<script></script>" }} />)).toThrow();
  });
});
