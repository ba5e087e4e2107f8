/** Shows HTML that lib/content rendered from markdown and sanitized. Never pass it anything else. */
export function Prose({ html, className }: { html: string; className?: string }) {
  return <div className={className ? `prose ${className}` : "prose"} dangerouslySetInnerHTML={{ __html: html }} />;
}
