import type { Plugin } from 'esbuild';

export declare function lazyImports(root: string): Plugin;
