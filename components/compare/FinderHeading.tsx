import type { ReactNode } from "react";
import styles from "./FinderHeading.module.css";

/** The level of the role finder's headings: h2 as the page's chooser, h3 below a comparison. */
export type FinderHeadingLevel = 2 | 3;

/** The heading of a part of the role finder (CompareRoleFinder), at the level its place on the page needs. */
export function FinderHeading({ level, id, children }: { level: FinderHeadingLevel; id: string; children: ReactNode }) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className={styles.heading}>
      {children}
    </Tag>
  );
}
