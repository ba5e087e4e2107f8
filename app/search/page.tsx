import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { PageHeading } from "@/components/site";
import { SearchForm } from "@/components/search";
import { Pagination } from "@/components/browse";
import { SearchResultList } from "@/components/search";
import { BrowseGuide, ExampleSearches } from "@/components/search";
import { askedByNumber } from "@/lib/browse";
import { browseGuide, exampleSearches, search, searchTitle } from "@/lib/search";
import { formatCount, plural, searchPath } from "@/lib/shared";

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
const searchOnce = cache((q: unknown, page: unknown) => search(q, { page }));

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const { q, page } = await searchParams;
  return {
    title: searchTitle(searchOnce(q, page)),
    description: "Search the guide's industries and roles.",
    robots: { index: false },
  };
}


export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const { q, page: pageParam } = await searchParams;
  const response = searchOnce(q, pageParam);
  const { query, results, matchedAllTerms, total, page } = response;
  const examples = exampleSearches();
  const href = (number: number) => searchPath(query, number);

  return (
    <>
      <PageHeading title="Search" />
      <SearchForm variant="page" query={query} />

      {query === "" ? (
        <section aria-labelledby="search-help-heading" className="search-help">
          <h2 id="search-help-heading">What you can search for</h2>
          <p>
            Search the names, summaries and profiles of every industry and role in the guide, and the skills,
            qualifications, codes, specialisms and workplaces they list.
          </p>
          {examples.length > 0 ? (
            <p>
              For example, try <ExampleSearches examples={examples} />.
            </p>
          ) : null}
          <h2 id="browse-heading">Or browse the guide</h2>
          <BrowseGuide industries={browseGuide()} />
        </section>
      ) : total === 0 ? (
        <section aria-labelledby="search-count-heading" className="search-help">
          <div role="status">
            <h2 id="search-count-heading" className="search-count">
              No results for <q className="search-query">{query}</q>
            </h2>
          </div>
          <p>Try:</p>
          <ul>
            <li>checking your spelling</li>
            <li>using fewer words, or more general ones</li>
            {examples.length > 0 ? (
              <li>
                searching for a skill, code or specialism, such as <ExampleSearches examples={examples} />
              </li>
            ) : null}
            <li>browsing the industries and roles below</li>
          </ul>
          <h2 id="browse-heading">Browse the guide</h2>
          <BrowseGuide industries={browseGuide()} />
        </section>
      ) : (
        <section aria-labelledby="search-count-heading">
          <div role="status">
            <h2 id="search-count-heading" className="search-count">
              {plural(total, "result", "results")} for <q className="search-query">{query}</q>
            </h2>
            {page.found && page.pageCount > 1 ? (
              <p className="search-range">
                Showing {formatCount(page.start + 1)} to {formatCount(page.end)}
              </p>
            ) : null}
          </div>
          {page.found ? (
            <>
              {/* React puts these in the head: the previous and next pages of results, as the links below. */}
              {page.page > 1 ? <link rel="prev" href={href(page.page - 1)} /> : null}
              {page.page < page.pageCount ? <link rel="next" href={href(page.page + 1)} /> : null}
              {matchedAllTerms ? null : (
                <p className="search-note">
                  No page has all of your words, so these pages have some of them. Pages with more of your words
                  come first.
                </p>
              )}
              <SearchResultList results={results} start={page.start + 1} />
              <Pagination label="Search results pages" page={page.page} pageCount={page.pageCount} href={href} />
            </>
          ) : (
            <div className="search-missing-page">
              <p>
                There is no page{" "}
                {askedByNumber(page) ? page.asked : <q className="search-query">{page.asked}</q>}.{" "}
                {page.pageCount === 1 ? (
                  <>
                    The results for <q className="search-query">{query}</q> are all on one page.
                  </>
                ) : (
                  <>
                    The results for <q className="search-query">{query}</q> have {formatCount(page.pageCount)} pages.
                  </>
                )}
              </p>
              <p>
                <Link href={href(1)}>Go to the first page of results</Link>
              </p>
            </div>
          )}
        </section>
      )}
    </>
  );
}
