import Link from "next/link";
import type { SearchResult } from "@/lib/search";
import { Highlighted } from "./Highlighted";
import styles from "./SearchResultList.module.css";

const describe = (result: SearchResult) =>
  result.kind === "industry" ? "Industry" : result.industry ? `Role in ${result.industry}` : "Role";

/**
 * Search results, best first: each title links to its page, with what it is and a snippet around the match.
 * `start` is the number of the first (21 on the second page of twenty), so the list's numbering runs on.
 * `data-search-results` marks the list for the end-to-end tests and the benchmark, whatever its class is called.
 */
export function SearchResultList({ results, start = 1 }: { results: SearchResult[]; start?: number }) {
  return (
    <ol className={styles.results} role="list" start={start > 1 ? start : undefined} data-search-results="">
      {results.map((result) => (
        <li key={result.url} className={styles.result}>
          <h3 className={styles.title}>
            <Link href={result.url}>{result.title}</Link>
          </h3>
          <p className={styles.meta}>{describe(result)}</p>
          <p className={styles.snippet}>
            <Highlighted text={result.snippet} terms={result.terms} />
          </p>
        </li>
      ))}
    </ol>
  );
}
