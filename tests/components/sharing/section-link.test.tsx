// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PrintPageUrl } from "@/components/sharing/PrintPageUrl";
import { SectionLink } from "@/components/sharing/SectionLink";
import styles from "@/components/sharing/SectionLink.module.css";

const link = <SectionLink id="qualifications" heading="Qualifications and routes in" />;

/** Replaces navigator.clipboard for one test (jsdom has none). */
function setClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, "clipboard", { value: clipboard, configurable: true });
}

beforeEach(() => {
  history.replaceState(null, "", "/roles/clinical-coder");
});

afterEach(() => {
  cleanup();
  setClipboard(undefined);
  vi.useRealTimers();
});

describe("SectionLink on the server", () => {
  it("is a plain link to the section's id, named by its heading, with an empty polite live region", () => {
    expect(renderToStaticMarkup(link)).toBe(
      `<p class="${styles.sectionLink}">` +
        '<a href="#qualifications">Link to this section' +
        '<span class="visually-hidden">: Qualifications and routes in</span></a>' +
        `<span class="${styles.status}" role="status" aria-live="polite"></span>` +
        "</p>",
    );
  });

  it("hydrates without a mismatch", async () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(link);
    document.body.append(container);
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, link, { onRecoverableError: (error) => errors.push(error) });
    });
    expect(errors).toEqual([]);
    expect(container.querySelector("a")?.getAttribute("href")).toBe("#qualifications");
    container.remove();
  });
});

describe("SectionLink in the browser", () => {
  it("copies the page's address with the section's id, without the old hash, and says so", async () => {
    history.replaceState(null, "", "/roles/clinical-coder#skills");
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    render(link);
    const anchor = screen.getByRole("link", { name: /Link to this section/ });
    let notPrevented = true;
    await act(async () => {
      notPrevented = fireEvent.click(anchor);
    });
    expect(notPrevented).toBe(false);
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/roles/clinical-coder#qualifications`);
    expect(screen.getByRole("status").textContent).toBe("Link copied");
    expect(location.hash).toBe("#skills");
  });

  it("clears the message after a few seconds", async () => {
    vi.useFakeTimers();
    setClipboard({ writeText: vi.fn().mockResolvedValue(undefined) });
    render(link);
    await act(async () => {
      fireEvent.click(screen.getByRole("link"));
    });
    expect(screen.getByRole("status").textContent).toBe("Link copied");
    await act(async () => {
      vi.advanceTimersByTime(5000);
    });
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("goes to the section, as a plain link would, when the copy is refused", async () => {
    setClipboard({ writeText: vi.fn().mockRejectedValue(new Error("denied")) });
    render(link);
    await act(async () => {
      fireEvent.click(screen.getByRole("link"));
    });
    expect(location.hash).toBe("#qualifications");
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("leaves the click to the browser when there is no clipboard, or a modifier key is held", () => {
    render(link);
    expect(fireEvent.click(screen.getByRole("link"))).toBe(true);
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    expect(fireEvent.click(screen.getByRole("link"), { ctrlKey: true })).toBe(true);
    expect(writeText).not.toHaveBeenCalled();
  });
});

describe("PrintPageUrl", () => {
  it("prints the page's full address in a print-only line", () => {
    const { container } = render(<PrintPageUrl url="https://careers.example.org/roles/clinical-coder" />);
    const line = container.querySelector("p")!;
    expect(line.className).toContain("print-only");
    expect(line.textContent).toBe("This page: https://careers.example.org/roles/clinical-coder");
    expect(screen.getByRole("link").getAttribute("href")).toBe("https://careers.example.org/roles/clinical-coder");
  });
});
