/** Rewrites a chunk's characters past ASCII as \u escapes and moves its source map (`file`.map) along. */
export function asciiOnly(file: string): void;
