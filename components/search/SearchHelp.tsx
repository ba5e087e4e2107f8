import type { BrowseIndustry } from "@/lib/search";
import { BrowseGuide } from "./BrowseGuide";
import { ExampleSearches } from "./ExampleSearches";
import styles from "./SearchHelp.module.css";

/** The search page before searching: what can be searched for, with examples, and the guide to browse instead. */
export function SearchHelp({ examples, industries }: { examples: string[]; industries: BrowseIndustry[] }) {
  return (
    <section aria-labelledby="search-help-heading" className={styles.help}>
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
  );
}
