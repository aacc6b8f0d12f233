// Front matter: the metadata block static site generators read at the very start of a page (YAML
// between "---" lines, Jekyll and Hugo; TOML between "+++" lines, Hugo), in Markdown files and in
// HTML templates alike (MDN's translated pages, a Jekyll site's .html). It is no text of the page.

/** Where the front matter at the start of `file` ends (past its closing line), or 0 for none. */
export function frontMatterEnd(file: string): number {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(file);
  if (!open) return 0;
  const close = new RegExp(`\\r?\\n(?:${open[1] === '---' ? '---|\\.\\.\\.' : '\\+\\+\\+'})[ \\t]*(?:\\r?\\n|$)`, 'g');
  close.lastIndex = open[0].length - 1;
  const m = close.exec(file);
  return m ? m.index + m[0].length : 0;
}
