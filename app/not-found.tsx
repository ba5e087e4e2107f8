import type { Metadata } from "next";
import Link from "next/link";
import { homePath, industriesIndexPath, rolesIndexPath } from "@/lib/shared";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false },
};

/**
 * The 404 page. Its links are the same few however big the guide is: Next sends this page's content with every
 * page (for client-side navigation), so a link per industry here would weigh on every page.
 */
export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lead">If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>You can:</p>
      <ul>
        <li>
          <Link href={homePath()}>go to the guide&apos;s home page</Link>
        </li>
        <li>
          <Link href={industriesIndexPath()}>browse the industries</Link>
        </li>
        <li>
          <Link href={rolesIndexPath()}>browse all roles A to Z</Link>
        </li>
      </ul>
    </>
  );
}
