// Names written with an exclamation mark in every language: the mark does not end a sentence.
export const NAMES_WITH_EXCLAMATION: ReadonlySet<string> = new Set(['yahoo', 'yahuoku', 'jeopardy', 'wham', 'joomla', 'panic', 'oklahoma']);
