import type { BrowseIndustry } from "@/lib/search";
import { BrowseGuide } from "./BrowseGuide";
import { ExampleSearches } from "./ExampleSearches";
import { SearchCount } from "./SearchCount";
import { SearchQuery } from "./SearchQuery";

/** A search that found nothing: what to try instead, and the guide to browse. */
export function NoResults({ query, examples, industries }: { query: string; examples: string[]; industries: BrowseIndustry[] }) {
  return (
    <section aria-labelledby="search-count-heading">
      <SearchCount
        heading={
          <>
            No results for <SearchQuery>{query}</SearchQuery>
          </>
        }
      />
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
      <BrowseGuide industries={industries} />
    </section>
  );
}
