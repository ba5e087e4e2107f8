/**
 * What the feedback code writes to the server's log about a failed query: the error's name and code, never its
 * message. Drizzle's message holds the query and its parameters, which are the reader's answer ("Failed query:
 * insert into feedback … params: /roles/…,I was looking for…"), and server logs are kept beyond the reach of the
 * retention purge. The code (a PostgreSQL SQLSTATE such as 23505, or a system code such as ECONNREFUSED) is
 * what tells an operator what went wrong.
 */

/** The names of an error and its causes, outermost first, with the first code found: `DrizzleQueryError < DatabaseError: 23505`. */
export function describeFailure(error: unknown): string {
  const names: string[] = [];
  let code: string | undefined;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && current !== undefined; depth++) {
    names.push(nameOf(current));
    code ??= codeOf(current);
    current = (current as { cause?: unknown }).cause;
  }
  const chain = names.filter((name, index) => index === 0 || name !== names[index - 1]).join(" < ");
  return code === undefined ? chain : `${chain}: ${code}`;
}

/** An error's own name, or its class's when the name is the generic one (Drizzle's and pg's errors leave it so). */
function nameOf(value: unknown): string {
  if (!(value instanceof Error)) return typeof value === "object" ? "a non-Error object" : `a thrown ${typeof value}`;
  if (value.name && value.name !== "Error" && value.name !== "error") return value.name;
  const constructorName = value.constructor?.name;
  return constructorName && constructorName !== "Error" ? constructorName : "Error";
}

/** A short, safe code: letters, digits, dashes and underscores only, so nothing else can ride along. */
function codeOf(value: unknown): string | undefined {
  const code = (value as { code?: unknown } | null)?.code;
  if (typeof code !== "string" && typeof code !== "number") return undefined;
  const text = String(code);
  return /^[A-Za-z0-9_-]{1,32}$/.test(text) ? text : undefined;
}
