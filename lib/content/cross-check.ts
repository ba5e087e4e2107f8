/**
 * The cross-check of industries and roles, run once every file has been read and validated on its own: slugs match
 * file names and are unique, each industry lists roles that exist (once, and no role under two industries), its
 * path patterns lead to its own roles, and each role names the industry that lists it. A file whose own problems
 * were reported (`broken`) is not reported again as missing wherever it is referred to.
 */
import { closest, type ContentProblem } from "./problems";
import type { ParsedFile } from "./read-files";
import type { IndustryFrontMatter, PathPattern, RoleFrontMatter } from "./schema";
import { fieldLine as at } from "./yaml-lines";

type Parsed<T> = ParsedFile<T>;

/** The slugs of the files that did not read or validate cleanly. */
export interface BrokenFiles {
  industries: Set<string>;
  roles: Set<string>;
}

/** Which industry file lists each role: the first to list it, and the slugs of all that do. */
interface Listings {
  listedBy: Map<string, Parsed<IndustryFrontMatter>>;
  listers: Map<string, Set<string>>;
}

export function crossCheck(
  industries: Parsed<IndustryFrontMatter>[],
  roles: Parsed<RoleFrontMatter>[],
  broken: BrokenFiles,
  problems: ContentProblem[],
): void {
  checkSlugs(industries, problems);
  checkSlugs(roles, problems);
  const roleSlugs = [...new Set(roles.map((role) => role.data.slug))];
  const listings: Listings = { listedBy: new Map(), listers: new Map() };
  for (const industry of industries) {
    const listed = checkRoleList(industry, roleSlugs, listings, broken, problems);
    checkPathPatterns(industry, listed, roleSlugs, broken, problems);
  }
  const industrySlugs = [...new Set(industries.map((industry) => industry.data.slug))];
  for (const role of roles) checkRoleIndustry(role, industrySlugs, listings, broken, problems);
}

/** Each file's slug matches its file name, and no two files of one kind share a slug. */
function checkSlugs(items: Parsed<{ slug: string }>[], problems: ContentProblem[]): void {
  const seen = new Map<string, Parsed<{ slug: string }>>();
  for (const item of items) {
    const { slug } = item.data;
    if (slug !== item.fileSlug) {
      problems.push({
        file: item.file,
        line: at(item, ["slug"]),
        field: "slug",
        message: `expected "${item.fileSlug}" to match the file name`,
        hint: `rename the file to ${slug}.md or set slug: ${item.fileSlug}`,
      });
    }
    const first = seen.get(slug);
    if (first) {
      problems.push({
        file: item.file,
        line: at(item, ["slug"]),
        field: "slug",
        message: `duplicate slug "${slug}": ${first.file} uses it too`,
        hint: "every page needs its own slug",
      });
    } else {
      seen.set(slug, item);
    }
  }
}

/**
 * An industry's `roles`: each listed once, by no other industry, and the slug of a role that exists. Records the
 * listings in `listings`; returns the slugs this industry lists.
 */
function checkRoleList(
  industry: Parsed<IndustryFrontMatter>,
  roleSlugs: string[],
  { listedBy, listers }: Listings,
  broken: BrokenFiles,
  problems: ContentProblem[],
): Set<string> {
  const validRoles = `valid role slugs: ${roleSlugs.join(", ") || "(none)"}`;
  const listed = new Set<string>();
  industry.data.roles.forEach((slug, index) => {
    const where = { file: industry.file, line: at(industry, ["roles", index]), field: `roles.${index}` };
    if (listed.has(slug)) {
      problems.push({ ...where, message: `role "${slug}" is listed twice`, hint: "remove the second entry" });
      return;
    }
    listed.add(slug);
    listers.set(slug, (listers.get(slug) ?? new Set()).add(industry.data.slug));
    const other = listedBy.get(slug);
    if (other) {
      problems.push({ ...where, message: `role "${slug}" is already listed by ${other.file}`, hint: "a role belongs to one industry" });
    } else {
      listedBy.set(slug, industry);
    }
    if (!roleSlugs.includes(slug) && !broken.roles.has(slug)) {
      const suggestion = closest(slug, roleSlugs);
      problems.push({
        ...where,
        message: `no role "${slug}" in content/roles`,
        hint: suggestion ? `did you mean "${suggestion}"? ${validRoles}` : validRoles,
      });
    }
  });
  return listed;
}

/** Each of an industry's path patterns leads to one of the roles it lists. */
function checkPathPatterns(
  industry: Parsed<IndustryFrontMatter>,
  listed: Set<string>,
  roleSlugs: string[],
  broken: BrokenFiles,
  problems: ContentProblem[],
): void {
  industry.data.pathPatterns.forEach((pattern: PathPattern, index) => {
    if (listed.has(pattern.to) || broken.roles.has(pattern.to)) return;
    const choices = industry.data.roles.filter((slug) => roleSlugs.includes(slug));
    const suggestion = closest(pattern.to, choices);
    const valid = `this industry's role slugs: ${choices.join(", ") || "(none)"}`;
    problems.push({
      file: industry.file,
      line: at(industry, ["pathPatterns", index, "to"]),
      field: `pathPatterns.${index}.to`,
      message: `no role "${pattern.to}" among this industry's roles`,
      hint: suggestion ? `did you mean "${suggestion}"? ${valid}` : valid,
    });
  });
}

/** A role's `industry` exists, lists the role, and is the industry that lists it. */
function checkRoleIndustry(
  role: Parsed<RoleFrontMatter>,
  industrySlugs: string[],
  { listedBy, listers }: Listings,
  broken: BrokenFiles,
  problems: ContentProblem[],
): void {
  const owner = listedBy.get(role.data.slug);
  if (broken.industries.has(role.data.industry)) {
    return;
  } else if (!industrySlugs.includes(role.data.industry)) {
    const suggestion = closest(role.data.industry, industrySlugs);
    const valid = `valid industry slugs: ${industrySlugs.join(", ") || "(none)"}`;
    problems.push({
      file: role.file,
      line: at(role, ["industry"]),
      field: "industry",
      message: `no industry "${role.data.industry}" in content/industries`,
      hint: suggestion ? `did you mean "${suggestion}"? ${valid}` : valid,
    });
  } else if (!owner) {
    problems.push({
      file: role.file,
      line: at(role, ["slug"]),
      field: "slug",
      message: `role "${role.data.slug}" is not listed by any industry, so no page links to it`,
      hint: `add "- ${role.data.slug}" to roles in content/industries/${role.data.industry}.md`,
    });
  } else if (!listers.get(role.data.slug)?.has(role.data.industry)) {
    problems.push({
      file: role.file,
      line: at(role, ["industry"]),
      field: "industry",
      message: `expected "${owner.data.slug}", the industry whose file lists this role (${owner.file})`,
    });
  }
}
