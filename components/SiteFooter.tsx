import Link from "next/link";
import { SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          <Link href="/">{SITE_NAME}</Link>: careers explained from the guide&apos;s published role profiles.
        </p>
        <p className="site-footer__small">
          Information on this site describes roles in general. Check each job advert for its own requirements.
        </p>
      </div>
    </footer>
  );
}
