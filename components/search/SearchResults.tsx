import Link from "next/link";
import { Fragment } from "react";
import { highlight } from "@/lib/search";
import type { SearchResult } from "@/lib/search";

/** `text` with the words that start with one of `terms` in <mark>. React escapes all of it. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlight(text, terms).map((segment, index) =>
        segment.match ? (
          <mark key={index} className="search-mark">
            {segment.text}
          </mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

const describe = (result: SearchResult) =>
  result.kind === "industry" ? "Industry" : result.industry ? `Role in ${result.industry}` : "Role";

/**
 * Search results, best first: each title links to its page, with what it is and a snippet around the match.
 * `start` is the number of the first (21 on the second page of twenty), so the list's numbering runs on.
 */
export function SearchResultList({ results, start = 1 }: { results: SearchResult[]; start?: number }) {
  return (
    <ol className="search-results" role="list" start={start > 1 ? start : undefined}>
      {results.map((result) => (
        <li key={result.url} className="search-result">
          <h3 className="search-result__title">
            <Link href={result.url}>{result.title}</Link>
          </h3>
          <p className="search-result__meta">{describe(result)}</p>
          <p className="search-result__snippet">
            <Highlighted text={result.snippet} terms={result.terms} />
          </p>
        </li>
      ))}
    </ol>
  );
}
