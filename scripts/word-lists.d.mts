import type { Plugin } from 'esbuild';

export declare function compactWordLists(source: string): string;
export declare function wordLists(root: string): Plugin;
