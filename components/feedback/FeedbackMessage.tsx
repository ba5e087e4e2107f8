import type { ReactNode, Ref } from "react";
import styles from "./FeedbackForms.module.css";

/**
 * The thanks that takes a form's place once its answer is sent: a status message, which FeedbackForms focuses
 * so that screen readers say it.
 */
export function FeedbackMessage({ ref, title, children }: { ref: Ref<HTMLDivElement>; title: string; children?: ReactNode }) {
  return (
    <div ref={ref} className={styles.message} role="status" tabIndex={-1}>
      <p className={styles.messageTitle}>{title}</p>
      {children ? <p className={styles.messageText}>{children}</p> : null}
    </div>
  );
}
