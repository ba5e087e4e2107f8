import { UpdateEntry, type UpdateItem } from "./UpdateEntry";
import styles from "./Updates.module.css";

/** The newest few change notes, each with its date, for the home page. */
export function LatestUpdates({ updates }: { updates: readonly UpdateItem[] }) {
  return (
    <ul className={styles.list} role="list">
      {updates.map((update) => (
        <UpdateEntry key={update.id} update={update} withDate />
      ))}
    </ul>
  );
}
