import { SITE_NAME } from "@/lib/shared";

/**
 * The link-preview card (1200 × 630) that `opengraph-image.tsx` routes draw with `ImageResponse` from next/og.
 * Satori renders it, not a browser: inline styles only, flexbox layout, and every element with more than one
 * child needs `display: flex`. Text uses next/og's bundled font (nothing is fetched), at sizes that stay
 * legible when a chat app or social network shows the card about 300 px wide.
 */

/** The site's brand colours (app/globals.css: --brand, --brand-accent). */
const BRAND = "#0b3d5c";
const ACCENT = "#00857a";
/** Light text on the brand colour: white, and a pale blue that still has more than 9:1 contrast. */
const TEXT = "#ffffff";
const TEXT_MUTED = "#d5e4ee";

export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 };

/** Shorter titles are set larger; the longest still fit on two lines. */
export function titleFontSize(title: string): number {
  if (title.length <= 18) return 120;
  if (title.length <= 30) return 100;
  return 84;
}

export interface PreviewImageProps {
  /** The line above the title: the role's industry, or what kind of page it is. */
  caption: string;
  title: string;
  /** The line at the foot of the card, for example "Role profile". */
  footer: string;
}

export function PreviewImage({ caption, title, footer }: PreviewImageProps) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: BRAND,
        color: TEXT,
        borderBottom: `24px solid ${ACCENT}`,
        padding: "56px 72px 48px",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", fontSize: 48 }}>
        <div style={{ width: 40, height: 40, background: ACCENT, marginRight: 24 }} />
        {SITE_NAME}
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 56, color: TEXT_MUTED, marginBottom: 16 }}>{caption}</div>
        <div style={{ fontSize: titleFontSize(title), lineHeight: 1.05 }}>{title}</div>
      </div>
      <div style={{ display: "flex", fontSize: 44, color: TEXT_MUTED }}>{footer}</div>
    </div>
  );
}
