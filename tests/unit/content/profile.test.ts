import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/content";
import { roleProfile } from "@/lib/content/profile";
import { makeRole } from "../../support/factories";

const base: Role = makeRole({ slug: "clinical-coder", title: "Clinical Coder", summary: "Codes records." });

describe("roleProfile", () => {
  it("shows only the sections that have prose or facts, in page order", () => {
    const profile = roleProfile({
      ...base,
      specialisms: ["Child safety"],
      sections: [{ id: "work", heading: "What the work involves", html: "<p>Work.</p>" }],
    });
    expect(profile.map((section) => section.id)).toEqual(["work", "specialisms"]);
    expect(profile[1]!.lists).toEqual([{ label: "Areas of specialism", items: ["Child safety"] }]);
  });

  it("labels qualifications with their abbreviation and kind, and standards with their use", () => {
    const profile = roleProfile({
      ...base,
      qualifications: [{ name: "Registration of Clinical Coders", abbreviation: "RoCC", kind: "accreditation" }],
      standards: [{ name: "ICD-10", use: "codes for diagnoses" }, { name: "GDPR" }],
    });
    const lists = Object.fromEntries(profile.flatMap((s) => s.lists).map((l) => [l.label, l.items]));
    expect(lists["Named qualifications"]).toEqual(["Registration of Clinical Coders (RoCC): accreditation"]);
    expect(lists["Codes, standards and systems"]).toEqual(["ICD-10: codes for diagnoses", "GDPR"]);
  });

  it("leaves out an empty list inside a section that has other facts", () => {
    const profile = roleProfile({ ...base, skills: ["SQL"] });
    expect(profile).toEqual([
      { id: "skills", heading: "Skills and knowledge", html: undefined, lists: [{ label: "Skills", items: ["SQL"] }] },
    ]);
  });
});
