// Writes plain lines (the eval scorer's items, one a line) as a file of another format, one unit a
// line, and maps offsets in that file back to the lines: scripts/as-format.mjs runs mtqa on the
// file so that the scorer measures a format reader, not only the checker on plain text. Each line
// is written character by character, each character escaped as its format needs, so a per-unit
// table of where each character starts in the file gives exact offsets back: no guessing at
// escapes (XML/HTML entities, JSON or PO backslashes, Markdown backslashes).
//
// Every format scores as plain text does (segmentation, dev and multi, with and without sources).
// Findings of other rules differ where the format says something plain text does not: the units
// of the string formats (PO, XLIFF, JSON, YAML, Android, .strings, xcstrings, resx, TMX, CSV, TSV)
// are software strings, which may not gain a final mark their source lacks (end-punctuation-
// mismatch reports one; a line of prose may end as it likes); a PO entry's msgctxt is a context
// in which a source may be translated otherwise (inconsistent-translation compares none here).
// One is no property of a format: a Markdown bare URL stands as U+FFFC, and url-mismatch does
// not look into what U+FFFC stands for (a URL broken in the translation goes unseen there).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docxFile, wordDocument } from './docx-file.mjs';

const bin = fileURLToPath(new URL('../bin/mtqa.js', import.meta.url));

/** @typedef {{ at: number[], from: number, length: number }} Unit */

/** Characters XML 1.0 cannot hold, even as references: dropped (they map to the next character). */
const XML_INVALID = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
const xmlChar = (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : XML_INVALID.test(c) ? '' : c);

/** PO strings take C escapes; a control character other than these has no escape gettext reads. */
const PO_ESCAPES = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\r': '\\r', '\n': '\\n', '\f': '\\f', '\v': '\\v', '\b': '\\b', '\x07': '\\a' };
const poChar = (c) => PO_ESCAPES[c] ?? (c < ' ' ? '' : c);

/** JSON.stringify's escapes, code unit by code unit: a lone surrogate becomes \uXXXX, a pair stays. */
const jsonChar = (c, i, s) => {
  const u = c.charCodeAt(0);
  if (u >= 0xd800 && u <= 0xdbff && /[\udc00-\udfff]/.test(s[i + 1] ?? '')) return c;
  if (u >= 0xdc00 && u <= 0xdfff && /[\ud800-\udbff]/.test(s[i - 1] ?? '')) return c;
  return JSON.stringify(c).slice(1, -1);
};

/** CommonMark: inline markup, entities, TeX math ($) and template braces ({{) anywhere in a line. */
const MD_INLINE = /[\\`*_[\]<>&|~${}]/;
/** What opens a block at a line's start: a heading, quote, list item, rule or table. */
const MD_BLOCK_START = /[#>+\-=]/;
const markdownChar = (c, i, s) => {
  // Leading white space would make an indented code block; it is no text of the paragraph.
  if (/\s/.test(c) && s.slice(0, i + 1).trim() === '') return '';
  const first = s.slice(0, i).trim() === '';
  if (MD_INLINE.test(c) || (first && MD_BLOCK_START.test(c))) return `\\${c}`;
  // "2024. the" opening a line would be an ordered list item.
  if ((c === '.' || c === ')') && /^\s*\d{1,9}$/.test(s.slice(0, i))) return `\\${c}`;
  return c;
};

/** WebVTT cue text escapes "&", "<" and ">"; SRT has no escapes: its lines are written as they are. */
const vttChar = (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c);

/** CSV (RFC 4180): every field quoted, a quote doubled. */
const csvChar = (c) => (c === '"' ? '""' : c);

/**
 * A lone surrogate cannot be written in UTF-8 (it would be U+FFFD): formats whose escapes name
 * UTF-16 code units (\uXXXX) write it as one; a pair stays as it is.
 */
const loneSurrogate = (c, i, s) => {
  const u = c.charCodeAt(0);
  if (u >= 0xd800 && u <= 0xdbff) return !/[\udc00-\udfff]/.test(s[i + 1] ?? '');
  if (u >= 0xdc00 && u <= 0xdfff) return !/[\ud800-\udbff]/.test(s[i - 1] ?? '');
  return false;
};
const hex4 = (c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/**
 * YAML double-quoted scalars: backslash escapes; non-printable characters (C0 controls, DEL, the
 * C1 range, U+FEFF) must be escaped, and YAML 1.1 (Ruby's Psych) reads U+0085, U+2028 and U+2029
 * as line breaks, which \N, \L and \P keep as characters.
 */
const YAML_ESCAPES = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' };
const yamlChar = (c, i, s) => YAML_ESCAPES[c] ?? (/[\0-\x1f\x7f-\x9f\ufeff]/.test(c) || loneSurrogate(c, i, s) ? `\\u${hex4(c)}` : c);
/** What only a double-quoted scalar can hold: characters its escapes write (a lone surrogate among them). */
const YAML_NEEDS_ESCAPE = /[\0-\x1f\x7f-\x9f\ufeff\u0085\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** What a plain scalar cannot open with (an indicator), or be (another type: a number, a boolean, null, a Ruby symbol). */
const YAML_INDICATOR = /[-?:,[\]{}#&*!|>'"%@`]/;
const YAML_OTHER_TYPE = /^(?:[+.\d~]|(?:null|true|false|yes|no|on|off|y|n)$)/i;
/** The column past which Psych (libyaml) folds a scalar onto the next line, at a space. */
const YAML_WIDTH = 80;

/**
 * A Rails message as Psych writes it: plain where YAML lets it, single-quoted where a plain scalar
 * would read otherwise (white space at an edge, an indicator first, ": " or " #" inside, a number
 * or a boolean), double-quoted where a character needs an escape; folded at a space past the
 * 80th column onto a more indented line, which the reader folds back into that space. Any space
 * between two other characters may fold (in a plain scalar, not before an indicator). `lineStart`
 * is where the line being written starts in `out.text` (searching for it would flatten the string
 * being built at every scalar).
 */
function yamlScalar(out, s, lineStart) {
  const style = YAML_NEEDS_ESCAPE.test(s)
    ? 'double'
    : s === '' || s.trim() !== s || YAML_INDICATOR.test(s[0]) || YAML_OTHER_TYPE.test(s) || /: | #|:$/.test(s)
      ? 'single'
      : 'plain';
  const quote = style === 'double' ? '"' : style === 'single' ? "'" : '';
  out.text += quote;
  const at = emit(out, s, (c, i) => {
    const folds = c === ' ' && /\S/.test(s[i - 1] ?? ' ') && /\S/.test(s[i + 1] ?? ' ') && !(style === 'plain' && YAML_INDICATOR.test(s[i + 1]));
    if (folds && out.text.length - lineStart > YAML_WIDTH) {
      lineStart = out.text.length + 1;
      return '\n    ';
    }
    return style === 'double' ? yamlChar(c, i, s) : style === 'single' && c === "'" ? "''" : c;
  });
  out.text += quote;
  return at;
}

/**
 * Android resource strings (aapt2): XML's escapes, then a backslash before \ " ' (an apostrophe
 * unescaped is an error, a quote toggles quoting) and before @ or ? opening the string (else a
 * reference). White space outside quotes collapses to one space and is trimmed at the string's
 * edges: a space between two other characters is written as it is, every other white space
 * character as an escape (\t, \u0020), which aapt2 keeps.
 */
const ANDROID_SPACE = /[ \t\r\n]/;
const androidChar = (c, i, s) => {
  if (c === '\\' || c === '"' || c === "'" || (i === 0 && (c === '@' || c === '?'))) return `\\${c}`;
  if (!ANDROID_SPACE.test(c)) return xmlChar(c);
  const between = c === ' ' && i > 0 && !ANDROID_SPACE.test(s[i - 1]) && /[^ \t\r\n]/.test(s.slice(i + 1));
  return between ? c : c === '\t' ? '\\t' : `\\u${hex4(c)}`;
};

/** Apple .strings: C-style escapes; other controls and lone surrogates as \Uxxxx (a UTF-16 unit). */
const STRINGS_ESCAPES = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\r': '\\r', '\n': '\\n' };
const stringsChar = (c, i, s) => STRINGS_ESCAPES[c] ?? (c < ' ' || loneSurrogate(c, i, s) ? `\\U${hex4(c)}` : c);

/**
 * TSV as Excel saves "Unicode text": a field is quoted only when it holds a tab or a line break or
 * opens with a quote, and then its quotes are doubled.
 */
const tsvQuoted = (s) => /[\t\r\n]|^"/.test(s);

/** Writes `s` into the file built so far (`out.text`) character by character: its offset table. */
function emit(out, s, escape) {
  const at = [];
  for (let i = 0; i < s.length; i++) {
    at.push(out.text.length);
    out.text += escape ? escape(s[i], i, s) : s[i];
  }
  at.push(out.text.length);
  return at;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const clock = (ms, sep) => `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${sep}${pad(ms % 1000, 3)}`;

/**
 * Subtitles: each line a cue, 4 s long, `gap` ms after the one before (a pause, so a cue ending a
 * sentence ends its paragraph; CUE_GAP_MS sets it).
 */
function subtitles(vtt) {
  return (lines, { gap = Number(process.env.CUE_GAP_MS ?? 2500) } = {}) => {
    const out = { text: vtt ? 'WEBVTT\n\n' : '' };
    let ms = 1000;
    return each(lines, out, (line, n) => {
      out.text += `${n}\n${clock(ms, vtt ? '.' : ',')} --> ${clock(ms + 4000, vtt ? '.' : ',')}\n`;
      const at = emit(out, line, vtt ? vttChar : undefined);
      out.text += '\n\n';
      ms += 4000 + gap;
      return at;
    });
  };
}

/** Calls `write` for each line with text (1-based line number): the file and its units. */
function each(lines, out, write, after = '') {
  const units = [];
  let from = 0;
  lines.forEach((line, i) => {
    if (line.trim() !== '') units.push({ at: write(line, i + 1), from, length: line.length });
    from += line.length + 1;
  });
  out.text += after;
  return { text: out.text, units };
}

/** Characters Word writes as elements of their own, which the reader reads as spaces. */
const WORD_ELEMENTS = { '\t': '<w:tab/>', '\r': '<w:cr/>' };
/** A character as the paragraph's line in the checked text has it: those elements and line separators are spaces. */
const wordChar = (c) => (WORD_ELEMENTS[c] || c === '\u2028' || c === '\u2029' ? ' ' : xmlChar(c) === '' ? '' : c);

/**
 * A paragraph's runs: a new run after each sentence mark's following space and every 5 code points
 * (never inside a surrogate pair), alternately italic and plain, a proofing mark between some, a
 * tab a <w:tab/> inside its run.
 */
function wordRuns(line, n) {
  let xml = '';
  let run = 0;
  const open = () => `<w:r w:rsidR="00${(n * 31 + run).toString(16).toUpperCase().padStart(6, '0')}">${run % 2 ? '<w:rPr><w:i/></w:rPr>' : ''}<w:t xml:space="preserve">`;
  xml += open();
  let sinceSplit = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    const pairEnd = /[\udc00-\udfff]/.test(c) && /[\ud800-\udbff]/.test(line[i - 1] ?? '');
    if (!pairEnd && i > 0 && (sinceSplit >= 5 || (c === ' ' && /[.!?]/.test(line[i - 1])))) {
      run++;
      xml += `</w:t></w:r>${run % 3 === 0 ? '<w:proofErr w:type="spellStart"/>' : ''}${open()}`;
      sinceSplit = 0;
    }
    xml += WORD_ELEMENTS[c] ? `</w:t>${WORD_ELEMENTS[c]}<w:t xml:space="preserve">` : xmlChar(c);
    sinceSplit++;
  }
  return `${xml}</w:t></w:r>`;
}

/**
 * Bilingual CSV or TSV with a header row: an id column, then source and target columns named by
 * their languages when both are known (the file then declares them), else "source" and "target".
 * A source cell is empty without sources (mtqa reads it as none). CSV quotes every field; TSV only
 * those that need it.
 */
function table(delimiter) {
  return (lines, { lang, sourceLang, source }) => {
    const named = lang && sourceLang && lang !== sourceLang;
    const out = { text: `id${delimiter}${named ? sourceLang : 'source'}${delimiter}${named ? lang : 'target'}\r\n` };
    const field = (text) => {
      const quoted = delimiter === ',' || tsvQuoted(text);
      if (quoted) out.text += '"';
      const at = emit(out, text, quoted ? csvChar : undefined);
      if (quoted) out.text += '"';
      return at;
    };
    return each(lines, out, (line, n) => {
      out.text += `line${n}${delimiter}`;
      field(source?.[n - 1] ?? '');
      out.text += delimiter;
      const at = field(line);
      out.text += '\r\n';
      return at;
    });
  };
}

/**
 * Format adapters: `ext` the file's extension, `write(lines, options)` the file and its units.
 * Options: `lang`, `sourceLang`; for the bilingual formats (`bilingual: true`) `source`, the lines'
 * sources, which go into the file itself (msgid, <source>) rather than a second file.
 */
export const adapters = {
  srt: { ext: 'srt', write: subtitles(false) },
  vtt: { ext: 'vtt', write: subtitles(true) },
  po: {
    ext: 'po',
    bilingual: true,
    write(lines, { lang, source }) {
      const out = { text: `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n${lang ? `"Language: ${lang}\\n"\n` : ''}` };
      return each(lines, out, (line, n) => {
        // The context keeps entries apart when two lines (or sources) are the same (a PO file
        // cannot hold one msgid twice without one), and makes an empty msgid no header. Without sources the msgid stays empty, which mtqa reads as none (a
        // key such as "line 3" would be compared with the line as its source).
        out.text += `\nmsgctxt "${n}"\nmsgid "`;
        if (source) emit(out, source[n - 1] ?? '', poChar);
        out.text += '"\nmsgstr "';
        const at = emit(out, line, poChar);
        out.text += '"\n';
        return at;
      });
    },
  },
  xliff: {
    ext: 'xlf',
    bilingual: true,
    write(lines, { lang, sourceLang, source }) {
      const langs = `${sourceLang ? ` srcLang="${sourceLang}"` : ' srcLang="und"'}${lang ? ` trgLang="${lang}"` : ''}`;
      const out = { text: `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"${langs}>\n<file id="f1">\n` };
      return each(
        lines,
        out,
        (line, n) => {
          out.text += `<unit id="u${n}"><segment><source>`;
          // Without sources, an empty <source>: mtqa reads it as none.
          if (source) emit(out, source[n - 1] ?? '', xmlChar);
          out.text += '</source><target>';
          const at = emit(out, line, xmlChar);
          out.text += '</target></segment></unit>\n';
          return at;
        },
        '</file>\n</xliff>\n',
      );
    },
  },
  markdown: {
    ext: 'md',
    write: (lines) => {
      const out = { text: '' };
      return each(lines, out, (line) => {
        const at = emit(out, line, markdownChar);
        out.text += '\n\n';
        return at;
      });
    },
  },
  html: {
    ext: 'html',
    write(lines, { lang }) {
      const out = { text: `<!DOCTYPE html>\n<html${lang ? ` lang="${lang}"` : ''}>\n<head><meta charset="utf-8"><title>lines</title></head>\n<body>\n` };
      return each(
        lines,
        out,
        (line) => {
          out.text += '<p>';
          const at = emit(out, line, xmlChar);
          out.text += '</p>\n';
          return at;
        },
        '</body>\n</html>\n',
      );
    },
  },
  json: {
    ext: 'json',
    write(lines) {
      const out = { text: '{' };
      let first = true;
      return each(
        lines,
        out,
        (line, n) => {
          out.text += `${first ? '\n' : ',\n'}  "line${n}": "`;
          first = false;
          const at = emit(out, line, jsonChar);
          out.text += '"';
          return at;
        },
        '\n}\n',
      );
    },
  },
  /**
   * Word: a paragraph a line (an empty line an empty paragraph, so that paragraph numbers are line
   * numbers and a source document pairs by them), its runs split after each sentence mark and every
   * few characters inside words with changing properties and proofing marks between them, as Word
   * leaves them after edits; a tab is <w:tab/>. The file is a ZIP with no text to point into: mtqa
   * reports offsets into its checked text (the paragraphs, a line each), which `at` holds. Honest
   * differences: a tab or carriage return (<w:tab/>, <w:cr/>) and a line separator are spaces in
   * the paragraph's line, and the characters XML cannot hold are dropped, as in the other XML formats.
   */
  docx: {
    ext: 'docx',
    write(lines) {
      const checked = { text: '' };
      let body = '';
      const units = [];
      let from = 0;
      lines.forEach((line, i) => {
        const n = i + 1;
        if (line.trim() === '') body += '<w:p/>';
        else {
          units.push({ at: emit(checked, line, wordChar), from, length: line.length });
          checked.text += '\n';
          body += `<w:p w14:paraId="${n.toString(16).toUpperCase().padStart(8, '0')}">${wordRuns(line, n)}</w:p>`;
        }
        from += line.length + 1;
      });
      return { text: docxFile({ 'word/document.xml': wordDocument(body) }), units };
    },
  },
  /** Rails: the messages under one key naming the language, each as Psych writes it (yamlScalar). */
  yaml: {
    ext: 'yml',
    write(lines, { lang }) {
      const out = { text: `${lang ?? 'und'}:\n` };
      return each(lines, out, (line, n) => {
        const lineStart = out.text.length;
        out.text += `  line${n}: `;
        const at = yamlScalar(out, line, lineStart);
        out.text += '\n';
        return at;
      });
    },
  },
  /** res/values-XX/strings.xml: a <string> a line (the root <resources> makes it one: .xml is no extension of its own). */
  android: {
    ext: 'xml',
    write(lines) {
      const out = { text: '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n' };
      return each(
        lines,
        out,
        (line, n) => {
          out.text += `    <string name="line${n}">`;
          const at = emit(out, line, androidChar);
          out.text += '</string>\n';
          return at;
        },
        '</resources>\n',
      );
    },
  },
  /** Apple .strings (UTF-8): `"lineN" = "…";`, a key that is an identifier (a key of words would be read as the source). */
  strings: {
    ext: 'strings',
    write(lines) {
      const out = { text: '/* Lines */\n' };
      return each(lines, out, (line, n) => {
        out.text += `"line${n}" = "`;
        const at = emit(out, line, stringsChar);
        out.text += '";\n';
        return at;
      });
    },
  },
  /**
   * Xcode string catalog: under each key the source language's localization (the line's source;
   * an empty value without sources, else the catalog would take the key "lineN" for the source)
   * and the target's. The two languages must differ: a localization in the source language is the source.
   */
  xcstrings: {
    ext: 'xcstrings',
    bilingual: true,
    write(lines, { lang = 'mul', sourceLang = 'und', source }) {
      if (lang === sourceLang) throw new Error(`xcstrings: the target language (${lang}) must differ from the source language`);
      const out = { text: `{\n  "sourceLanguage" : ${JSON.stringify(sourceLang)},\n  "strings" : {` };
      let first = true;
      const unit = (l, text, escape) => {
        out.text += `        ${JSON.stringify(l)} : { "stringUnit" : { "state" : "translated", "value" : "`;
        const at = emit(out, text, escape);
        out.text += '" } }';
        return at;
      };
      return each(
        lines,
        out,
        (line, n) => {
          out.text += `${first ? '\n' : ',\n'}    "line${n}" : {\n      "localizations" : {\n`;
          first = false;
          unit(sourceLang, source?.[n - 1] ?? '', jsonChar);
          out.text += ',\n';
          const at = unit(lang, line, jsonChar);
          out.text += '\n      }\n    }';
          return at;
        },
        '\n  },\n  "version" : "1.0"\n}\n',
      );
    },
  },
  /** .NET resources: a <data> a line, white space kept (xml:space="preserve", as the designer writes). */
  resx: {
    ext: 'resx',
    write(lines) {
      const out = { text: '<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <resheader name="resmimetype">\n    <value>text/microsoft-resx</value>\n  </resheader>\n' };
      return each(
        lines,
        out,
        (line, n) => {
          out.text += `  <data name="line${n}" xml:space="preserve">\n    <value>`;
          const at = emit(out, line, xmlChar);
          out.text += '</value>\n  </data>\n';
          return at;
        },
        '</root>\n',
      );
    },
  },
  /**
   * TMX: a <tu> a line, the source <tuv> (the header's srclang) first, the target second; without
   * sources the target <tuv> alone (a <tu> without one in srclang has no source).
   */
  tmx: {
    ext: 'tmx',
    bilingual: true,
    write(lines, { lang = 'mul', sourceLang = 'und', source }) {
      const out = {
        text: `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="${sourceLang}" datatype="plaintext" segtype="paragraph" adminlang="en" o-tmf="mtqa" creationtool="as-format" creationtoolversion="1"/>\n<body>\n`,
      };
      return each(
        lines,
        out,
        (line, n) => {
          out.text += `<tu tuid="${n}">`;
          if (source) {
            out.text += `<tuv xml:lang="${sourceLang}"><seg>`;
            emit(out, source[n - 1] ?? '', xmlChar);
            out.text += '</seg></tuv>';
          }
          out.text += `<tuv xml:lang="${lang}"><seg>`;
          const at = emit(out, line, xmlChar);
          out.text += '</seg></tuv></tu>\n';
          return at;
        },
        '</body>\n</tmx>\n',
      );
    },
  },
  csv: { ext: 'csv', bilingual: true, write: table(',') },
  tsv: { ext: 'tsv', bilingual: true, write: table('\t') },
};

/**
 * Maps a finding's file offsets back to the plain lines' offsets: the unit holding `start` (the
 * last one starting at or before it), then the characters; markup around the unit and offsets
 * past its end are clipped to the line, an offset inside an escape rounds outward.
 */
export function mapBack(units, start, end) {
  let lo = 0;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (units[mid].at[0] <= start) lo = mid;
    else hi = mid - 1;
  }
  const u = units[lo];
  /** The last character starting at or before x (start), or the first starting at or after it (end). */
  const index = (x, up) => {
    let a = 0;
    let b = u.length;
    while (a < b) {
      const mid = up ? (a + b) >> 1 : (a + b + 1) >> 1;
      if (up ? u.at[mid] >= x : u.at[mid] <= x) up ? (b = mid) : (a = mid);
      else up ? (a = mid + 1) : (b = mid - 1);
    }
    return a;
  };
  const s = index(start, false);
  return { start: u.from + s, end: u.from + Math.max(index(end, true), s) };
}

const readLines = (f) => {
  const lines = readFileSync(f, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
};

/**
 * Runs `mtqa` (bin/mtqa.js) with `args` (`check … FILE`, as the eval scorer gives them) on FILE's
 * lines written as `format`: the JSON report, its findings' offsets mapped back to FILE. With
 * --source, a bilingual format holds the sources itself (and --source, --source-lang go); the others
 * get a source file of their own format.
 */
export function runAs(format, args) {
  const adapter = adapters[format];
  const option = (name) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  const lang = option('--lang');
  const sourceLang = option('--source-lang');
  const sourceFile = option('--source');
  const rest = args.slice(0, -1);
  const dir = mkdtempSync(join(tmpdir(), 'as-format-'));
  let json;
  let units;
  try {
    const write = (lines, name, extra) => {
      const built = adapter.write(lines, { lang, sourceLang, ...extra });
      const path = join(dir, `${name}.${adapter.ext}`);
      writeFileSync(path, built.text);
      return { path, units: built.units };
    };
    const lines = readLines(args.at(-1));
    const inFile = sourceFile && adapter.bilingual;
    if (inFile) {
      // The file holds the sources: mtqa reads them (and the languages) from it.
      for (const name of ['--source', '--source-lang']) rest.splice(rest.indexOf(name), 2);
    } else if (sourceFile) {
      rest[rest.indexOf('--source') + 1] = write(readLines(sourceFile), 'source', { lang: sourceLang }).path;
    }
    const target = write(lines, 'lines', inFile ? { source: readLines(sourceFile) } : {});
    units = target.units;
    rest.push(target.path);
    json = execFileSync('node', [bin, ...rest], { encoding: 'utf8', maxBuffer: 1 << 30 });
  } catch (e) {
    // mtqa exits 1 when it finds something.
    json = e.stdout;
    if (!json) throw new Error(String(e.stderr || e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const report = JSON.parse(json);
  for (const f of report.findings ?? []) Object.assign(f, mapBack(units, f.start, f.end));
  return report;
}
