// Every format mtqa reads, and how a file's format is chosen: the caller's choice, then the file
// name's extension, then the content (each reader's sniff, in this order), then plain text.
// Add a format by writing its reader beside this file and listing it here.

import { json } from './json.js';
import { markdown } from './markdown.js';
import { po } from './po.js';
import { srt, vtt } from './subtitles.js';
import { plainText } from './text.js';
import type { FormatReader } from './types.js';

export type { FormatReader, ReadResult, Unit, UnitAddress, UnitKind } from './types.js';
export { FormatError } from './types.js';

/** In sniffing order: the most specific first; plain text last (it takes anything). */
export const FORMATS: readonly FormatReader[] = [vtt, srt, po, json, markdown, plainText];

export function formatById(id: string): FormatReader | undefined {
  return FORMATS.find((f) => f.meta.id === id);
}

/** Whether some reader claims the file name's extension (folders are checked for such files only). */
export function hasFormatExtension(name: string): boolean {
  const ext = extensionOf(name);
  return ext !== '' && FORMATS.some((f) => f.meta.extensions.includes(ext));
}

function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1) : '';
}

/** The reader for a file: by its name's extension, else by its content; plain text when nothing claims it. */
export function chooseFormat(name: string, text: string): FormatReader {
  const ext = extensionOf(name);
  if (ext) {
    const byExtension = FORMATS.find((f) => f.meta.extensions.includes(ext));
    if (byExtension) return byExtension;
  }
  return FORMATS.find((f) => f.sniff?.(text)) ?? plainText;
}
