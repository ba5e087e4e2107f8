import type { ButtonHTMLAttributes } from "react";
import styles from "./Button.module.css";

/** A form's main action, GOV.UK style. `className` adds a variant's styles (e.g. a secondary button's). */
export function Button({ className, type = "submit", ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type={type} className={className ? `${styles.button} ${className}` : styles.button} {...props} />;
}
