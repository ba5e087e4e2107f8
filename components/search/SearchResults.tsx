import Link from "next/link";
import { Pagination } from "@/components/browse";
import { askedByNumber, type MissingPage } from "@/lib/browse";
import type { SearchResponse } from "@/lib/search";
import { formatCount, plural, searchPath } from "@/lib/shared";
import { GlossaryInset } from "./GlossaryInset";
import { SearchCount } from "./SearchCount";
import { SearchQuery } from "./SearchQuery";
import { SearchResultList } from "./SearchResultList";
import styles from "./SearchResults.module.css";

/** A page number the results do not have: how many pages they have, and a link to the first. */
function MissingResultsPage({ query, page }: { query: string; page: MissingPage }) {
  return (
    <div>
      <p>
        There is no page {askedByNumber(page) ? page.asked : <SearchQuery>{page.asked}</SearchQuery>}.{" "}
        {page.pageCount === 1 ? (
          <>
            The results for <SearchQuery>{query}</SearchQuery> are all on one page.
          </>
        ) : (
          <>
            The results for <SearchQuery>{query}</SearchQuery> have {formatCount(page.pageCount)} pages.
          </>
        )}
      </p>
      <p>
        <Link href={searchPath(query, 1)}>Go to the first page of results</Link>
      </p>
    </div>
  );
}

/**
 * A search that found something: how many results, the glossary's entries for the terms it names, and the page of
 * results asked for with links to the others (or, for a page the results do not have, a link to the first).
 */
export function SearchResults({ response }: { response: SearchResponse }) {
  const { query, results, matchedAllTerms, total, page, glossary = [] } = response;
  const href = (number: number) => searchPath(query, number);
  return (
    <section aria-labelledby="search-count-heading">
      <SearchCount
        heading={
          <>
            {plural(total, "result", "results")} for <SearchQuery>{query}</SearchQuery>
          </>
        }
      >
        {page.found && page.pageCount > 1 ? (
          <p>
            Showing {formatCount(page.start + 1)} to {formatCount(page.end)}
          </p>
        ) : null}
      </SearchCount>
      {page.found ? (
        <>
          {/* React puts these in the head: the previous and next pages of results, as the links below. */}
          {page.page > 1 ? <link rel="prev" href={href(page.page - 1)} /> : null}
          {page.page < page.pageCount ? <link rel="next" href={href(page.page + 1)} /> : null}
          <GlossaryInset entries={glossary} />
          {matchedAllTerms ? null : (
            <p className={styles.note}>
              No page has all of your words, so these pages have some of them. Pages with more of your words come
              first.
            </p>
          )}
          <SearchResultList results={results} start={page.start + 1} />
          <Pagination label="Search results pages" page={page.page} pageCount={page.pageCount} href={href} />
        </>
      ) : (
        <MissingResultsPage query={query} page={page} />
      )}
    </section>
  );
}
