import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ComparePageContent } from "@/components/compare";
import { compareMetadata, getCompareChooser, getCompareRequest } from "@/lib/compare";

/*
 * /compare?roles=a,b: two to four roles side by side. The address is the whole state (no login, nothing
 * stored), so the page is rendered for each request from its search parameters. Whatever they hold, the page
 * answers 200 with either the comparison or a chooser that says what it could not use.
 *
 * The chooser: in a guide of up to FULL_CHOOSER_MAX_ROLES roles, every role as a tick box (CompareChooser). In a
 * bigger one, roles are chosen by industry (`industry=`) or by searching (`find=`), a bounded list at a time, and
 * the chosen roles stay in `roles` (CompareRoleFinder). An address with `industry` or `find` is the chooser's,
 * even when it has roles enough to compare; its "Compare these roles" link is the comparison's own address, and
 * its tick boxes' "Compare" button (`show=comparison`) redirects there (307) once two roles are chosen.
 */

export async function generateMetadata({ searchParams }: PageProps<"/compare">): Promise<Metadata> {
  const { title, description, canonical } = compareMetadata(getCompareRequest(await searchParams));
  return { title, description, alternates: { canonical } };
}

export default async function ComparePage({ searchParams }: PageProps<"/compare">) {
  const request = getCompareRequest(await searchParams);
  // A tick-box form's "Compare" button: the comparison, at its own address (without the chooser's parameters).
  if (request.redirectTo) redirect(request.redirectTo);
  return <ComparePageContent request={request} chooser={getCompareChooser(request)} />;
}
