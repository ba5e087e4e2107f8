import Link from "next/link";
import { Fragment } from "react";
import type { SearchSuggestions } from "@/lib/search";
import { searchPath } from "@/lib/shared";

/**
 * What a search that found nothing may have meant: "Did you mean clinical coder?", each search a link, and the roles
 * it finds, each a link to its page.
 */
export function DidYouMean({ suggestions }: { suggestions: SearchSuggestions }) {
  const { terms, roles } = suggestions;
  return (
    <>
      {terms.length > 0 ? (
        <p data-search-suggestions="">
          Did you mean{" "}
          {terms.map((term, index) => (
            <Fragment key={term}>
              {index === 0 ? "" : index === terms.length - 1 ? " or " : ", "}
              <Link href={searchPath(term)}>{term}</Link>
            </Fragment>
          ))}
          ?
        </p>
      ) : null}
      {roles.length > 0 ? (
        <>
          <p>{roles.length === 1 ? "A role you may be looking for:" : "Roles you may be looking for:"}</p>
          <ul data-search-suggested-roles="">
            {roles.map((role) => (
              <li key={role.url}>
                <Link href={role.url}>{role.title}</Link>
                {role.industry ? ` (${role.industry})` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
