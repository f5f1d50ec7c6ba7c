export declare const SESSION_COOKIE: string;
export declare const DATA_GENERATION_KEY: unique symbol;
export declare const DATABASE_CHANGES_KEY: unique symbol;
export declare function isCacheablePath(pathname: string): boolean;
export declare function isCacheableRequest(request: { method: string; url: string; cookie: string | null | undefined }): boolean;
export declare function currentDataGeneration(): string;
export declare function advanceDataGeneration(): string;
export declare function registerDatabaseChanges(probe: () => number): void;
