/** Editorial warnings for content the schema accepts, each at its JSON Pointer. */
export declare const contentWarnings: (tag: string, document: unknown, now?: string) => { path: string; message: string }[];
