import type { Metadata } from "next";
import Link from "next/link";
import { getIndustries } from "@/lib/content";
import { industryPath } from "@/lib/urls";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false },
};

export default function NotFound() {
  const industries = getIndustries();
  return (
    <>
      <h1>Page not found</h1>
      <p className="lead">If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>You can:</p>
      <ul>
        <li>
          <Link href="/">go to the guide&apos;s home page</Link>
        </li>
        {industries.map((industry) => (
          <li key={industry.slug}>
            <Link href={industryPath(industry.slug)}>browse {industry.name} roles</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
