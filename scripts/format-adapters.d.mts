/** Where each character of a line starts in the written file (one more: where it ends), the line's offset in the plain file, its length. */
export interface Unit {
  at: number[];
  from: number;
  length: number;
}
export interface WriteOptions {
  lang?: string;
  sourceLang?: string;
  source?: string[];
  gap?: number;
}
/** An adapter whose file is `File`: text, or bytes (DOCX, whose `units` point into the text mtqa checks in it). */
export interface Adapter<File = string> {
  ext: string;
  bilingual?: boolean;
  write(lines: string[], options?: WriteOptions): { text: File; units: Unit[] };
}
export declare const adapters: Record<'srt' | 'vtt' | 'po' | 'xliff' | 'markdown' | 'html' | 'json' | 'yaml' | 'android' | 'strings' | 'xcstrings' | 'resx' | 'tmx' | 'csv' | 'tsv', Adapter> & {
  docx: Adapter<Uint8Array>;
};
export declare function mapBack(units: Unit[], start: number, end: number): { start: number; end: number };
export declare function runAs(format: string, args: string[]): { findings?: Array<{ rule: string; start: number; end: number }> } & Record<string, unknown>;
