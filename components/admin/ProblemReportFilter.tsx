import type { ContentPage } from "@/lib/admin";
import styles from "./FeedbackInbox.module.css";
import { Button } from "@/components/shared";

/** "Show reports about": a plain GET form that narrows the problem reports to one page (or shows them all). */
export function ProblemReportFilter({ pages, chosen }: { pages: ContentPage[]; chosen?: string }) {
  return (
    <form method="get" action="/admin/feedback" className={styles.filter} aria-labelledby="problems-heading">
      <div>
        <label htmlFor="filter-page">Show reports about</label>
        <select id="filter-page" name="page" defaultValue={chosen ?? ""}>
          <option value="">All pages</option>
          {pages.map((each) => (
            <option key={each.path} value={each.path}>
              {each.title}
            </option>
          ))}
        </select>
      </div>
      <Button className={styles.filterButton}>Show</Button>
    </form>
  );
}
