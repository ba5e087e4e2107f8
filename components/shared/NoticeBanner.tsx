import styles from "./NoticeBanner.module.css";

/** A GOV.UK-style notification banner: a short title, then one or more messages as text. */
export function NoticeBanner({ id, title, messages }: { id: string; title: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className={styles.notice} role="region" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        {title}
      </h2>
      <div className={styles.content}>
        {messages.length === 1 ? (
          <p>{messages[0]}</p>
        ) : (
          <ul>
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
