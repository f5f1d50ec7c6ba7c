export declare function dataVersion(): string;
export declare function changedSince(version: string): boolean;
export declare function noteDataChange(): void;
export declare function watchDatabase(readDataVersion: () => number): void;
export declare function perDataVersion<T>(derive: () => T): () => T;
