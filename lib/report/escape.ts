// The one escaping helper of the review page. Everything that did not come from this module's own
// constants (document text, file names, messages, rule ids) goes through it, in text and in
// double-quoted attribute values alike, so a document holding `<script>`, `</textarea>` or `"`
// renders as text.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
