/**
 * Generates valid content of any size for benchmarks: `industries` industries sharing `roles` roles, each role
 * with a full profile. The words are filler: this is for timing, never for the site.
 */
import fs from "node:fs";
import path from "node:path";

const paragraph = (seed: number) =>
  `Role ${seed} involves reviewing records, producing reports for teams and boards, supporting audit and ` +
  `quality improvement projects, and working with colleagues to turn findings into decisions.`;

export function generateContent(dir: string, { industries, roles }: { industries: number; roles: number }): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "industries"), { recursive: true });
  fs.mkdirSync(path.join(dir, "roles"), { recursive: true });
  const byIndustry: string[][] = Array.from({ length: industries }, () => []);
  for (let i = 1; i <= roles; i++) {
    const industry = (i - 1) % industries;
    const slug = `role-${i}`;
    byIndustry[industry]!.push(slug);
    fs.writeFileSync(
      path.join(dir, "roles", `${slug}.md`),
      `---
title: Role ${i}
slug: ${slug}
industry: industry-${industry + 1}
summary: A person in role ${i} analyses data to help organisations understand outcomes and improve services.
workplaces:
  - Employer ${i}A
  - Employer ${i}B
skills:
  - Skill ${i}
  - SQL
  - Attention to detail
standards:
  - name: Standard ${i}
    use: codes for diagnoses
qualifications:
  - name: Qualification ${i}
    abbreviation: Q${i}
specialisms:
  - Specialism ${i}
lastReviewed: 2026-11-25
nextReviewDue: 2099-05-25
changes:
  - date: 2026-11-25
    note: First published.
---
## What the work involves

${paragraph(i)}

${paragraph(i + 1)}

## Where you could work

Roles exist across employer ${i}A and employer ${i}B.

## Skills and knowledge

The role requires technical skills and enough domain knowledge to interpret data accurately.

## Demand and outlook

Demand for role ${i} has grown. See [the industry](/industries/industry-${industry + 1}).
`,
    );
  }
  byIndustry.forEach((slugs, index) => {
    fs.writeFileSync(
      path.join(dir, "industries", `industry-${index + 1}.md`),
      `---
name: Industry ${index + 1}
slug: industry-${index + 1}
summary: Roles in industry ${index + 1} where accuracy protects people and systems.
pathPatterns:
${slugs
  .slice(0, 3)
  .map((slug) => `  - from: Background for ${slug}\n    to: ${slug}\n    description: Experience there transfers to ${slug}.`)
  .join("\n")}
roles:
${slugs.map((slug) => `  - ${slug}`).join("\n")}
lastReviewed: 2026-11-25
nextReviewDue: 2099-05-25
changes:
  - date: 2026-11-25
    note: First published.
---
Industry ${index + 1} is expanding. Accuracy is non-negotiable.
`,
    );
  });
}
