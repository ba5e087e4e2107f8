import { formatDate } from "@/lib/content";
import { UpdateEntry, type UpdateItem } from "./UpdateEntry";
import styles from "./Updates.module.css";

/**
 * Change notes grouped by day, newest day first (the notes come sorted): each day a heading, then the pages that
 * changed that day and what changed.
 */
export function UpdatesByDay({ updates }: { updates: readonly UpdateItem[] }) {
  const days: { date: string; updates: UpdateItem[] }[] = [];
  for (const update of updates) {
    const last = days.at(-1);
    if (last?.date === update.date) last.updates.push(update);
    else days.push({ date: update.date, updates: [update] });
  }
  return (
    <div>
      {days.map((day) => (
        <div key={day.date} data-testid="updates-day">
          <h2 className={styles.date}>
            <time dateTime={day.date}>{formatDate(day.date)}</time>
          </h2>
          <ul className={styles.list} role="list">
            {day.updates.map((update) => (
              <UpdateEntry key={update.id} update={update} withDate={false} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
