// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { JsonLd } from "@/components/sharing/JsonLd";
import { PreviewImage, titleFontSize } from "@/components/sharing/PreviewImage";

afterEach(cleanup);

describe("JsonLd", () => {
  it("renders one application/ld+json script per object, holding that object's JSON", () => {
    const data = [
      { "@context": "https://schema.org", "@type": "Occupation", name: "Clinical Coder" },
      { "@context": "https://schema.org", "@type": "BreadcrumbList", itemListElement: [] },
    ];
    const { container } = render(<JsonLd data={data} />);
    const scripts = container.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(2);
    expect([...scripts].map((script) => JSON.parse(script.textContent ?? ""))).toEqual(data);
  });

  it("accepts a single object", () => {
    const { container } = render(<JsonLd data={{ "@type": "Thing", name: "A" }} />);
    expect(container.querySelectorAll("script")).toHaveLength(1);
  });

  it("cannot be broken out of by content that contains a closing script tag", () => {
    const data = { "@type": "Occupation", name: "</script><script>alert(1)</script>" };
    const html = renderToStaticMarkup(<JsonLd data={data} />);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.match(/<script/g)).toHaveLength(1);
    const json = html.replace(/^<script type="application\/ld\+json">/, "").replace(/<\/script>$/, "");
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe("PreviewImage", () => {
  it("shows the guide's name, the caption, the title and the footer", () => {
    const { container } = render(<PreviewImage caption="Healthcare & Informatics" title="Clinical Coder" footer="Role profile" />);
    const text = container.textContent ?? "";
    for (const part of ["Careers Guide", "Healthcare & Informatics", "Clinical Coder", "Role profile"]) {
      expect(text).toContain(part);
    }
  });

  it("sets short titles larger than long ones", () => {
    expect(titleFontSize("Clinical Coder")).toBeGreaterThan(titleFontSize("Health Informatics Specialist"));
    expect(titleFontSize("Health Informatics Specialist")).toBeGreaterThan(
      titleFontSize("Explore careers by industry and role"),
    );
  });
});
