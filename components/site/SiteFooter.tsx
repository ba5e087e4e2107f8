import Link from "next/link";
import { SITE_NAME, accessibilityPath, privacyPath } from "@/lib/shared";
import styles from "./SiteFooter.module.css";

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className="container">
        {/* GOV.UK's "support links": the accessibility statement and the privacy notice are linked from every page,
            in the same place. */}
        <nav aria-label="Support links">
          <ul role="list" className={styles.links}>
            <li>
              <Link href={accessibilityPath()}>Accessibility statement</Link>
            </li>
            <li>
              <Link href={privacyPath()}>Privacy</Link>
            </li>
          </ul>
        </nav>
        <p>
          <Link href="/">{SITE_NAME}</Link>: careers explained from the guide&apos;s published role profiles.
        </p>
        <p className={styles.small}>
          Information on this site describes roles in general. Check each job advert for its own requirements.
        </p>
      </div>
    </footer>
  );
}
