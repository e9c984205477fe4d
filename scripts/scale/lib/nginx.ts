import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startProcess, type Managed } from "./processes";

// Debian's nginx (apt-get install nginx) as the load balancer of the scale-out test: round-robin
// over the web instances, the client's address passed in X-Forwarded-For (overwritten, never a
// client-supplied one appended), and an access log naming the instance that answered each request.

export const NGINX_BINARY = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export type AccessEntry = { time: number; method: string; uri: string; status: number; upstream: string; durationS: number };
export type RunningNginx = {
  port: number;
  process: Managed;
  accessLog(): AccessEntry[];
  awaitEntry(match: (entry: AccessEntry) => boolean, timeoutMs?: number): Promise<AccessEntry | undefined>;
  stop(): Promise<void>;
};

export async function startNginx(options: { port: number; upstreams: number[]; maxBodyMb: number }): Promise<RunningNginx> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "expat-nginx-"));
  fs.chmodSync(prefix, 0o777);
  for (const dir of ["logs", "temp"]) fs.mkdirSync(path.join(prefix, dir), { mode: 0o777 });
  const asRoot = process.getuid?.() === 0;
  const config = `
${asRoot ? "user root;" : ""}
worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 1024; }
http {
  log_format scale '$msec\\t$request_method\\t$request_uri\\t$status\\t$upstream_addr\\t$request_time';
  access_log ${prefix}/logs/access.log scale;
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
  client_max_body_size ${options.maxBodyMb}m;
  upstream portal {
    # Round-robin (nginx's default). An instance that refuses connections (stopped, draining)
    # is skipped for 10 s and the request is tried on the next one: it was never sent.
${options.upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=10s;`).join("\n")}
  }
  server {
    listen 127.0.0.1:${options.port};
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      # Overwrites whatever the client sent: the app trusts exactly one hop (TRUSTED_PROXY_HOPS=1).
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header Connection "";
      proxy_next_upstream error timeout;
      proxy_read_timeout 60s;
      # Compression here, not in Node (the instances run with NODE_COMPRESSION=off; issue 19 (f)).
      # Pages the instances hold compressed arrive as gzip already and pass through.
      gzip on;
      gzip_proxied any;
      gzip_vary on;
      gzip_min_length 1024;
      gzip_types text/css text/plain text/x-component application/javascript application/json application/manifest+json image/svg+xml;
      # Uploads stream through to the instance (its size cap and sniffing apply as they arrive).
      proxy_request_buffering off;
      proxy_buffering off;
    }
  }
}
`;
  const configFile = path.join(prefix, "nginx.conf");
  fs.writeFileSync(configFile, config);
  const test = startProcess("nginx -t", NGINX_BINARY, ["-p", prefix, "-c", configFile, "-t"]);
  if ((await test.exited) !== 0) throw new Error(`nginx rejected its configuration:\n${test.output()}`);
  const proc = startProcess("nginx", NGINX_BINARY, ["-p", prefix, "-c", configFile]);
  const deadline = Date.now() + 10_000;
  while (
    !(await fetch(`http://127.0.0.1:${options.port}/api/health/live`).then(
      () => true,
      () => false,
    ))
  ) {
    if (proc.child.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start:\n${proc.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const running: RunningNginx = {
    port: options.port,
    process: proc,
    // nginx writes a request's line only after the last byte went out, so a client that has just
    // read the body can look before the line exists: wait for it rather than read too early.
    async awaitEntry(match, timeoutMs = 3000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = running.accessLog().filter(match).pop();
        if (found || Date.now() > until) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    accessLog() {
      const file = path.join(prefix, "logs", "access.log");
      if (!fs.existsSync(file)) return [];
      return fs
        .readFileSync(file, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const [time, method, uri, status, upstream, duration] = line.split("\t");
          return { time: Number(time) * 1000, method, uri, status: Number(status), upstream, durationS: Number(duration) };
        });
    },
    async stop() {
      await proc.stop("SIGQUIT", 5000);
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
  return running;
}
