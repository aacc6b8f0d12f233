// HTML elements that stand for content of their own, not for prose: code, keys, program output,
// variables, formulas, pictures and media. An HTML page, and HTML inside Markdown, read each as one
// U+FFFC in its sentence, what it holds skipped: "Run <code>npm ci</code> now." reads "Run ￼ now.".

export const OBJECT_ELEMENTS: ReadonlySet<string> = new Set(['code', 'kbd', 'samp', 'var', 'math', 'svg', 'img', 'video', 'audio', 'canvas', 'iframe', 'embed', 'object', 'picture']);

/** Those of them that are void: the start tag is the whole element. */
export const VOID_OBJECT_ELEMENTS: ReadonlySet<string> = new Set(['img', 'embed']);
