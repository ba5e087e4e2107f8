import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import styles from "./BackLink.module.css";

/** A link back up the guide at the end of a page ("← Back to Healthcare & Informatics"); the arrow is not read out. */
export function BackLink({ href, children }: { href: Route; children: ReactNode }) {
  return (
    <p className={styles.backLink}>
      <Link href={href}>
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}
