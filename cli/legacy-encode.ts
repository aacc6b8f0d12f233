// Writes a fixed file back in the legacy encoding it declared (`mtqa fix --write` on a PO file in
// ISO-8859-1, an XML file in windows-1251). TextDecoder decodes every WHATWG encoding but Node
// encodes none of them, so the encoder is TextDecoder's table turned round: every one-byte and
// two-byte sequence (the double-byte encodings' leads and trails lie in 0x40–0xFE) decoded once.

import { decodeAs } from '../lib/decode.js';

const tables = new Map<string, Map<string, number[]>>();

function tableOf(encoding: string): Map<string, number[]> {
  let table = tables.get(encoding);
  if (table) return table;
  table = new Map();
  const add = (bytes: number[]) => {
    try {
      const c = decodeAs(Uint8Array.from(bytes), encoding);
      // The first sequence that gives a character is the one to write (a table's canonical form).
      if ([...c].length === 1 && !table!.has(c)) table!.set(c, bytes);
    } catch {
      // Not a character of this encoding.
    }
  };
  for (let b = 0; b < 0x100; b++) add([b]);
  for (let lead = 0x81; lead < 0xff; lead++) for (let trail = 0x40; trail < 0xff; trail++) add([lead, trail]);
  tables.set(encoding, table);
  return table;
}

/** `text` in `encoding`, or undefined when a character of it has no bytes there. */
export function encodeLegacy(text: string, encoding: string): Uint8Array | undefined {
  const table = tableOf(encoding);
  const out: number[] = [];
  for (const c of text) {
    const bytes = table.get(c);
    if (!bytes) return undefined;
    for (const b of bytes) out.push(b);
  }
  return Uint8Array.from(out);
}
