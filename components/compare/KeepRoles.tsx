/** Hidden fields that keep chosen roles chosen through a form (they come first, so they keep their order). */
export function KeepRoles({ roles }: { roles: readonly string[] }) {
  return (
    <>
      {roles.map((slug) => (
        <input key={slug} type="hidden" name="roles" value={slug} />
      ))}
    </>
  );
}
