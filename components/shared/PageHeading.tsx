import type { ReactNode } from "react";
import styles from "./PageHeading.module.css";

/** The page's only h1, with an optional caption above it and a lead paragraph below. */
export function PageHeading({ caption, title, lead }: { caption?: string; title: string; lead?: ReactNode }) {
  return (
    <div className={styles.heading}>
      {caption ? <span className="caption">{caption}</span> : null}
      <h1>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
    </div>
  );
}
