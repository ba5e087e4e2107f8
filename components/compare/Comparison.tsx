import type { CompareCell, CompareRow, Comparison as ComparisonData } from "@/lib/compare";
import { FactLists } from "@/components/content";
import { Prose } from "@/components/content";
import { ViewRoleLink } from "@/components/content";

/** What a cell says when the role's content has nothing for its section. Never filled in with anything else. */
export const NOT_COVERED = "Not covered in this role's profile.";
export const NO_PATHS_IN = "The guide does not list a common career path into this role yet.";

function Cell({ cell, row }: { cell: CompareCell; row: CompareRow }) {
  return (
    <div className="compare-cell" data-role={cell.slug}>
      <h3 className="compare-cell__role">{cell.title}</h3>
      {cell.recorded ? (
        <>
          {cell.html ? <Prose html={cell.html} /> : null}
          <FactLists lists={cell.lists} headingLevel={4} />
          {cell.paths.length > 0 ? (
            <ul className="compare-paths">
              {cell.paths.map((path) => (
                <li key={path.from}>
                  <span className="compare-paths__from">
                    <span className="visually-hidden">From </span>
                    {path.from}
                  </span>
                  <span className="compare-paths__description">{path.description}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <p className="compare-cell__none">{row.id === "paths-in" ? NO_PATHS_IN : NOT_COVERED}</p>
      )}
    </div>
  );
}

/**
 * Two to four roles side by side: a card for each role (linking to its page), then one section per part of a
 * role profile with each role's content in its own column. On narrow screens the columns stack, each under its
 * role's name.
 */
export function Comparison({ comparison }: { comparison: ComparisonData }) {
  const columns = comparison.roles.length;
  return (
    <div className={`compare compare--${columns}`}>
      <ul className="compare-grid compare-roles" role="list" aria-label="Roles compared">
        {comparison.roles.map((role) => (
          <li key={role.slug} className="compare-role">
            <span className="caption">{role.industryName}</span>
            <p className="compare-role__title">{role.title}</p>
            <p className="compare-role__summary">{role.summary}</p>
            <p className="compare-role__action">
              <ViewRoleLink slug={role.slug} title={role.title} />
            </p>
          </li>
        ))}
      </ul>

      {comparison.rows.map((row) => (
        <section
          key={row.id}
          id={`compare-${row.id}`}
          aria-labelledby={`compare-${row.id}-heading`}
          className="compare-section"
        >
          <h2 id={`compare-${row.id}-heading`}>{row.heading}</h2>
          <div className="compare-grid">
            {row.cells.map((cell) => (
              <Cell key={cell.slug} cell={cell} row={row} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
