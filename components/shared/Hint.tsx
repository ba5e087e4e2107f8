import type { ReactNode } from "react";
import styles from "./Hint.module.css";

/** Hint text for a form control or group; give it the `id` the control's aria-describedby names. */
export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className={styles.hint}>
      {children}
    </p>
  );
}
