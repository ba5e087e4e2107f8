import type { Role } from "@/lib/content";
import styles from "./OtherTitles.module.css";

/** "Also known as": the other titles a job is known by (NHS Health Careers' "alternative titles"), under its name. */
export function OtherTitles({ titles }: { titles: Role["alsoKnownAs"] }) {
  if (titles.length === 0) return null;
  return (
    <p className={styles.otherTitles}>
      <span className={styles.label}>Also known as:</span> {titles.map((other) => other.title).join(", ")}
    </p>
  );
}
