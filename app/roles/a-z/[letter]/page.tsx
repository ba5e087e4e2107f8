import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RolesByLetter } from "@/components/browse";
import { letterPage, letterPageMetadata, letterParams } from "@/lib/browse";
import { getContent } from "@/lib/content";

/** /roles/a-z/r: the first page of a letter's roles; prerendered for every letter with roles, 404 for the rest. */
export const dynamicParams = false;

export function generateStaticParams() {
  return letterParams(getContent());
}

export async function generateMetadata({ params }: PageProps<"/roles/a-z/[letter]">): Promise<Metadata> {
  const found = letterPage(getContent(), (await params).letter);
  return found ? letterPageMetadata(found) : {};
}

export default async function LetterPage({ params }: PageProps<"/roles/a-z/[letter]">) {
  const found = letterPage(getContent(), (await params).letter);
  if (!found) notFound();
  return <RolesByLetter page={found} />;
}
