import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RolesByLetter } from "@/components/browse";
import { letterLaterPageParams, letterPage, letterPageMetadata, parseLaterPage } from "@/lib/browse";
import { getContent } from "@/lib/content";

/**
 * /roles/a-z/r/2: a letter's later pages, when it has more than 50 roles; prerendered. Page 1 is /roles/a-z/r;
 * /roles/a-z/r/1, a page past the end or a number written another way answer 404.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return letterLaterPageParams(getContent());
}

async function find(params: PageProps<"/roles/a-z/[letter]/[page]">["params"]) {
  const { letter, page } = await params;
  const number = parseLaterPage(page);
  return number === undefined ? undefined : letterPage(getContent(), letter, number);
}

export async function generateMetadata({ params }: PageProps<"/roles/a-z/[letter]/[page]">): Promise<Metadata> {
  const found = await find(params);
  return found ? letterPageMetadata(found) : {};
}

export default async function LetterLaterPage({ params }: PageProps<"/roles/a-z/[letter]/[page]">) {
  const found = await find(params);
  if (!found) notFound();
  return <RolesByLetter page={found} />;
}
