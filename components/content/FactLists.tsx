import type { FactList } from "@/lib/content";
import styles from "./FactLists.module.css";

/**
 * A section's facts as labelled lists; the label's heading level fits the section it sits in. `afterProse` when the
 * lists follow the section's prose; `compact` for narrow columns, such as a comparison's cells.
 */
export function FactLists({
  lists,
  headingLevel = 3,
  afterProse = false,
  compact = false,
}: {
  lists: FactList[];
  headingLevel?: 3 | 4;
  afterProse?: boolean;
  compact?: boolean;
}) {
  const Heading = headingLevel === 4 ? "h4" : "h3";
  const className = (first: boolean) =>
    [styles.list, compact ? styles.compact : "", first && afterProse ? styles.afterProse : ""].filter(Boolean).join(" ");
  return (
    <>
      {lists.map((list, index) => (
        <div key={list.label} className={className(index === 0)}>
          <Heading className={styles.label}>{list.label}</Heading>
          <ul>
            {list.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
