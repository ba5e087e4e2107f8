/**
 * A page's history (`changes` in every page's front matter, newest first) on its own: real dates, none in the
 * future, newest first, no entry twice, and a first entry that readers see. The rules against the published
 * version (history only grows, a new entry for changed words) are history.ts's.
 */
import type { CheckedFile } from "./checked-file";
import { formatDate } from "./dates";
import type { ContentProblem } from "./problems";
import { fieldLine as lineOf, writtenDay } from "./yaml-lines";

/** The entries on their own: real dates, none after today, newest first, no entry twice, the oldest a note. */
export function checkChangeNotes(items: CheckedFile[], today: string, problems: ContentProblem[]): void {
  for (const item of items) {
    const { changes } = item.data;
    let orderReported = false;
    changes.forEach((change, index) => {
      const line = lineOf(item, ["changes", index, "date"]);
      const field = `changes.${index}.date`;
      const written = writtenDay(item.frontMatter, line);
      if (written && written !== change.date) {
        problems.push({ file: item.file, line, field, message: `${written} is not a real date`, hint: "check the day and the month" });
        return;
      }
      if (change.date > today) {
        problems.push({
          file: item.file,
          line,
          field,
          message: `${change.date} is in the future (today is ${formatDate(today)})`,
          hint: "date a change note with the day you make the change",
        });
      }
      const above = changes[index - 1];
      if (above && !orderReported && change.date > above.date) {
        orderReported = true;
        problems.push({
          file: item.file,
          line,
          field,
          message: `the notes are out of order: ${change.date} is newer than the note above it (${above.date})`,
          hint: "list the notes newest first: a new note goes at the top of changes",
        });
      }
      const twin = changes.findIndex(
        (other, j) => j < index && other.date === change.date && other.note === change.note && other.minor === change.minor,
      );
      if (twin >= 0) {
        problems.push({
          file: item.file,
          line: lineOf(item, ["changes", index]),
          field: `changes.${index}`,
          message: `the same entry as changes.${twin}, on the same day`,
          hint: "delete one of the two",
        });
      }
    });
    const oldest = changes.length - 1;
    if (changes[oldest]?.minor) {
      problems.push({
        file: item.file,
        line: lineOf(item, ["changes", oldest]),
        field: `changes.${oldest}`,
        message: "the oldest entry is a minor update, but a page's history starts with a note readers see",
        hint: 'make it "note: First published." with the day the page was first published',
      });
    }
  }
}
