import type { RoleEntry } from "@/lib/browse";
import { rolePath } from "@/lib/shared";
import { ResultList } from "@/components/shared";

/** Roles as the A to Z lists them: each title links to its page, with its industry and its summary. */
export function RoleIndexList({ roles, headingLevel = 2 }: { roles: RoleEntry[]; headingLevel?: 2 | 3 }) {
  return (
    <ResultList
      headingLevel={headingLevel}
      entries={roles.map((role) => ({
        key: role.slug,
        href: rolePath(role.slug),
        title: role.title,
        meta: role.industry.name,
        text: role.summary,
      }))}
    />
  );
}
