import styles from "./RoleCheckbox.module.css";

/**
 * One role as a tick box, after GOV.UK's checkboxes: the box (`name="roles"`, the role's slug as its value), its
 * label and, when given, a hint under the label that the box is described by. Used in a list of them by both
 * compare choosers (CompareChooser, CompareRoleFinder).
 */
export function RoleCheckbox({
  id,
  slug,
  title,
  checked,
  hint,
}: {
  /** The input's id; the hint's is `${id}-hint`. */
  id: string;
  slug: string;
  title: string;
  checked: boolean;
  hint?: string;
}) {
  const label = (
    <label className={styles.label} htmlFor={id}>
      {title}
    </label>
  );
  return (
    <div className={styles.item}>
      <input
        className={styles.input}
        type="checkbox"
        id={id}
        name="roles"
        value={slug}
        defaultChecked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint ? (
        <div>
          {label}
          <p id={`${id}-hint`} className={styles.hint}>
            {hint}
          </p>
        </div>
      ) : (
        label
      )}
    </div>
  );
}
