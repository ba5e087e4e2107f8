import type { Route } from "next";
import type { ReactNode } from "react";
import { searchPath } from "@/lib/shared";
import styles from "./SearchForm.module.css";

/**
 * A GOV.UK-style search form: a plain GET form, so it works without JavaScript. By default it searches the guide
 * (`/search?q=`): the header's form hides its label visually (its button says what it does); the search page's
 * form shows it and is pre-filled. The rest of the props make it another search of the same look, such as the
 * compare chooser's "Find roles by name"; `children` are hidden fields the form sends first.
 */
export function SearchForm({
  variant,
  query = "",
  action = searchPath(),
  formLabel = variant === "header" ? "Site-wide" : "Search the guide",
  label = "Search the guide",
  name = "q",
  id = `search-${variant}`,
  button = "Search",
  children,
}: {
  variant: "header" | "page";
  query?: string;
  /** Where the form goes: /search unless given. */
  action?: Route | string;
  /** The search landmark's name. */
  formLabel?: string;
  /** The box's label. */
  label?: string;
  /** The name of the box's parameter. */
  name?: string;
  /** The box's id. */
  id?: string;
  /** The button's text. */
  button?: string;
  children?: ReactNode;
}) {
  return (
    <form
      role="search"
      aria-label={formLabel}
      action={action}
      method="get"
      className={`${styles.form} ${variant === "header" ? styles.header : styles.page}`}
    >
      {children}
      <label htmlFor={id} className={variant === "header" ? "visually-hidden" : styles.label}>
        {label}
      </label>
      <div className={styles.row}>
        <input id={id} name={name} type="search" className={styles.input} defaultValue={query} enterKeyHint="search" />
        <button type="submit" className={styles.button}>
          {button}
        </button>
      </div>
    </form>
  );
}
