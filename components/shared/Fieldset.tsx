import type { ReactNode } from "react";
import styles from "./Fieldset.module.css";

/** Form controls grouped under one question, its `legend`; `describedBy` names the group's hint. */
export function Fieldset({
  legend,
  describedBy,
  children,
}: {
  legend: ReactNode;
  describedBy?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className={styles.fieldset} aria-describedby={describedBy}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}
