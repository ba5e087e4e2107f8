import { getIndustries, getRoles } from "../content";
import { industryPath, rolePath } from "../urls";

/**
 * The pages readers can give feedback on: every role and industry page, as path → title. An answer about any
 * other path is refused (so nobody can fill the store with made-up addresses).
 */
export function feedbackPages(): Map<string, string> {
  return new Map([
    ...getIndustries().map((industry) => [industryPath(industry.slug), industry.name] as const),
    ...getRoles().map((role) => [rolePath(role.slug), role.title] as const),
  ]);
}
