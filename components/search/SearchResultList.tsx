import type { SearchResult } from "@/lib/search";
import { ResultList } from "@/components/shared";
import { Highlighted } from "./Highlighted";

const describe = (result: SearchResult) =>
  result.kind === "industry" ? "Industry" : result.industry ? `Role in ${result.industry}` : "Role";

/**
 * Search results, best first: each title links to its page, with what it is and a snippet around the match.
 * `start` is the number of the first (21 on the second page of twenty), so the list's numbering runs on.
 * `data-search-results` marks the list for the end-to-end tests and the benchmark, whatever its class is called.
 */
export function SearchResultList({ results, start = 1 }: { results: SearchResult[]; start?: number }) {
  return (
    <ResultList
      ordered
      start={start}
      headingLevel={3}
      data-search-results=""
      entries={results.map((result) => ({
        key: result.url,
        href: result.url,
        title: result.title,
        meta: describe(result),
        text: <Highlighted text={result.snippet} terms={result.terms} />,
      }))}
    />
  );
}
