// HTML's <br> inside a string of another format (Markdown, i18next or ICU messages) breaks the line,
// where other inline tags stand for nothing: "Done.<br/>Next step" is two lines, not "Done.Next
// step" (a missing space after the sentence). Each reader writes it as its own line breaks are
// written in the checked text. (The HTML reader has its own: a <br> there ends the paragraph.)

const LINE_BREAK_TAG = /^<br\s*\/?>$/i;

/** Whether an inline tag is <br>, <br/>, <BR /> and the like. */
export const isLineBreakTag = (tag: string): boolean => LINE_BREAK_TAG.test(tag);
