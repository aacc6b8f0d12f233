// Files that hold translations into several languages (an Xcode string catalog, a TMX memory) are
// checked one language at a time: the reader lists them (ReadResult.languages) and reads the one
// asked for (ReadOptions.lang) alone.

/** Tags as files write them ("pt_BR", "zh-Hans") compared case-blind, "_" read as "-". */
const normal = (tag: string) => tag.toLowerCase().replace(/_/g, '-');

/** Whether a unit in language `tag` is one of language `wanted`: the same tag, or a bare code's regional tag ("pt": "pt-BR"). */
export function isOfLanguage(tag: string | undefined, wanted: string): boolean {
  if (tag === undefined) return false;
  const t = normal(tag);
  const w = normal(wanted);
  return t === w || t.startsWith(`${w}-`);
}

/**
 * Which of a file's target languages to read: those of the language asked for, when the file has
 * it (else all: --lang then names the language of the whole file), and what the result declares.
 */
export function targetLanguages(langs: ReadonlySet<string>, wanted: string | undefined): { reads: (tag: string | undefined) => boolean; lang?: string; languages?: string[] } {
  const chosen = wanted === undefined ? [] : [...langs].filter((l) => isOfLanguage(l, wanted));
  if (chosen.length > 0) return { reads: (tag) => isOfLanguage(tag, wanted!), lang: chosen.length === 1 ? chosen[0] : wanted };
  // One language written in two ways ("en", "EN") is one.
  const first = new Map<string, string>();
  for (const l of langs) if (!first.has(normal(l))) first.set(normal(l), l);
  const all = [...first.values()];
  return { reads: () => true, lang: all.length === 1 ? all[0] : undefined, languages: all.length > 1 ? all : undefined };
}
