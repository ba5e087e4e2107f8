import type { Metadata } from "next";
import { PageHeading } from "@/components/PageHeading";
import { SearchForm } from "@/components/SearchForm";
import { SearchResultList } from "@/components/SearchResults";
import { BrowseGuide, ExampleSearches, type BrowseIndustry } from "@/components/SearchSuggestions";
import { getIndustries, getIndustryRoles } from "@/lib/content";
import { exampleSearches, normaliseQuery, search } from "@/lib/search";
import { industryPath, rolePath } from "@/lib/urls";

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const query = normaliseQuery((await searchParams).q);
  return {
    title: query ? `Search results for "${query}"` : "Search",
    description: "Search the guide's industries and roles.",
    robots: { index: false },
  };
}

function browseIndustries(): BrowseIndustry[] {
  return getIndustries().map((industry) => ({
    name: industry.name,
    href: industryPath(industry.slug),
    roles: getIndustryRoles(industry).map((role) => ({ title: role.title, href: rolePath(role.slug) })),
  }));
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  // The index is built once per process (lib/search); each request only queries it.
  const { query, results, matchedAllTerms } = search((await searchParams).q);
  const examples = exampleSearches();
  const industries = browseIndustries();

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
          <BrowseGuide industries={industries} />
        </section>
      ) : results.length === 0 ? (
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
          <BrowseGuide industries={industries} />
        </section>
      ) : (
        <section aria-labelledby="search-count-heading">
          <div role="status">
            <h2 id="search-count-heading" className="search-count">
              {plural(results.length, "result", "results")} for <q className="search-query">{query}</q>
            </h2>
          </div>
          {matchedAllTerms ? null : (
            <p className="search-note">
              No page has all of your words, so these pages have some of them. Pages with more of your words come
              first.
            </p>
          )}
          <SearchResultList results={results} />
        </section>
      )}
    </>
  );
}
