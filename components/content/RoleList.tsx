import { Card, CardList } from "./Card";
import { ViewRoleLink } from "./ViewRoleLink";

export interface RoleSummary {
  slug: string;
  title: string;
  summary: string;
}

/** Role cards, each with its summary and a "View role →" link. `headingLevel` fits the list into its page. */
export function RoleList({ roles, headingLevel = 3 }: { roles: RoleSummary[]; headingLevel?: 2 | 3 }) {
  return (
    <CardList>
      {roles.map((role) => (
        <Card
          key={role.slug}
          heading={role.title}
          headingLevel={headingLevel}
          summary={role.summary}
          action={<ViewRoleLink slug={role.slug} title={role.title} />}
        />
      ))}
    </CardList>
  );
}
