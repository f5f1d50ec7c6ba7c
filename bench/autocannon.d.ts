declare module "autocannon" {
  type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    overallRate?: number;
    headers?: Record<string, string>;
    requests?: Request[];
  };
  type Result = { requests: { average: number; total: number }; errors: number; non2xx: number; timeouts: number; latency: Record<string, number> };
  type Instance = PromiseLike<Result> & { on(event: "response", cb: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void };
  function autocannon(opts: Options): Instance;
  export default autocannon;
}
