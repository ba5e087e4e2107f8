import type { Metadata } from "next";
import { headers } from "next/headers";
import { cache } from "react";
import { SearchForm, SearchPageBody } from "@/components/search";
import { PageHeading } from "@/components/shared";
import { recordSearchMiss } from "@/lib/feedback";
import { getSearchPage, searchTitle } from "@/lib/search";

/*
 * /search?q=…&page=N: the results twenty a page, rendered per request (private, no-store, noindex). The index is
 * built once per process (lib/search); a request ranks the matches and makes snippets for its page only.
 *
 * A page the results do not have (page=0, page=999, page=abc) answers 200 with a message and a link to the first
 * page, like a search with no results: the query itself was fine, the reader needs that link more than an error
 * page, and the only 404 the App Router can give (notFound()) would show the site's generic page, which cannot
 * say how many pages there are. Search pages are kept by no cache and indexed by no search engine either way.
 */

/** One search per request, shared by the page and its metadata (React's cache lasts one request). */
const searchOnce = cache((q: unknown, page: unknown) => getSearchPage(q, page));

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const { q, page } = await searchParams;
  return {
    title: searchTitle(searchOnce(q, page).response),
    description: "Search the guide's industries and roles.",
    robots: { index: false },
  };
}

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const { q, page } = await searchParams;
  const found = searchOnce(q, page);
  // Counted for the editors' inbox, after the page has moved on: never awaited, never fails the search.
  if (found.response.total === 0 && found.response.query !== "") recordSearchMiss({ query: found.response.query, headers: await headers() });
  return (
    <>
      <PageHeading title="Search" />
      <SearchForm variant="page" query={found.response.query} />
      <SearchPageBody page={found} />
    </>
  );
}
