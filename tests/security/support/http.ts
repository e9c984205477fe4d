import http from "node:http";

// A bare HTTP client for the attack suite: no redirects followed, no header normalisation, and a
// chosen local address (127.0.0.x all reach the loopback server), so that "another client" is a
// different TCP peer, as the server's client-address logic sees it.
export const BASE_URL = process.env.SECURITY_BASE_URL!;
export const ORIGIN = new URL(BASE_URL).origin;

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; text: string };

export type RawRequest = {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer | AsyncIterable<Buffer>;
  localAddress?: string;
  cookie?: string;
  timeoutMs?: number;
};

export function send(request: RawRequest): Promise<RawResponse> {
  const url = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: url.port,
        method: request.method ?? "GET",
        path: request.path,
        localAddress: request.localAddress ?? "127.0.0.1",
        headers: { host: url.host, ...(request.cookie ? { cookie: request.cookie } : {}), ...request.headers },
        timeout: request.timeoutMs ?? 60_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString("utf8") });
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timeout ${request.path}`)));
    req.on("error", reject);
    const body = request.body;
    if (body === undefined) req.end();
    else if (typeof body === "string" || Buffer.isBuffer(body)) req.end(body);
    else {
      (async () => {
        for await (const chunk of body) req.write(chunk);
        req.end();
      })().catch((error) => req.destroy(error));
    }
  });
}

/** "name=value; name2=value2" from a response's Set-Cookie headers, merged into `jar`. */
export function mergeCookies(jar: string, response: RawResponse): string {
  const cookies = new Map(
    jar
      .split("; ")
      .filter(Boolean)
      .map((c) => [c.slice(0, c.indexOf("=")), c.slice(c.indexOf("=") + 1)]),
  );
  for (const line of response.headers["set-cookie"] ?? []) {
    const pair = line.split(";")[0];
    const name = pair.slice(0, pair.indexOf("="));
    const value = pair.slice(pair.indexOf("=") + 1);
    if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) cookies.delete(name);
    else cookies.set(name, value);
  }
  return [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
