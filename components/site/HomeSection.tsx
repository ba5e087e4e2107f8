import type { ReactNode } from "react";
import styles from "./HomeSection.module.css";

/** A part of the home page: a `<section>` named by its h2, whose id is `id`. */
export function HomeSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}
