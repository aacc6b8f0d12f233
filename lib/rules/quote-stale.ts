// A quotation left open at a paragraph's end may be a long speech that closes many lines later
// without reopening: a Bible printed a verse per line runs a speech over ten or forty verses («Մի
// մարդ ընթրիք սարքեց… ⏎ … ⏎ …իմ ընթրիքից չի ճաշակի»:). Past the lines within which a quotation
// is taken to go on (SPAN_LINES in unpaired-quote.ts) such a mark can no longer be continued by a
// paragraph that reopens it, but it is not yet unpaired: if the next mark of its family is a
// closing one, on a line that has not quoted with that family before it, nothing else opened in
// between and the two are one quotation. A dropped closing mark is followed by the next quotation's
// opening mark, which reports it as before; a mark never answered is reported at the text's end.

/** A mark past the lines a quotation is continued in: its position and the mark it stands for. */
export interface StaleMark {
  at: number;
  kind: string;
}

/** Marks left open longer than a quotation is continued, oldest first. */
export class StaleMarks {
  #marks: StaleMark[] = [];

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.#marks.length;
  }

  /** Keeps `m` (open past its continuation); the oldest goes to `unpaired` past the limit. */
  retire(m: StaleMark, unpaired: number[]): void {
    this.#marks.push(m);
    if (this.#marks.length > this.limit) unpaired.push(this.#marks.shift()!.at);
  }

  /** Closes the latest mark whose kind is one of `kinds`: true if one was open. */
  close(kinds: string): boolean {
    for (let k = this.#marks.length - 1; k >= 0; k--) {
      if (kinds.includes(this.#marks[k].kind)) {
        this.#marks.splice(k, 1);
        return true;
      }
    }
    return false;
  }

  /** Moves to `unpaired` the marks of the families `families` (bits of familyOf): a line quoted with their family before closing them. */
  dropFamilies(families: number, familyOf: (kind: string) => number, unpaired: number[]): void {
    if (this.#marks.length === 0) return;
    const keep: StaleMark[] = [];
    for (const m of this.#marks) if ((familyOf(m.kind) & families) !== 0) unpaired.push(m.at);
    else keep.push(m);
    this.#marks = keep;
  }

  /** Moves every mark to `unpaired`: the text ended without closing them. */
  drain(unpaired: number[]): void {
    for (const m of this.#marks) unpaired.push(m.at);
    this.#marks = [];
  }
}
