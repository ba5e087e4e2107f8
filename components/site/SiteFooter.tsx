import { SITE_NAME, accessibilityPath, glossaryPath, homePath, privacyPath } from "@/lib/shared";
import { SiteLink } from "@/components/shared";
import styles from "./SiteFooter.module.css";

/** The support links and the guide's caveat, on every page. `plainLinks`: as SiteHeader's. */
export function SiteFooter({ plainLinks = false }: { plainLinks?: boolean }) {
  return (
    <footer className={styles.footer}>
      <div className="container">
        {/* GOV.UK's "support links": the accessibility statement, the privacy notice and the glossary are linked from
            every page, in the same place. */}
        <nav aria-label="Support links">
          <ul role="list" className={styles.links}>
            <li>
              <SiteLink plain={plainLinks} href={accessibilityPath()}>
                Accessibility statement
              </SiteLink>
            </li>
            <li>
              <SiteLink plain={plainLinks} href={privacyPath()}>
                Privacy
              </SiteLink>
            </li>
            <li>
              <SiteLink plain={plainLinks} href={glossaryPath()}>
                Glossary
              </SiteLink>
            </li>
          </ul>
        </nav>
        <p>
          <SiteLink plain={plainLinks} href={homePath()}>
            {SITE_NAME}
          </SiteLink>: careers explained from the guide&apos;s published role profiles.
        </p>
        <p className={styles.small}>
          Information on this site describes roles in general. Check each job advert for its own requirements.
        </p>
      </div>
    </footer>
  );
}
