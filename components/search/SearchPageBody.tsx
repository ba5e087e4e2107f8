import type { SearchPage } from "@/lib/search";
import { NoResults } from "./NoResults";
import { SearchHelp } from "./SearchHelp";
import { SearchResults } from "./SearchResults";

/**
 * What the search page shows under its form: help before searching, help when nothing is found, or the results
 * with links to their other pages.
 */
export function SearchPageBody({ page: { response, examples, browse = [] } }: { page: SearchPage }) {
  if (response.query === "") return <SearchHelp examples={examples} industries={browse} />;
  if (response.total === 0) return <NoResults response={response} examples={examples} industries={browse} />;
  return <SearchResults response={response} />;
}
