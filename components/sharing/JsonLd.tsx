import { serializeJsonLd } from "@/lib/sharing";

/**
 * Structured data for search engines and other readers: one `<script type="application/ld+json">` per object.
 * The JSON is escaped (`<` as \u003c) so no value can close the script tag.
 */
export function JsonLd({ data }: { data: object | object[] }) {
  const items = Array.isArray(data) ? data : [data];
  return (
    <>
      {items.map((item, index) => (
        <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(item) }} />
      ))}
    </>
  );
}
