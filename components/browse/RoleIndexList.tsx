import Link from "next/link";
import type { RoleEntry } from "@/lib/browse";
import { rolePath } from "@/lib/shared";
import styles from "./RoleIndexList.module.css";

/** Roles as the A to Z lists them: each title links to its page, with its industry and its summary. */
export function RoleIndexList({ roles, headingLevel = 2 }: { roles: RoleEntry[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul role="list" className={styles.roles}>
      {roles.map((role) => (
        <li key={role.slug} className={styles.role}>
          <Heading className={styles.title}>
            <Link href={rolePath(role.slug)}>{role.title}</Link>
          </Heading>
          <p className={styles.industry}>{role.industry.name}</p>
          <p className={styles.summary}>{role.summary}</p>
        </li>
      ))}
    </ul>
  );
}
