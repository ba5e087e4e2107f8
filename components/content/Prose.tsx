import styles from "./Prose.module.css";

/** Shows HTML that lib/content rendered from markdown and sanitized. Never pass it anything else. */
export function Prose({ html, className }: { html: string; className?: string }) {
  return (
    <div className={className ? `${styles.prose} ${className}` : styles.prose} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
