"use client";

/**
 * Sends one file as the raw request body, so the server can stream and sniff it, with upload
 * progress (fetch has none for request bodies). Resolves with the status and the JSON answer;
 * a network failure resolves with status 0 and `networkError` as the error key.
 */
export function sendFile<Body extends { error?: string }>(
  url: string,
  file: File,
  options: { headers?: Record<string, string>; networkError: string; onProgress: (percent: number) => void },
): Promise<{ status: number; body: Body }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    for (const [name, value] of Object.entries(options.headers ?? {})) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (e) => e.lengthComputable && options.onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let body = {} as Body;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: a proxy's error page, say
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => resolve({ status: 0, body: { error: options.networkError } as Body });
    xhr.send(file);
  });
}
