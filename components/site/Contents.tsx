/** "On this page": links to the page's sections, so readers can jump and advisers can share one part. */
export function Contents({ items }: { items: { id: string; heading: string }[] }) {
  if (items.length < 2) return null;
  return (
    <nav className="contents" aria-labelledby="contents-heading">
      <h2 id="contents-heading" className="contents__heading">
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
