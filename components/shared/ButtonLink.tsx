import Link from "next/link";
import type { ComponentProps } from "react";
import styles from "./Button.module.css";

/** A link that leads to the next step of a task, styled as the page's main action (components/shared/Button.tsx). */
export function ButtonLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link className={className ? `${styles.button} ${className}` : styles.button} {...props} />;
}
