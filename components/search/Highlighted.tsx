import { Fragment } from "react";
import { highlight } from "@/lib/search";
import styles from "./Highlighted.module.css";

/** `text` with the words that start with one of `terms` in <mark>. React escapes all of it. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlight(text, terms).map((segment, index) =>
        segment.match ? (
          <mark key={index} className={styles.mark}>
            {segment.text}
          </mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
