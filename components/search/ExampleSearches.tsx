import Link from "next/link";
import { Fragment } from "react";
import { searchPath } from "@/lib/shared";

/** Example searches as links, in a sentence: "SQL, ICD-10 or Child safety". */
export function ExampleSearches({ examples }: { examples: string[] }) {
  return (
    <>
      {examples.map((example, index) => (
        <Fragment key={example}>
          {index === 0 ? "" : index === examples.length - 1 ? " or " : ", "}
          <Link href={searchPath(example)}>{example}</Link>
        </Fragment>
      ))}
    </>
  );
}
