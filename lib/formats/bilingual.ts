// Builds the two checked texts of a bilingual file (XLIFF, TMX, CSV/TSV with source and target
// columns) side by side: each unit's target text in `text`, its source text in `source.text`, both
// a segment per line, and the unit table pairing them (with their inline codes for tag checks).

import { parseMessage, type Branch, type MessageNode, type PipeSyntax } from './messages.js';
import { TextBuilder } from './offset-map.js';
import { pipeFormCategories, singleCountOf } from './plural-categories.js';
import { OBJECT_REPLACEMENT } from '../text/chars.js';
import { lastAtOrBefore } from '../text/search.js';
import type { InlineCode, ReadResult, Unit, UnitAddress, UnitKind } from './types.js';

const enum P {
  Verbatim,
  Replaced,
  Opaque,
}

/**
 * A unit's text (one side of it) as pieces, ready to emit into a TextBuilder: a bilingual reader
 * reads a unit's source and target first, then emits both paired.
 */
export class Pieces {
  private readonly kinds: P[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly texts: string[] = [];
  /** Inline codes, each before the piece at `codeAt[i]`. */
  private readonly codes: Array<Omit<InlineCode, 'offset'>> = [];
  private readonly codeAt: number[] = [];

  /**
   * The text is HTML, whose white space collapses: white space at its edges is the markup's
   * (Angular writes an element's content " Container image is required " as the source, and a
   * translation need not keep the spaces its template's line breaks left).
   */
  edgeSpaceCollapses = false;

  constructor(
    private readonly file: string,
    /** The segment id (XLIFF 2 `<segment id>`, 1.2 `<mrk mid>`) when the content is segmented. */
    readonly id?: string,
  ) {}

  private add(kind: P, start: number, end: number, text: string): void {
    this.kinds.push(kind);
    this.starts.push(start);
    this.ends.push(end);
    this.texts.push(text);
  }

  /** File text copied as it is. */
  verbatim(start: number, end: number): void {
    this.add(P.Verbatim, start, end, '');
  }

  /** `text` standing for file[start, end) as a whole (a reference, an escape). */
  replaced(text: string, start: number, end: number): void {
    this.add(P.Replaced, start, end, text);
  }

  /** A stand-in for markup ('' or U+FFFC); see TextBuilder.opaque. */
  opaque(text: string, start: number, end: number): void {
    this.add(P.Opaque, start, end, text);
  }

  code(id: string, kind: InlineCode['kind']): void {
    this.codes.push({ id, kind });
    this.codeAt.push(this.kinds.length);
  }

  /**
   * The pieces of an ICU message (Angular writes plurals and selects into XLIFF:
   * "{VAR_PLURAL, plural, =1 {Profil} other {Profile}}"): its `other` branch as the text, as the
   * JSON reader reads a message inline, the syntax and the other branches as markup, arguments as
   * U+FFFC. These pieces unchanged when the text is no ICU choice.
   */
  icuOther(pipes?: PipeSyntax): Pieces {
    if (!this.has(123) && !(pipes && this.has(124))) return this;
    const { text, at } = this.joined();
    const nodes = parseMessage(text, 'icu', pipes);
    if (!nodes.some((n) => n.t === 'choice')) return this;
    return this.choose(nodes, at);
  }

  /**
   * The plural forms of Symfony and Laravel ("There is one apple|There are %count% apples", Symfony's
   * intervals "{0} None|]0,Inf[ %count% files" too), each as pieces with its key (see pipePlural),
   * the last `other`; each form's ICU choices read by their `other` branch. Undefined unless the
   * text is such forms and its last one shows the count (a placeholder): a bar between words
   * alone ("Home|About", git's "[y]es|[n]o") separates no forms.
   */
  pipeForms(): Array<{ key: string; pieces: Pieces }> | undefined {
    if (!this.has(124)) return undefined;
    const { text, at } = this.joined();
    const nodes = parseMessage(text, 'icu', 'symfony');
    const plural = nodes.length === 1 && nodes[0].t === 'choice' && nodes[0].pipes ? nodes[0] : undefined;
    if (!plural) return undefined;
    const forms = plural.branches.map((br) => ({ key: br.key, pieces: this.choose(nodes, at, br) }));
    return forms[forms.length - 1].pieces.hasPlaceholder() ? forms : undefined;
  }

  /** The pieces' text joined, and where each piece starts in it (and, last, its length). */
  private joined(): { text: string; at: number[] } {
    const at: number[] = [];
    let text = '';
    for (let i = 0; i < this.kinds.length; i++) {
      at.push(text.length);
      text += this.kinds[i] === P.Verbatim ? this.file.slice(this.starts[i], this.ends[i]) : this.texts[i];
    }
    at.push(text.length);
    return { text, at };
  }

  /**
   * The pieces of the message `nodes` (parsed from the joined text) as read with one branch of each
   * choice: `form` of the top-level choice where given, else `other` (or the last).
   */
  private choose(nodes: MessageNode[], at: number[], form?: Branch): Pieces {
    // The message as spans of the joined text: kept as they are, or markup standing for '' or U+FFFC.
    const spans: Array<{ a: number; b: number; stand?: string }> = [];
    const walk = (list: MessageNode[]) => {
      for (const n of list) {
        if (n.t === 'text' || n.t === 'literal') spans.push({ a: n.a, b: n.b });
        else if (n.t === 'argument') spans.push({ a: n.a, b: n.b, stand: OBJECT_REPLACEMENT });
        else if (n.t === 'tag') spans.push({ a: n.a, b: n.b, stand: '' });
        else {
          const chosen = (list === nodes && form) || (n.branches.find((br) => br.key === 'other') ?? n.branches[n.branches.length - 1]);
          spans.push({ a: n.a, b: chosen.start, stand: '' });
          walk(chosen.nodes);
          spans.push({ a: chosen.end, b: n.b, stand: '' });
        }
      }
    };
    walk(nodes);
    const out = new Pieces(this.file, this.id);
    out.edgeSpaceCollapses = this.edgeSpaceCollapses;
    // Where joined offset `offset` is in the file (a piece's start or end for pieces read whole).
    // The piece is found by binary search: a plural's other form may hold thousands of arguments
    // and references, each a span, and a scan from the first piece per span was quadratic.
    const pieceAt = (offset: number, edge: 'start' | 'end') => Math.max(0, lastAtOrBefore(this.kinds.length, (k) => at[k], edge === 'start' ? offset : offset - 1));
    const fileAt = (offset: number, edge: 'start' | 'end') => {
      const i = pieceAt(offset, edge);
      if (this.kinds[i] === P.Verbatim) return this.starts[i] + (offset - at[i]);
      return edge === 'start' && offset < at[i + 1] ? this.starts[i] : offset > at[i] || edge === 'end' ? this.ends[i] : this.starts[i];
    };
    // The codes before `offset`: kept, or dropped (markup's, the other forms') by a binary search
    // past them: one form of thousands must not walk the codes of all the others.
    let c = 0;
    const codesUpTo = (offset: number, keep: boolean) => {
      if (!keep) c = Math.max(c, lastAtOrBefore(this.codes.length, (k) => at[this.codeAt[k]], offset - 1) + 1);
      for (; c < this.codes.length && at[this.codeAt[c]] < offset; c++) out.code(this.codes[c].id, this.codes[c].kind);
    };
    for (const span of spans) {
      if (span.b <= span.a && span.stand === undefined) continue;
      if (span.stand !== undefined) {
        codesUpTo(span.b, false);
        out.opaque(span.stand, fileAt(span.a, 'start'), fileAt(span.b, 'end'));
        continue;
      }
      // Kept text: the pieces (or the parts of verbatim pieces) it covers, from the first that ends at or after its start.
      for (let i = Math.max(0, lastAtOrBefore(this.kinds.length + 1, (k) => at[k], span.a - 1)); i < this.kinds.length && at[i] < span.b; i++) {
        const from = Math.max(span.a, at[i]);
        const to = Math.min(span.b, at[i + 1]);
        const empty = at[i] === at[i + 1];
        if (empty ? at[i] < span.a || at[i] >= span.b : from >= to) continue;
        codesUpTo(at[i] + 1, true);
        if (this.kinds[i] === P.Verbatim) out.verbatim(this.starts[i] + (from - at[i]), this.starts[i] + (to - at[i]));
        else out.add(this.kinds[i], this.starts[i], this.ends[i], this.texts[i]);
      }
    }
    return out;
  }

  /** Whether the text has the code unit c ("{" every ICU choice has, "|" pipe forms; most segments have neither, and are not parsed). */
  private has(c: number): boolean {
    for (let i = 0; i < this.kinds.length; i++) {
      if (this.kinds[i] !== P.Verbatim) continue;
      for (let k = this.starts[i]; k < this.ends[i]; k++) if (this.file.charCodeAt(k) === c) return true;
    }
    return false;
  }

  /** Whether the pieces hold a placeholder: an argument read as U+FFFC, or one written as text (COUNT_PLACEHOLDER). */
  private hasPlaceholder(): boolean {
    for (let i = 0; i < this.kinds.length; i++) {
      if (this.kinds[i] === P.Opaque ? this.texts[i] === OBJECT_REPLACEMENT : this.kinds[i] === P.Verbatim && COUNT_PLACEHOLDER.test(this.file.slice(this.starts[i], this.ends[i]))) return true;
    }
    return false;
  }

  /** Whether piece i is text with more than white space. */
  private isText(i: number): boolean {
    const kind = this.kinds[i];
    if (kind === P.Opaque) return false;
    return (kind === P.Verbatim ? this.file.slice(this.starts[i], this.ends[i]) : this.texts[i]).trim() !== '';
  }

  /**
   * Appends the pieces to `b`; returns the range they fill and their codes at their checked
   * offsets. A code before the first text or after the last (a trailing placeholder, a line-break
   * code) stands outside the segment's sentences: it leaves no trace there, as a code the text
   * flows through, so the rules see the segment's edges as its edges. The white space between
   * such a code and the text goes with the code ("<x/> derniers jours" reads "derniers jours"):
   * it is the space around a placeholder, which languages place as their grammar wants
   * ("Last <x/> Days"), not white space at the string's edge. `spaceToCodes` false: the edge
   * markup is no code but the string's delimiters (YAML's quotes), and the white space inside is the string's.
   */
  emit(b: TextBuilder, spaceToCodes = true): { start: number; end: number; codes: InlineCode[] } {
    const start = b.textLength;
    const codes: InlineCode[] = [];
    let first = 0;
    while (first < this.kinds.length && !this.isText(first)) first++;
    let last = this.kinds.length - 1;
    while (last > first && !this.isText(last)) last--;
    const codeBefore = spaceToCodes && (this.edgeSpaceCollapses || this.kinds.slice(0, first).includes(P.Opaque));
    const codeAfter = spaceToCodes && first < this.kinds.length && (this.edgeSpaceCollapses || this.kinds.slice(last + 1).includes(P.Opaque));
    let c = 0;
    for (let i = 0; i <= this.kinds.length; i++) {
      while (c < this.codes.length && this.codeAt[c] === i) codes.push({ ...this.codes[c++], offset: b.textLength });
      if (i === this.kinds.length) break;
      const kind = this.kinds[i];
      if (kind === P.Verbatim) this.emitVerbatim(b, i, (i <= first && codeBefore) || (i > last && codeAfter), (i >= last && codeAfter) || (i < first && codeBefore));
      else if (kind === P.Replaced) b.replaced(this.texts[i], this.starts[i], this.ends[i]);
      else b.opaque(i < first || i > last ? '' : this.texts[i], this.starts[i], this.ends[i]);
    }
    return { start, end: b.textLength, codes };
  }

  /** A verbatim piece, its leading or trailing white space left out (as markup) when it stands next to an edge code. */
  private emitVerbatim(b: TextBuilder, i: number, trimStart: boolean, trimEnd: boolean): void {
    let from = this.starts[i];
    let to = this.ends[i];
    if (trimStart) while (from < to && isWhiteSpace(this.file.charCodeAt(from))) from++;
    if (trimEnd) while (to > from && isWhiteSpace(this.file.charCodeAt(to - 1))) to--;
    if (from > this.starts[i]) b.opaque('', this.starts[i], from);
    b.verbatim(from, to);
    if (to < this.ends[i]) b.opaque('', to, this.ends[i]);
  }
}


/**
 * The key of each of a message's "|" plural forms (Pieces.pipeForms), and the one count it serves
 * where it serves one alone: a form's interval ("{0}": 0; "]1,Inf[": none); else, among the forms
 * without one, its CLDR category in the language (pipeFormCategories), else its place ("form0").
 */
export function pipeFormKeys(forms: ReadonlyArray<{ key: string }>, lang: string | undefined): Array<{ key: string; count?: number }> {
  const plain = forms.filter((f) => !isInterval(f.key)).length;
  const categories = pipeFormCategories(plain, lang);
  let n = 0;
  return forms.map((f, k) => {
    if (isInterval(f.key)) return /^\{-?\d+\}$/.test(f.key) ? { key: f.key, count: Number(f.key.slice(1, -1)) } : { key: f.key };
    const category = categories?.[n++];
    return category ? { key: category, count: singleCountOf(category, lang) } : { key: `form${k}` };
  });
}

const isInterval = (key: string) => /^[{[\]]/.test(key);

/** Symfony's %count% and {{ limit }}, a brace argument ICU did not read, Laravel's :count. */
const COUNT_PLACEHOLDER = /%\w+%|\{\{\s*\w+\s*\}\}|\{\w+\}|(?<![\w:]):[a-z_]+\b/;

const isWhiteSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

export class BilingualBuilder {
  private readonly target: TextBuilder;
  private readonly source: TextBuilder;
  /** What each started unit learns besides its target range, in the order the units were started. */
  private readonly pairs: Array<Pick<Unit, 'sourceStart' | 'sourceEnd' | 'codes' | 'sourceCodes' | 'count' | 'sourceCount'>> = [];

  constructor(file: string) {
    this.target = new TextBuilder(file);
    this.source = new TextBuilder(file);
  }

  /**
   * Adds a unit: its target text and, when known, its source text; `fileEnd` is where the unit ends
   * in the file; `counts`: for a plural form, the one count it serves and the one its source form
   * serves, where each serves one alone.
   */
  add(address: UnitAddress, kind: UnitKind, target: Pieces, source: Pieces | undefined, fileEnd: number, counts?: Pick<Unit, 'count' | 'sourceCount'>): void {
    const pair: (typeof this.pairs)[number] = {};
    if (counts?.count !== undefined) pair.count = counts.count;
    if (counts?.sourceCount !== undefined) pair.sourceCount = counts.sourceCount;
    if (source) {
      const s = source.emit(this.source);
      this.source.paragraphBreak(fileEnd);
      pair.sourceStart = s.start;
      pair.sourceEnd = s.end;
      if (s.codes.length > 0) pair.sourceCodes = s.codes;
    }
    this.target.startUnit(address, kind);
    const t = target.emit(this.target);
    if (t.codes.length > 0) pair.codes = t.codes;
    this.target.paragraphBreak(fileEnd);
    this.pairs.push(pair);
  }

  build(lang: string | undefined, sourceLang: string | undefined): ReadResult {
    const t = this.target.build();
    const s = this.source.build();
    t.units.forEach((u, i) => Object.assign(u, this.pairs[i]));
    const result: ReadResult = { text: t.text, map: t.map, units: t.units, source: { text: s.text, map: s.map } };
    if (sourceLang) result.source!.lang = sourceLang;
    if (lang) result.lang = lang;
    return result;
  }
}
