// `--format json` output written in pieces. At the input limit a report holds 10,000 findings,
// some 8 MB of JSON (16 MB as a string of Cyrillic or CJK excerpts), and one string of it was
// made while the check's garbage still filled the heap, then copied again to be written: the
// process's peak (50 MB of mixed prose: 303 MiB, 30 MiB of it the output). In pieces of
// PIECE_LENGTH characters, the output never holds more than one piece.

/** Characters gathered before a write: few enough writes to cost nothing, small enough to weigh nothing. */
const PIECE_LENGTH = 1 << 16;

/**
 * How many levels of arrays and plain objects are written member by member (an array of reports,
 * a report, its findings); below, a value is one JSON.stringify call.
 */
const SPLIT_LEVELS = 3;

/** Writes exactly JSON.stringify(value, null, 2), in pieces of about PIECE_LENGTH characters. */
export function writeJson(value: unknown, write: (piece: string) => void): void {
  let pending = '';
  const emit = (s: string) => {
    pending += s;
    if (pending.length >= PIECE_LENGTH) {
      write(pending);
      pending = '';
    }
  };
  emitJson(value, '', SPLIT_LEVELS, emit);
  if (pending !== '') write(pending);
}

/** A value JSON.stringify writes member by member like this: no toJSON, no prototype of its own. */
function splittable(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object' || 'toJSON' in value) return false;
  return Object.getPrototypeOf(value) === Object.prototype;
}

/** `value` alone as JSON.stringify(value, null, 2) writes it at `indent`; undefined where it leaves a member out. */
function whole(value: unknown, indent: string): string | undefined {
  // JSON strings escape line breaks: indenting the lines of a value's JSON is indenting the value.
  return JSON.stringify(value, null, 2)?.replaceAll('\n', `\n${indent}`);
}

/** `value` as JSON.stringify(value, null, 2) writes it at `indent`, `levels` levels member by member. */
function emitJson(value: unknown, indent: string, levels: number, emit: (s: string) => void): void {
  if (levels === 0 || !splittable(value)) {
    // As an array element, what JSON.stringify leaves out of an object is null.
    emit(whole(value, indent) ?? 'null');
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return emit('[]');
    emit('[');
    value.forEach((item, i) => {
      emit(i === 0 ? `\n${inner}` : `,\n${inner}`);
      emitJson(item, inner, levels - 1, emit);
    });
    emit(`\n${indent}]`);
    return;
  }
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    let json: string | undefined;
    if (!splittable(v)) {
      json = whole(v, inner);
      // Members JSON.stringify leaves out: undefined, functions, symbols.
      if (json === undefined) continue;
    }
    emit(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    first = false;
    if (json === undefined) emitJson(v, inner, levels - 1, emit);
    else emit(json);
  }
  emit(first ? '{}' : `\n${indent}}`);
}
