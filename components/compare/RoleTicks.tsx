import type { ReactNode } from "react";
import { SHOW_COMPARISON, type ChooserRole, type RoleFinder } from "@/lib/compare";
import { comparePath } from "@/lib/shared";
import { KeepRoles } from "./KeepRoles";
import { RoleCheckbox } from "./RoleCheckbox";
import styles from "./RoleTicks.module.css";
import { Button, Fieldset, Hint } from "@/components/shared";

/** Hidden fields that keep the list shown (industry and page, or search) through a form that adds roles. */
function KeepList({ keep }: { keep: RoleFinder["keep"] }) {
  return (
    <>
      {keep.industry !== undefined ? <input type="hidden" name="industry" value={keep.industry} /> : null}
      {keep.page !== undefined ? <input type="hidden" name="page" value={keep.page} /> : null}
      {keep.find !== undefined ? <input type="hidden" name="find" value={keep.find} /> : null}
    </>
  );
}

/**
 * A list of roles as tick boxes in a GET form that also carries the chosen roles not in the list. "Compare" opens
 * the comparison of every chosen role (the page redirects to its address); "Add ticked roles" adds the ticked ones
 * (and removes unticked ones) and shows the same list again, to choose more. Works without JavaScript.
 */
export function RoleTicks({
  id,
  legend,
  hint,
  roles,
  otherChosen,
  keep,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  roles: ChooserRole[];
  /** The chosen roles not in `roles`, sent with the form so that they stay chosen. */
  otherChosen: readonly string[];
  keep: RoleFinder["keep"];
}) {
  return (
    <form action={comparePath([])} method="get" className={styles.ticks}>
      <KeepRoles roles={otherChosen} />
      <Fieldset legend={legend} describedBy={hint ? `${id}-hint` : undefined}>
        {hint ? (
          <Hint id={`${id}-hint`}>{hint}</Hint>
        ) : null}
        <div>
          {roles.map((role) => (
            <RoleCheckbox
              key={role.slug}
              id={`${id}-${role.slug}`}
              slug={role.slug}
              title={role.title}
              checked={role.chosen}
              hint={role.industryName}
            />
          ))}
        </div>
      </Fieldset>
      <KeepList keep={keep} />
      <div className={styles.buttons}>
        <Button name="show" value={SHOW_COMPARISON}>
          Compare
        </Button>
        <Button className={styles.secondary}>Add ticked roles</Button>
      </div>
    </form>
  );
}
