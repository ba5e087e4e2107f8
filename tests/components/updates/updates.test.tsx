// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { FollowUpdates } from "@/components/updates/FollowUpdates";
import { PageHistory } from "@/components/updates/PageHistory";
import { LatestUpdates, UpdatesByDay, type UpdateItem } from "@/components/updates";

afterEach(cleanup);

const changes = [
  { date: "2027-01-05", note: "Added the routes into clinical coding." },
  { date: "2026-11-25", note: "First published." },
];

describe("PageHistory", () => {
  it('lists every change under "All updates to this page", newest first, each with its date', () => {
    render(<PageHistory changes={changes} feedHref="/roles/clinical-coder/updates.atom" />);
    const section = screen.getByRole("region", { name: "All updates to this page" });
    expect(section.id).toBe("updates");
    const items = within(section).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "5 January 2027: Added the routes into clinical coding.",
      "25 November 2026: First published.",
    ]);
    expect(items.map((item) => item.querySelector("time")?.getAttribute("datetime"))).toEqual([
      "2027-01-05",
      "2026-11-25",
    ]);
  });

  it("has a link to this section and a link to the page's Atom feed", () => {
    render(<PageHistory changes={changes} feedHref="/roles/clinical-coder/updates.atom" />);
    const section = screen.getByRole("region", { name: "All updates to this page" });
    expect(within(section).getByRole("link", { name: /^Link to this section/ }).getAttribute("href")).toBe("#updates");
    const feed = within(section).getByRole("link", { name: "Follow updates to this page in a feed reader" });
    expect(feed.getAttribute("href")).toBe("/roles/clinical-coder/updates.atom");
    expect(feed.getAttribute("type")).toBe("application/atom+xml");
  });
});

const updates: UpdateItem[] = [
  {
    id: "/roles/clinical-coder#update-2027-01-05-1",
    date: "2027-01-05",
    note: "Added the routes into clinical coding.",
    page: { kind: "role", title: "Clinical Coder", path: "/roles/clinical-coder" },
  },
  {
    id: "/industries/healthcare-informatics#update-2026-11-25-1",
    date: "2026-11-25",
    note: "First published.",
    page: { kind: "industry", title: "Healthcare & Informatics", path: "/industries/healthcare-informatics" },
  },
  {
    id: "/roles/clinical-coder#update-2026-11-25-1",
    date: "2026-11-25",
    note: "First published.",
    page: { kind: "role", title: "Clinical Coder", path: "/roles/clinical-coder" },
  },
];

describe("UpdatesByDay", () => {
  it("puts each day under a heading, newest first, with the pages that changed that day and what changed", () => {
    render(<UpdatesByDay updates={updates} />);
    const headings = screen.getAllByRole("heading", { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual(["5 January 2027", "25 November 2026"]);
    expect(headings[1]!.querySelector("time")?.getAttribute("datetime")).toBe("2026-11-25");
    const lists = screen.getAllByRole("list");
    expect(lists).toHaveLength(2);
    expect(within(lists[1]!).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Healthcare & Informatics, IndustryFirst published.",
      "Clinical Coder, Role profileFirst published.",
    ]);
  });

  it("links each note to its page", () => {
    render(<UpdatesByDay updates={updates} />);
    const links = screen.getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Clinical Coder", "/roles/clinical-coder"],
      ["Healthcare & Informatics", "/industries/healthcare-informatics"],
      ["Clinical Coder", "/roles/clinical-coder"],
    ]);
  });
});

describe("LatestUpdates", () => {
  it("gives each note its date, after a link to its page", () => {
    render(<LatestUpdates updates={updates.slice(0, 2)} />);
    const items = screen.getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "Clinical Coder, Role profile5 January 2027: Added the routes into clinical coding.",
      "Healthcare & Informatics, Industry25 November 2026: First published.",
    ]);
  });
});

describe("FollowUpdates", () => {
  it("links to the guide's Atom feed", () => {
    render(<FollowUpdates />);
    const link = screen.getByRole("link", { name: "Follow all updates in a feed reader" });
    expect(link.getAttribute("href")).toBe("/updates.atom");
    expect(link.getAttribute("type")).toBe("application/atom+xml");
  });
});
