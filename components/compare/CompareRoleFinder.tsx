import type { RoleFinder } from "@/lib/compare";
import { ChooseByIndustry } from "./ChooseByIndustry";
import { ChosenRoles } from "./ChosenRoles";
import { FindRolesByName } from "./FindRolesByName";
import type { FinderHeadingLevel } from "./FinderHeading";
import styles from "./CompareRoleFinder.module.css";

/**
 * The compare chooser of a big guide: the chosen roles (each with a "Remove" link, and "Compare these roles" once
 * there are two to four), a search to find roles by name, and the industries, each listing its roles to tick.
 * Everything is a link or a GET form, so the whole state is in the address and it works without JavaScript;
 * each list is bounded, so the page stays small however many roles the guide has. Below a comparison
 * (`comparing`), the chosen roles are the compared ones and there is no "Compare" button.
 */
export function CompareRoleFinder({
  finder,
  headingLevel = 2,
  comparing = false,
}: {
  finder: RoleFinder;
  headingLevel?: FinderHeadingLevel;
  comparing?: boolean;
}) {
  return (
    <div className={styles.finder}>
      <ChosenRoles finder={finder} headingLevel={headingLevel} comparing={comparing} />
      <FindRolesByName finder={finder} headingLevel={headingLevel} />
      <ChooseByIndustry finder={finder} headingLevel={headingLevel} />
    </div>
  );
}
