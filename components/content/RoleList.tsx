import { ViewRoleLink } from "./ViewRoleLink";

export interface RoleSummary {
  slug: string;
  title: string;
  summary: string;
}

/** Role cards, each with its summary and a "View role →" link. `headingLevel` fits the list into its page. */
export function RoleList({ roles, headingLevel = 3 }: { roles: RoleSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="card-list" role="list">
      {roles.map((role) => (
        <li key={role.slug} className="card">
          <Heading className="card__title">{role.title}</Heading>
          <p className="card__summary">{role.summary}</p>
          <p className="card__action">
            <ViewRoleLink slug={role.slug} title={role.title} />
          </p>
        </li>
      ))}
    </ul>
  );
}
