import type { CompareCell, CompareRow, Comparison as ComparisonData } from "@/lib/compare";
import { FactLists, Prose, ViewRoleLink } from "@/components/content";
import styles from "./Comparison.module.css";

/** What a cell says when the role's content has nothing for its section. Never filled in with anything else. */
export const NOT_COVERED = "Not covered in this role's profile.";
export const NO_PATHS_IN = "The guide does not list a common career path into this role yet.";

/** Three or four columns on wide screens; two need nothing more than the grid. */
const COLUMNS: Record<number, string | undefined> = { 3: styles.three, 4: styles.four };

function Cell({ cell, row }: { cell: CompareCell; row: CompareRow }) {
  return (
    <div className={styles.cell} data-role={cell.slug}>
      <h3 className={styles.cellRole}>{cell.title}</h3>
      {cell.recorded ? (
        <>
          {cell.html ? <Prose html={cell.html} /> : null}
          {/* Compact: a step smaller than on a role page, to fit the column. */}
          <FactLists lists={cell.lists} headingLevel={4} compact afterProse={Boolean(cell.html)} />
          {cell.paths.length > 0 ? (
            <ul className={styles.paths}>
              {cell.paths.map((path) => (
                <li key={path.from}>
                  <span className={styles.pathFrom}>
                    <span className="visually-hidden">From </span>
                    {path.from}
                  </span>
                  <span className={styles.pathDescription}>{path.description}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <p className={styles.cellNone}>{row.id === "paths-in" ? NO_PATHS_IN : NOT_COVERED}</p>
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
  return (
    <div className={COLUMNS[comparison.roles.length]}>
      <ul className={styles.grid} role="list" aria-label="Roles compared">
        {comparison.roles.map((role) => (
          <li key={role.slug} className={styles.role}>
            <span className="caption">{role.industryName}</span>
            <p className={styles.roleTitle}>{role.title}</p>
            <p className={styles.roleSummary}>{role.summary}</p>
            <p className={styles.roleAction}>
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
          className={styles.section}
        >
          <h2 id={`compare-${row.id}-heading`}>{row.heading}</h2>
          <div className={styles.grid}>
            {row.cells.map((cell) => (
              <Cell key={cell.slug} cell={cell} row={row} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
