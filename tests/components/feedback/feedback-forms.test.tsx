// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { FeedbackForms } from "@/components/feedback/FeedbackForms";
import { checkProblem } from "@/components/feedback/send";

afterEach(cleanup);

describe("the feedback forms as prerendered (what a reader without JavaScript gets)", () => {
  const html = renderToStaticMarkup(<FeedbackForms path="/roles/clinical-coder" />);
  const doc = new DOMParser().parseFromString(html, "text/html");
  const forms = [...doc.querySelectorAll("form")];

  it("are two plain forms that POST to /feedback with the page's path", () => {
    expect(forms).toHaveLength(2);
    for (const form of forms) {
      expect(form.getAttribute("method")).toBe("post");
      expect(form.getAttribute("action")).toBe("/feedback");
      expect(form.querySelector<HTMLInputElement>('input[name="page"]')!.value).toBe("/roles/clinical-coder");
    }
  });

  it("ask 'Is this page useful?' with buttons that send yes and no", () => {
    const buttons = [...forms[0]!.querySelectorAll("button")].map((button) => [button.textContent, button.name, button.value]);
    expect(buttons).toEqual([
      ["Yes", "useful", "yes"],
      ["No", "useful", "no"],
    ]);
  });

  it("put the problem form in a <details> that opens at #report-a-problem, and never send the JavaScript flag", () => {
    expect(doc.querySelector("details summary")!.textContent).toBe("Report a problem with this page");
    expect(doc.querySelector("details form")!.id).toBe("report-a-problem");
    expect(doc.querySelector('input[name="js"]')).toBeNull();
  });

  it("hide the honeypot from people and from assistive technology", () => {
    for (const input of doc.querySelectorAll<HTMLInputElement>('input[name="website"]')) {
      expect(input.closest('[aria-hidden="true"]')).not.toBeNull();
      expect(input.tabIndex).toBe(-1);
    }
  });
});

describe("the feedback forms in a browser", () => {
  it("label both boxes and tell readers not to include personal details", () => {
    render(<FeedbackForms path="/industries/healthcare-informatics" />);
    expect(screen.getByLabelText("What were you doing?").tagName).toBe("TEXTAREA");
    expect(screen.getByLabelText("What went wrong?").tagName).toBe("TEXTAREA");
    expect(screen.getByText(/Do not include personal details/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Yes, this page is useful" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Send" })).toBeTruthy();
  });
});

describe("checking a report before it is sent (the server's rule)", () => {
  it.each([
    ["", "  ", "whatWrong", "Enter what you were doing or what went wrong, or both."],
    ["a".repeat(1201), "", "whatDoing", '"What were you doing?" must be 1,200 characters or fewer; it has 1,201.'],
    ["", "b".repeat(1300), "whatWrong", '"What went wrong?" must be 1,200 characters or fewer; it has 1,300.'],
  ])("refuses %#", (doing, wrong, field, message) => {
    expect(checkProblem(doing, wrong)).toEqual({ field, message });
  });

  it("accepts either box alone, up to 1,200 characters", () => {
    expect(checkProblem("Reading", "")).toBeNull();
    expect(checkProblem("", "x".repeat(1200))).toBeNull();
  });
});
