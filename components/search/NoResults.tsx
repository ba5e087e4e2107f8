import type { BrowseIndustry, SearchResponse } from "@/lib/search";
import { BrowseGuide } from "./BrowseGuide";
import { DidYouMean } from "./DidYouMean";
import { ExampleSearches } from "./ExampleSearches";
import { GlossaryInset } from "./GlossaryInset";
import { SearchCount } from "./SearchCount";
import { SearchQuery } from "./SearchQuery";

/**
 * A search that found nothing: what it may have meant (a spelling the guide uses, the roles that finds), the
 * glossary's entries for the terms it names, what to try instead, and the guide to browse.
 */
export function NoResults({
  response: { query, glossary = [], suggestions },
  examples,
  industries,
}: {
  response: Pick<SearchResponse, "query" | "glossary" | "suggestions">;
  examples: string[];
  industries: BrowseIndustry[];
}) {
  return (
    <section aria-labelledby="search-count-heading">
      <SearchCount
        heading={
          <>
            No results for <SearchQuery>{query}</SearchQuery>
          </>
        }
      >
        {suggestions ? <DidYouMean suggestions={suggestions} /> : null}
      </SearchCount>
      <GlossaryInset entries={glossary.length > 0 ? glossary : (suggestions?.glossary ?? [])} />
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
