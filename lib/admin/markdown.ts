/** Text for a markdown table cell or quote: no pipes, no HTML, no line breaks that end the cell. */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, " ")
    .trim();
}
