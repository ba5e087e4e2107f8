import styles from "./PrintPageUrl.module.css";

/**
 * The page's full address, shown only when the page is printed, so a reader of a printed handout can find the
 * page again. `url` is absolute, built on the server from SITE_URL (lib/shared/urls.ts `absoluteUrl`).
 */
export function PrintPageUrl({ url }: { url: string }) {
  return (
    <p className={`print-only ${styles.url}`}>
      This page: <a href={url}>{url}</a>
    </p>
  );
}
