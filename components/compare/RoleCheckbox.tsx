/**
 * One role as a tick box, after GOV.UK's checkboxes: the box (`name="roles"`, the role's slug as its value), its
 * label and, when given, a hint under the label that the box is described by. Used inside a `.checkboxes` list by
 * both compare choosers (CompareChooser, CompareRoleFinder).
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
    <label className="checkboxes__label" htmlFor={id}>
      {title}
    </label>
  );
  return (
    <div className="checkboxes__item">
      <input
        className="checkboxes__input"
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
          <p id={`${id}-hint`} className="checkboxes__hint">
            {hint}
          </p>
        </div>
      ) : (
        label
      )}
    </div>
  );
}
