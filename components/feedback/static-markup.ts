import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

/**
 * React elements to HTML, for the page POST /feedback answers a reader without JavaScript with when it refuses an
 * answer (FeedbackErrorPage). That page is the feedback form's own components, but it is sent by a route handler,
 * and a route handler runs in Next's React Server layer, where react-dom/server is not available (the build refuses
 * the import; react-dom/server.edge loads but fails at run time with a second React: vercel/next.js issues 64052
 * and 71865; not re-tried on Next 16.4): so this writes the HTML itself. It knows only what such a page needs: HTML
 * elements, fragments and function components without hooks. A browser reads from it the same elements, attributes
 * and text as from react-dom/server's renderToStaticMarkup (the component tests hold it to that); the attributes
 * are written in the order of the props, every text and attribute value is escaped as a numeric character reference
 * (`&#60;`), and a textarea's text keeps a leading line break. Event handlers are left out: the page has no script.
 */
export function staticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map(staticMarkup).join("");
  if (!isValidElement(node)) throw new Error(`staticMarkup cannot write ${Object.prototype.toString.call(node)}`);
  const { type, props } = node as ReactElement<Record<string, unknown>>;
  if (type === Fragment) return staticMarkup(props.children as ReactNode);
  if (typeof type === "function") return staticMarkup((type as (props: object) => ReactNode)(props));
  if (typeof type !== "string") throw new Error("staticMarkup writes HTML elements and function components only");
  return element(type, props);
}

/** Escapes the five characters that matter in HTML text and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** React's names for the HTML attributes whose names differ by more than case. */
const ATTRIBUTE_NAMES: Record<string, string> = { className: "class", htmlFor: "for", charSet: "charset", httpEquiv: "http-equiv" };

/** Props that are not attributes. */
const NOT_ATTRIBUTES = new Set(["children", "key", "ref", "defaultValue", "suppressHydrationWarning"]);

function element(tag: string, props: Record<string, unknown>): string {
  if (props.dangerouslySetInnerHTML !== undefined || props.style !== undefined) {
    throw new Error(`staticMarkup does not write <${tag}>'s dangerouslySetInnerHTML or style`);
  }
  let attributes = "";
  for (const [name, value] of Object.entries(props)) {
    if (NOT_ATTRIBUTES.has(name) || ((tag === "textarea" || tag === "input") && name === "value")) continue;
    if (/^on[A-Z]/.test(name) && typeof value === "function") continue;
    attributes += attribute(name, value);
  }
  // As React does, an input's value comes last, whichever prop gives it.
  if (tag === "input") attributes += attribute("value", props.value ?? props.defaultValue);
  if (VOID_ELEMENTS.has(tag)) return `<${tag}${attributes}/>`;
  if (tag === "textarea") {
    const text = String(props.value ?? props.defaultValue ?? "");
    // A browser drops one line break at the start of a textarea's text: write one more so the reader's is kept.
    return `<textarea${attributes}>${text.startsWith("\n") ? "\n" : ""}${escapeHtml(text)}</textarea>`;
  }
  return `<${tag}${attributes}>${staticMarkup(props.children as ReactNode)}</${tag}>`;
}

function attribute(name: string, value: unknown): string {
  if (value === null || value === undefined || typeof value === "function" || typeof value === "symbol") return "";
  const aria = name.startsWith("aria-") || name.startsWith("data-");
  const html = ATTRIBUTE_NAMES[name] ?? (aria ? name : name.toLowerCase());
  if (typeof value === "boolean" && !aria) return value ? ` ${html}=""` : "";
  return ` ${html}="${escapeHtml(String(value))}"`;
}
