// `--format json` output written in pieces. At the input limit a report holds 10,000 findings,
// some 8 MB of JSON (16 MB as a string of Cyrillic or CJK excerpts), and one string of it was
// made while the check's garbage still filled the heap, then copied again to be written: the
// process's peak (50 MB of mixed prose: 303 MiB, 30 MiB of it the output). In pieces of
// PIECE_LENGTH characters, the output never holds more than one piece.

/** Characters gathered before a write: few enough writes to cost nothing, small enough to weigh nothing. */
const PIECE_LENGTH = 1 << 16;

/** A string at least this long is written alone, not gathered: its copy would cost more than a write. */
const ALONE_LENGTH = PIECE_LENGTH / 8;

/** Writes exactly JSON.stringify(value, null, 2), in pieces of about PIECE_LENGTH characters or less (a batch of elements alone). */
export function writeJson(value: unknown, write: (piece: string) => void): void {
  let pending = '';
  const emit = (s: string) => {
    // A batch of elements (tens of KB of JSON) goes out as it is: joined to the pending text, it
    // would be copied once more when the joined string is flattened to be written.
    if (s.length >= ALONE_LENGTH) {
      if (pending !== '') write(pending);
      pending = '';
      write(s);
      return;
    }
    pending += s;
    if (pending.length >= PIECE_LENGTH) {
      write(pending);
      pending = '';
    }
  };
  emitJson(value, '', emit);
  if (pending !== '') write(pending);
}

/**
 * Whether `value` is written member by member: an array (of reports, of findings) or an object
 * with an array among its members (a report); anything else (a finding) is one JSON.stringify
 * call. Only values JSON.stringify writes member by member too: no toJSON, no prototype of their own.
 */
function split(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object' || 'toJSON' in value || Object.getPrototypeOf(value) !== Object.prototype) return false;
  // A loop over the keys, not Object.values: that would build an array of each finding's members.
  for (const key in value) if (Array.isArray((value as Record<string, unknown>)[key])) return true;
  return false;
}

/** `value` alone as JSON.stringify(value, null, 2) writes it at `indent`; undefined where it leaves a member out. */
function whole(value: unknown, indent: string): string | undefined {
  // JSON strings escape line breaks: indenting the lines of a value's JSON is indenting the value.
  return JSON.stringify(value, null, 2)?.replaceAll('\n', `\n${indent}`);
}

/** Array elements written by one JSON.stringify call (of findings, some 50 KB of JSON). */
const BATCH = 64;

/**
 * The elements `items` as JSON.stringify(value, null, 2) writes them inside an array at `indent`:
 * from the first one's JSON to the last one's, with what stands between them.
 */
function elementsJson(items: readonly unknown[], indent: string): string {
  // Nested as deep as the array stands, JSON.stringify indents the items as in the whole value
  // (without a pass over each item's JSON to indent its lines); only the nesting is cut off.
  const nested = (inner: unknown) => {
    let wrapped = inner;
    for (let k = 0; k < indent.length / 2; k++) wrapped = [wrapped];
    return JSON.stringify(wrapped, null, 2);
  };
  const frame = nested([0]);
  const before = frame.indexOf('0');
  const json = nested(items);
  return json.slice(before, json.length - (frame.length - before - 1));
}

/** `value` as JSON.stringify(value, null, 2) writes it at `indent`. */
function emitJson(value: unknown, indent: string, emit: (s: string) => void): void {
  if (!split(value)) {
    // As an array element, what JSON.stringify leaves out of an object is null.
    emit(whole(value, indent) ?? 'null');
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return emit('[]');
    emit('[');
    for (let i = 0; i < value.length; ) {
      emit(i === 0 ? `\n${inner}` : `,\n${inner}`);
      if (split(value[i])) {
        emitJson(value[i], inner, emit);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < value.length && j - i < BATCH && !split(value[j])) j++;
      emit(elementsJson(value.slice(i, j), indent));
      i = j;
    }
    emit(`\n${indent}]`);
    return;
  }
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    let json: string | undefined;
    if (!split(v)) {
      json = whole(v, inner);
      // Members JSON.stringify leaves out: undefined, functions, symbols.
      if (json === undefined) continue;
    }
    emit(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    first = false;
    if (json === undefined) emitJson(v, inner, emit);
    else emit(json);
  }
  emit(first ? '{}' : `\n${indent}}`);
}
