export declare const SESSION_COOKIE: string;
export declare function isCacheablePath(pathname: string): boolean;
export declare function isCacheableRequest(request: { method: string; url: string; cookie: string | null | undefined }): boolean;
