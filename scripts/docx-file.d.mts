export declare const W_NS: string;
export declare const wordDocument: (body: string) => string;
export declare function docxFile(parts: Record<string, string>): Uint8Array;
