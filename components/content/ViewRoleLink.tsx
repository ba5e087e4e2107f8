import Link from "next/link";
import { rolePath } from "@/lib/shared";

/** "View role →", named for screen readers by the role it opens ("View role: Clinical Coder"). */
export function ViewRoleLink({ slug, title }: { slug: string; title: string }) {
  return (
    <Link href={rolePath(slug)} aria-label={`View role: ${title}`}>
      View role <span aria-hidden="true">→</span>
    </Link>
  );
}
