/**
 * Makes text safe inside a quoted Mermaid flowchart label (`n1["…"]`, `-->|"…"|`):
 * entity codes for the characters that would end the label or be read as markup, and
 * one line.
 */
export function flowchartLabel(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replaceAll("#", "#35;")
    .replaceAll('"', "#quot;")
    .replaceAll("<", "#lt;")
    .replaceAll(">", "#gt;")
    .replaceAll("`", "#96;")
    .replaceAll("|", "#124;")
    .trim();
}

/**
 * Makes text safe as a Mermaid timeline period or event. The timeline grammar has no
 * escapes: `#` and `%%` start comments, and a colon before a space starts a new event,
 * so those become look-alike characters; markup brackets become angle quotes.
 */
export function timelineText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replaceAll(":", "\u2236")
    .replaceAll("#", "\uFF03")
    .replaceAll("%", "\uFF05")
    .replaceAll("<", "\u2039")
    .replaceAll(">", "\u203A")
    .trim();
}
