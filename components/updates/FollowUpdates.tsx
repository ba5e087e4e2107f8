import { updatesFeedPath } from "@/lib/shared";
import styles from "./FollowUpdates.module.css";

/** /updates' link to the guide's Atom feed of every change note, and where the pages' own feeds are. */
export function FollowUpdates() {
  return (
    <p className={styles.follow}>
      <a href={updatesFeedPath()} type="application/atom+xml">
        Follow all updates in a feed reader
      </a>{" "}
      (Atom feed). Each role and industry page has a feed of its own too, linked from its list of updates.
    </p>
  );
}
