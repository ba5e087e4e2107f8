/**
 * Writes generated content (./content-plan.ts says what) into a folder, as an editor would: one markdown file per
 * role and per industry, valid for the content check and the build.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { planContent, type ContentPlan, type ContentSize, type PlannedIndustry, type PlannedRole } from "./content-plan";

const paragraph = (title: string, seed: number) =>
  `The ${title} role involves reviewing records, producing reports for teams and boards (${seed}), supporting audit ` +
  `and quality improvement projects, and working with colleagues to turn findings into decisions.`;

/** The end of every generated page's front matter: reviewed, next review due, and its one change note. */
const REVIEW_AND_HISTORY = `lastReviewed: 2026-11-25
nextReviewDue: 2099-05-25
changes:
  - date: 2026-11-25
    note: First published.
---`;

function roleFile(role: PlannedRole, industry: PlannedIndustry): string {
  const i = role.number;
  return `---
title: ${role.title}
slug: ${role.slug}
industry: ${role.industry}
summary: ${role.summary}
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
${REVIEW_AND_HISTORY}
## What the work involves

${paragraph(role.title, i)}

${paragraph(role.title, i + 1)}

## Where you could work

Roles exist across employer ${i}A and employer ${i}B.

## Skills and knowledge

The role requires technical skills and enough domain knowledge to interpret data accurately.

## Demand and outlook

Demand for the ${role.title} role has grown. See [the industry](/industries/${industry.slug}).
`;
}

function industryFile(industry: PlannedIndustry, roleBySlug: Map<string, PlannedRole>): string {
  return `---
name: ${industry.name}
slug: ${industry.slug}
summary: ${industry.summary}
pathPatterns:
${industry.roles
  .slice(0, 3)
  .map((slug) => {
    // Numbers, not titles or slugs: a title such as "Data analyst 5" would make the industry match "data".
    const number = roleBySlug.get(slug)!.number;
    return `  - from: Background ${number}\n    to: ${slug}\n    description: Experience there transfers to role ${number}.`;
  })
  .join("\n")}
roles:
${industry.roles.map((slug) => `  - ${slug}`).join("\n")}
${REVIEW_AND_HISTORY}
${industry.name} is expanding. Accuracy is non-negotiable.
`;
}

/** Writes the content of `planContent(size)` into `dir` (emptied first) and returns the plan. */
export function generateContent(dir: string, size: ContentSize): ContentPlan {
  const plan = planContent(size);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "industries"), { recursive: true });
  fs.mkdirSync(path.join(dir, "roles"), { recursive: true });
  const industryBySlug = new Map(plan.industries.map((industry) => [industry.slug, industry]));
  const roleBySlug = new Map(plan.roles.map((role) => [role.slug, role]));
  for (const role of plan.roles) {
    fs.writeFileSync(path.join(dir, "roles", `${role.slug}.md`), roleFile(role, industryBySlug.get(role.industry)!));
  }
  for (const industry of plan.industries) {
    fs.writeFileSync(path.join(dir, "industries", `${industry.slug}.md`), industryFile(industry, roleBySlug));
  }
  publish(dir);
  return plan;
}

/**
 * Commits the generated folder as a repository of its own, on main: its published version, which the content
 * check compares every page with (lib/content/git.ts) and which, without git history, it could not find.
 */
function publish(dir: string): void {
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "Generator",
    GIT_AUTHOR_EMAIL: "generator@example.invalid",
    GIT_COMMITTER_NAME: "Generator",
    GIT_COMMITTER_EMAIL: "generator@example.invalid",
  };
  for (const args of [["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "Generated content"]]) {
    execFileSync("git", args, { cwd: dir, env, stdio: "ignore" });
  }
}
