import { MAX_COMPARE, MIN_COMPARE, type CompareChoice } from "@/lib/compare";
import { comparePath, numberInWords } from "@/lib/shared";
import styles from "./CompareChooser.module.css";
import { RoleCheckbox } from "./RoleCheckbox";
import { Button, Fieldset, Hint } from "@/components/shared";

export type { CompareChoice };

/**
 * The roles to compare, as checkboxes in a plain GET form: ticking roles and pressing "Compare" opens
 * `/compare?roles=a&roles=b`, which works without JavaScript. `selected` roles start ticked.
 */
export function CompareChooser({
  choices,
  selected,
  legend,
  legendAsHeading = false,
}: {
  choices: CompareChoice[];
  selected: readonly string[];
  legend: string;
  /** Makes the legend the page's h2 (GOV.UK's pattern for a question that is the heading of its part). */
  legendAsHeading?: boolean;
}) {
  return (
    <form className={styles.chooser} action={comparePath([])} method="get">
      <Fieldset legend={legendAsHeading ? <h2>{legend}</h2> : legend} describedBy="compare-chooser-hint">
        <Hint id="compare-chooser-hint">
          Choose {numberInWords(MIN_COMPARE)} to {numberInWords(MAX_COMPARE)} roles.
        </Hint>
        {choices.map(({ industry, roles }) => (
          <fieldset key={industry.slug} className={styles.group}>
            <legend className={styles.industry}>{industry.name}</legend>
            <div>
              {roles.map((role) => (
                <RoleCheckbox
                  key={role.slug}
                  id={`compare-role-${role.slug}`}
                  slug={role.slug}
                  title={role.title}
                  checked={selected.includes(role.slug)}
                />
              ))}
            </div>
          </fieldset>
        ))}
      </Fieldset>
      <Button>Compare</Button>
    </form>
  );
}
