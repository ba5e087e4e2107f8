import { getIndustries, getRoles } from "../content";
import { industryPath, rolePath } from "../shared";

/**
 * The pages readers can give feedback on: every role and industry page. An answer about any other path is refused
 * (so nobody can fill the store with made-up addresses); the editors' inbox lists them all.
 */
export interface ContentPage {
  path: string;
  title: string;
  /** The content file, relative to the repository's root, e.g. `content/roles/clinical-coder.md`. */
  file: string;
}

export function contentPages(): ContentPage[] {
  return [
    ...getIndustries().map((industry) => ({ path: industryPath(industry.slug), title: industry.name, file: industry.file })),
    ...getRoles().map((role) => ({ path: rolePath(role.slug), title: role.title, file: role.file })),
  ];
}

/** The same pages as path → title. */
export function feedbackPages(): Map<string, string> {
  return new Map(contentPages().map((page) => [page.path, page.title]));
}
