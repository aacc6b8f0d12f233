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
export interface Adapter {
  ext: string;
  bilingual?: boolean;
  write(lines: string[], options?: WriteOptions): { text: string; units: Unit[] };
}
export declare const adapters: Record<'srt' | 'vtt' | 'po' | 'xliff' | 'markdown' | 'html' | 'json', Adapter>;
export declare function mapBack(units: Unit[], start: number, end: number): { start: number; end: number };
export declare function runAs(format: string, args: string[]): { findings?: Array<{ rule: string; start: number; end: number }> } & Record<string, unknown>;
