// Every format mtqa reads, and how a file's format is chosen: the caller's choice, then the file
// name's extension, then the content (each reader's sniff, in this order), then plain text.
// Add a format by writing its reader beside this file and listing it here.

import { android } from './android.js';
import { appleStrings, stringsdict, xcstrings } from './apple.js';
import { csv, tsv } from './csv.js';
import { docx } from './docx.js';
import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { po } from './po.js';
import { resx } from './resx.js';
import { srt, vtt } from './subtitles.js';
import { plainText } from './text.js';
import { tmx } from './tmx.js';
import type { FormatReader } from './types.js';
import { xliff } from './xliff.js';
import { yaml } from './yaml.js';

export type { FormatReader, ReadOptions, ReadResult, Unit, UnitAddress, UnitKind } from './types.js';
export { FormatError } from './types.js';

/** In sniffing order: the most specific first; plain text last (it takes anything). */
export const FORMATS: readonly FormatReader[] = [xliff, tmx, android, docx, html, vtt, srt, po, json, markdown, csv, tsv, appleStrings, stringsdict, xcstrings, resx, yaml, plainText];

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

/**
 * The reader for a file that is not text (DOCX): the format asked for, else the one its extension
 * names, else the one that recognises the bytes. Undefined when the file is to be decoded as text.
 */
export function chooseBytesFormat(name: string, bytes: Uint8Array, inputFormat?: string): FormatReader | undefined {
  const ext = extensionOf(name);
  const chosen = inputFormat !== undefined ? formatById(inputFormat) : ext ? FORMATS.find((f) => f.meta.extensions.includes(ext)) : undefined;
  if (chosen) return chosen.readBytes ? chosen : undefined;
  return FORMATS.find((f) => f.sniffBytes?.(bytes));
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
