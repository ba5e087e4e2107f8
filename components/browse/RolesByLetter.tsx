import { letterHeading, roleCount, type LetterPage } from "@/lib/browse";
import { homePath, letterPath, rolesIndexPath } from "@/lib/shared";
import { Breadcrumbs, PageHeading } from "@/components/shared";
import { LetterNav } from "./LetterNav";
import { Pagination } from "./Pagination";
import { RoleIndexList } from "./RoleIndexList";

/** One page of one letter of the A to Z: the letters, the letter's roles in A to Z order, and its pages. */
export function RolesByLetter({ page }: { page: LetterPage }) {
  const { letter, letters, total, from, to, pageCount } = page;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Home", href: homePath() },
          { label: "All roles A to Z", href: rolesIndexPath() },
          { label: pageCount > 1 ? `${letter.label}, page ${page.page}` : letter.label },
        ]}
      />
      <PageHeading
        caption="All roles A to Z"
        title={letterHeading(letter)}
        lead={`${roleCount(total)} in the guide ${total === 1 ? "starts" : "start"} with ${
          letter.key === "0-9" ? "a number or another character" : letter.label
        }${pageCount > 1 ? `. This page shows ${from} to ${to}` : ""}.`}
      />
      <LetterNav
        letters={letters.map((group) => ({ letter: group.letter, count: group.items.length }))}
        current={{ key: letter.key, firstPage: page.page === 1 }}
      />
      <RoleIndexList roles={page.items} />
      <Pagination page={page.page} pageCount={pageCount} href={(n) => letterPath(letter.key, n)} status />
    </>
  );
}
