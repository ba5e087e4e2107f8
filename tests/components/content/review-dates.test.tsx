// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ReviewDates } from "@/components/content/ReviewDates";

afterEach(cleanup);

describe("ReviewDates", () => {
  it("says when the page was last reviewed and when the next review is due, the NHS way", () => {
    const { container } = render(<ReviewDates lastReviewed="2026-11-25" nextReviewDue="2027-05-25" />);
    expect(container.textContent).toBe("Page last reviewed: 25 November 2026. Next review due: 25 May 2027.");
    expect([...container.querySelectorAll("time")].map((time) => time.getAttribute("datetime"))).toEqual([
      "2026-11-25",
      "2027-05-25",
    ]);
  });

  it("says first when the page's words last changed, the GOV.UK way, when given the day", () => {
    const { container } = render(
      <ReviewDates lastUpdated="2027-01-05" lastReviewed="2026-11-25" nextReviewDue="2027-05-25" />,
    );
    expect(container.textContent).toBe(
      "Last updated: 5 January 2027. Page last reviewed: 25 November 2026. Next review due: 25 May 2027.",
    );
    expect([...container.querySelectorAll("time")].map((time) => time.getAttribute("datetime"))).toEqual([
      "2027-01-05",
      "2026-11-25",
      "2027-05-25",
    ]);
  });

  it("says only when the page last changed, in its own words, when it has no review dates", () => {
    const { container } = render(<ReviewDates lastUpdated="2026-11-27" updatedLabel="Page last updated" />);
    expect(container.textContent).toBe("Page last updated: 27 November 2026.");
    expect(container.querySelectorAll("br")).toHaveLength(0);
    expect(container.querySelector("time")?.getAttribute("datetime")).toBe("2026-11-27");
  });
});
