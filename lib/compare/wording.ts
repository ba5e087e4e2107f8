/**
 * What the compare page says in words: its title and lead, and plain-English messages about what the address
 * names but the page cannot use. Returned as text: the page shows them as text, so whatever the address holds is
 * escaped when it is shown.
 */
import { askedByNumber, type MissingPage } from "../browse";
import { listInWords, numberInWords, pluralWord } from "../shared";
import { MAX_COMPARE, MIN_COMPARE, type RoleSelection } from "./params";

/** The page's title, as a chooser and above a comparison. */
export const COMPARE_TITLE = "Compare roles";
/** The chooser's lead paragraph, and its description for search engines and link previews. */
export const CHOOSER_LEAD = `See ${numberInWords(MIN_COMPARE)} to ${numberInWords(MAX_COMPARE)} roles side by side, section by section: what the work involves, where you could work, skills, qualifications and how people get into each one.`;
/** The question the chooser's tick boxes answer. */
export const CHOOSER_LEGEND = "Which roles do you want to compare?";

/** A comparison's lead paragraph: "Clinical Coder and Healthcare Data Analyst, side by side." */
export const comparisonLead = (titles: readonly string[]): string => `${listInWords(titles)}, side by side.`;
/** A comparison's title in the browser and in search engines: "Compare: Clinical Coder, Healthcare Data Analyst". */
export const comparisonTitle = (titles: readonly string[]): string => `Compare: ${titles.join(", ")}`;
/** A comparison's description for search engines and link previews. */
export const comparisonDescription = (titles: readonly string[]): string =>
  `${listInWords(titles)} side by side, section by section: from what the work involves to how people get into each role.`;

/** Quotes what the reader typed, shortened if long, for a message about it. */
export function quoted(slug: string, max = 40): string {
  const chars = Array.from(slug);
  return `"${chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : slug}"`;
}

/** Unknown slugs named one by one in a message; any more are counted. */
export const MAX_NAMED_UNKNOWN = 5;

/** Plain-English messages about the slugs a comparison left out. */
export function selectionNotices(selection: RoleSelection, titleOf: (slug: string) => string): string[] {
  const notices: string[] = [];
  const { unknown, repeated, overLimit } = selection;
  if (unknown.length > 0) {
    const named = unknown.slice(0, MAX_NAMED_UNKNOWN).map((slug) => quoted(slug));
    const more = unknown.length - named.length;
    const names = more > 0 ? `${named.join(", ")} and ${more} more` : listInWords(named);
    notices.push(`We could not find ${pluralWord(unknown.length, "a role", "roles")} called ${names}.`);
  }
  if (repeated.length > 0) {
    const titles = listInWords(repeated.map(titleOf));
    notices.push(`The address names ${titles} more than once. Each role is shown once.`);
  }
  if (overLimit.length > 0) {
    const titles = listInWords(overLimit.map(titleOf));
    notices.push(
      `You can compare up to ${MAX_COMPARE} roles at a time, so ${titles} ${pluralWord(overLimit.length, "was", "were")} left out.`,
    );
  }
  return notices;
}

/** When the chooser's "Compare" button was pressed with fewer than MIN_COMPARE roles chosen. */
export const chooseMoreNotice = (chosenCount: number): string =>
  `Choose at least ${numberInWords(MIN_COMPARE)} roles to compare.${chosenCount > 0 ? ` You have chosen ${numberInWords(chosenCount)}.` : ""}`;

/** When the address names an industry the guide does not have. */
export const unknownIndustryNotice = (slug: string): string =>
  `We could not find an industry called ${quoted(slug)}. Choose one from the list.`;

/** When the address asks for a page of an industry's roles that it does not have. */
export const missingIndustryPageNotice = (industryName: string, roleCount: number, page: MissingPage): string =>
  `${industryName} has ${roleCount} ${pluralWord(roleCount, "role")} on ${page.pageCount === 1 ? "one page" : `${page.pageCount} pages`}, so there is no page ${askedByNumber(page) ? page.asked : quoted(page.asked)}.`;
