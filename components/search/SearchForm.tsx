import { searchPath } from "@/lib/shared";

/**
 * A GOV.UK-style search form: a plain GET form to /search, so it works without JavaScript. The header's form
 * hides its label visually (its button says what it does); the search page's form shows it and is pre-filled.
 */
export function SearchForm({ variant, query = "" }: { variant: "header" | "page"; query?: string }) {
  const id = `search-${variant}`;
  return (
    <form
      role="search"
      aria-label={variant === "header" ? "Site-wide" : "Search the guide"}
      action={searchPath()}
      method="get"
      className={`search-form search-form--${variant}`}
    >
      <label htmlFor={id} className={variant === "header" ? "visually-hidden" : "search-form__label"}>
        Search the guide
      </label>
      <div className="search-form__row">
        <input
          id={id}
          name="q"
          type="search"
          className="search-form__input"
          defaultValue={query}
          enterKeyHint="search"
        />
        <button type="submit" className="search-form__button">
          Search
        </button>
      </div>
    </form>
  );
}
