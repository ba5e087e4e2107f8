import { describe, expect, it } from "vitest";
import { getIndustries, getRole, type Role } from "@/lib/content";
import {
  breadcrumbJsonLd,
  occupationJsonLd,
  roleBreadcrumbs,
  roleJsonLd,
  serializeJsonLd,
} from "@/lib/sharing/structured-data";

const SITE = new URL("https://careers.example.org");
const industry = getIndustries()[0]!;
const role = (slug: string): Role => {
  const found = getRole(slug);
  if (!found) throw new Error(`no role ${slug}`);
  return found;
};

describe("occupationJsonLd", () => {
  const coder = role("clinical-coder");
  const occupation = occupationJsonLd(coder, industry, SITE);

  it("describes the role as a schema.org Occupation with its name and summary", () => {
    expect(occupation["@context"]).toBe("https://schema.org");
    expect(occupation["@type"]).toBe("Occupation");
    expect(occupation.name).toBe("Clinical Coder");
    expect(occupation.description).toBe(coder.summary);
    expect(occupation.occupationalCategory).toBe("Healthcare & Informatics");
  });

  it("lists each skill as a DefinedTerm, in the content's order", () => {
    expect(occupation.skills).toEqual(coder.skills.map((name) => ({ "@type": "DefinedTerm", name })));
  });

  it("lists qualifications as credentials, with the abbreviation and the kind as the credential's category", () => {
    expect(occupation.qualifications).toEqual([
      {
        "@type": "EducationalOccupationalCredential",
        name: "National Clinical Coding Qualification",
        alternateName: "NCCQ",
        credentialCategory: "qualification",
      },
      {
        "@type": "EducationalOccupationalCredential",
        name: "Registration of Clinical Coders",
        alternateName: "RoCC",
        credentialCategory: "accreditation",
      },
    ]);
  });

  it("places a role whose content names the NHS in the United Kingdom", () => {
    for (const slug of ["clinical-coder", "healthcare-data-analyst", "health-informatics-specialist"]) {
      expect(occupationJsonLd(role(slug), industry, SITE).occupationLocation, slug).toEqual({
        "@type": "Country",
        name: "United Kingdom",
      });
    }
  });

  it("gives no location, skills list or qualifications that the content does not have", () => {
    const safety = occupationJsonLd(role("trust-and-safety"), industry, SITE);
    expect(safety).not.toHaveProperty("occupationLocation");
    expect(safety).not.toHaveProperty("qualifications");
    const noSkills = occupationJsonLd({ ...role("trust-and-safety"), skills: [] }, industry, SITE);
    expect(noSkills).not.toHaveProperty("skills");
  });

  it("names the role's page as its main entity, with an absolute URL and its review date", () => {
    expect(occupation.mainEntityOfPage).toEqual({
      "@type": "WebPage",
      "@id": "https://careers.example.org/roles/clinical-coder",
      url: "https://careers.example.org/roles/clinical-coder",
      name: "Clinical Coder",
      isPartOf: { "@type": "WebSite", name: "Careers Guide", url: "https://careers.example.org/" },
      lastReviewed: role("clinical-coder").lastReviewed,
    });
  });
});

describe("breadcrumbJsonLd", () => {
  it("numbers the crumbs from 1 and gives each an absolute URL", () => {
    expect(
      breadcrumbJsonLd([
        { name: "Home", url: "https://careers.example.org/" },
        { name: "Healthcare & Informatics", url: "https://careers.example.org/industries/healthcare-informatics" },
      ]),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: "https://careers.example.org/" },
        {
          "@type": "ListItem",
          position: 2,
          name: "Healthcare & Informatics",
          item: "https://careers.example.org/industries/healthcare-informatics",
        },
      ],
    });
  });

  it("follows a role page's visible breadcrumb: Home, the industry, the role", () => {
    expect(roleBreadcrumbs(role("clinical-coder"), industry, SITE)).toEqual([
      { name: "Home", url: "https://careers.example.org/" },
      { name: "Healthcare & Informatics", url: "https://careers.example.org/industries/healthcare-informatics" },
      { name: "Clinical Coder", url: "https://careers.example.org/roles/clinical-coder" },
    ]);
  });
});

describe("roleJsonLd", () => {
  it("gives a role page an Occupation and a BreadcrumbList", () => {
    expect(roleJsonLd(role("trust-and-safety"), industry, SITE).map((item) => item["@type"])).toEqual([
      "Occupation",
      "BreadcrumbList",
    ]);
  });
});

describe("serializeJsonLd", () => {
  const hostile = { name: "</script><script>alert(1)</script>", note: "<!-- a & b > c" };

  it("writes no <, > or & that could end the script tag or open a comment", () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain("\\u003c/script\\u003e");
  });

  it("is still JSON that parses back to the same data", () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
    const occupation = occupationJsonLd(role("trust-and-safety"), industry, SITE);
    expect(JSON.parse(serializeJsonLd(occupation))).toEqual(occupation);
  });
});
