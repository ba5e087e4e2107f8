import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

/**
 * A link to a page of the site: Next's Link, or, with `plain`, a plain <a> for a page sent without Next's router
 * (the no-JavaScript error page of the feedback form, which a route handler writes: components/feedback).
 */
export function SiteLink({
  href,
  plain = false,
  className,
  children,
}: {
  href: Route | string;
  plain?: boolean;
  className?: string;
  children: ReactNode;
}) {
  if (plain) {
    return (
      <a href={href} className={className}>
        {children}
      </a>
    );
  }
  return (
    <Link href={href as Route} className={className}>
      {children}
    </Link>
  );
}
