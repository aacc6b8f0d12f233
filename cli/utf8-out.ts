// Standard output's text encoded here, not by the stream. A string written to a file (or
// /dev/null) becomes a Buffer by Buffer.from, which in Node 20 measures its UTF-8 length in passes
// of their own before it encodes it: on a JSON report of 8.5 MB (10,000 findings, Cyrillic
// excerpts) half of the 20 ms its pieces took to encode. Encoded into room for the longest
// encoding (3 bytes per UTF-16 unit) the text is read once.
//
// The room is one buffer, used again for each piece the stream has taken whole by the time its
// write returns (a file, /dev/null, a pipe with room for it): a buffer of its own for each piece
// put every piece of the output on fresh pages (30 MB of mixed prose, a JSON report of 7.9 MB in
// 315 pieces: some 140 page faults of the process's 37,000). A piece the stream keeps (a full
// pipe, a slow terminal) keeps its buffer; the next piece gets a new one.

/** Longer strings (an HTML page) are left to the stream: room for 3 bytes a unit would weigh three times their text. */
const MAX_ENCODED_HERE = 1 << 20;

/**
 * The least room allocated: a piece of JSON output (cli/json-pieces.ts, 64 Ki units or a batch of
 * findings) in one, where room that grew with each longer piece was faulted in again each time.
 */
const MIN_ROOM = 3 << 16;

/** What the writer needs of a stream (process.stdout): its write, and the bytes it holds not yet written. */
export interface Utf8Sink {
  write(chunk: string | Uint8Array): unknown;
  readonly writableLength: number;
}

/** A writer of strings to `sink` as the bytes the stream would write for them (UTF-8, a lone surrogate as U+FFFD). */
export function utf8Writer(sink: Utf8Sink): (s: string) => void {
  let room: Buffer | undefined;
  return (s) => {
    if (s.length > MAX_ENCODED_HERE) {
      sink.write(s);
      return;
    }
    if (room === undefined || room.length < 3 * s.length) room = Buffer.allocUnsafe(Math.max(3 * s.length, MIN_ROOM));
    sink.write(room.subarray(0, room.write(s)));
    // Bytes the stream still holds may be in this room: it is the stream's now.
    if (sink.writableLength !== 0) room = undefined;
  };
}
