import styles from "./Contents.module.css";

/** "On this page": links to the page's sections, so readers can jump and advisers can share one part. */
export function Contents({ items }: { items: { id: string; heading: string }[] }) {
  if (items.length < 2) return null;
  return (
    <nav className={styles.contents} aria-labelledby="contents-heading">
      <h2 id="contents-heading" className={styles.heading}>
        On this page
      </h2>
      <ul role="list">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.heading}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
