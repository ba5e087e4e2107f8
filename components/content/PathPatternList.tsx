import Link from "next/link";
import type { PathPattern } from "@/lib/content";
import { rolePath } from "@/lib/shared";

/** Path patterns shown as "background → role", each with why it works and a link to the role. */
export function PathPatternList({
  patterns,
  roleTitles,
}: {
  patterns: PathPattern[];
  /** Role titles by slug. */
  roleTitles: Record<string, string>;
}) {
  return (
    <ul className="path-list" role="list">
      {patterns.map((pattern) => (
        <li key={`${pattern.from}→${pattern.to}`} className="path">
          <p className="path__route">
            <span className="path__from">{pattern.from}</span>{" "}
            <span className="path__arrow" aria-hidden="true">
              →
            </span>
            <span className="visually-hidden"> leads to </span>{" "}
            <Link className="path__to" href={rolePath(pattern.to)}>
              {roleTitles[pattern.to] ?? pattern.to}
            </Link>
          </p>
          <p className="path__description">{pattern.description}</p>
        </li>
      ))}
    </ul>
  );
}
