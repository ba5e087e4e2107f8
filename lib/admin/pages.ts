import { getIndustries, getRoles } from "../content";
import { industryPath, rolePath } from "../urls";
import type { ContentPage } from "./inbox";

/** Every page readers can give feedback on, with its content file: the inbox lists them all. */
export function contentPages(): ContentPage[] {
  return [
    ...getIndustries().map((industry) => ({ path: industryPath(industry.slug), title: industry.name, file: industry.file })),
    ...getRoles().map((role) => ({ path: rolePath(role.slug), title: role.title, file: role.file })),
  ];
}
