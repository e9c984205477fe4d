// An S3-protocol server for tests and the scale-out run, offline: s3rver (npm) on a free port with
// one bucket, plus the two multipart calls it lacks (ListMultipartUploads, AbortMultipartUpload),
// answered from its own upload folders, so that the orphan sweep and aborted uploads behave as
// against AWS or MinIO. Runs as its own process (a test measuring the web side's memory must not
// count the server's). Prints one JSON line {"port": N} when listening; stops on SIGTERM.
//   node scripts/s3/s3-test-server.mjs --dir <folder> --bucket <name> [--port 0]
import fs from "node:fs";
import path from "node:path";
import S3rver from "s3rver";

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const directory = path.resolve(arg("dir", ".data/s3"));
const bucket = arg("bucket", "expat-files");
fs.mkdirSync(directory, { recursive: true });

const server = new S3rver({
  address: "127.0.0.1",
  port: Number(arg("port", "0")),
  directory,
  silent: true,
  configureBuckets: [{ name: bucket }],
});

// s3rver removes a key's "folder" when its last object is deleted, racing a write into the same
// folder (its write stream then fails with ENOENT and the process dies). S3 has no folders: keep them.
server.store.deleteObject = async function deleteObject(name, key) {
  await Promise.all(
    ["object", "object.md5", "metadata.json"].map((resource) =>
      fs.promises.unlink(this.getResourcePath(name, key, resource)).catch((error) => {
        if (error.code !== "ENOENT") throw error;
      }),
    ),
  );
};

const xml = (body) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
const escapeXml = (text) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** GET /bucket?uploads and DELETE /bucket/key?uploadId=…, before s3rver's router answers NotImplemented. */
async function multipartExtras(ctx, next) {
  const [, name, ...rest] = ctx.path.split("/");
  const uploadsDir = name ? server.store.getResourcePath(name, undefined, "uploads") : "";
  if (ctx.method === "GET" && name && rest.join("") === "" && "uploads" in ctx.query) {
    const ids = fs.existsSync(uploadsDir) ? fs.readdirSync(uploadsDir) : [];
    const uploads = ids.map((id) => {
      const keyFile = path.join(uploadsDir, id, "key");
      return { id, key: fs.readFileSync(keyFile, "utf8"), initiated: fs.statSync(keyFile).mtime };
    });
    ctx.type = "application/xml";
    ctx.body = xml(
      `<ListMultipartUploadsResult><Bucket>${escapeXml(name)}</Bucket><IsTruncated>false</IsTruncated>` +
        uploads
          .map(
            (u) =>
              `<Upload><Key>${escapeXml(u.key)}</Key><UploadId>${u.id}</UploadId><Initiated>${u.initiated.toISOString()}</Initiated></Upload>`,
          )
          .join("") +
        `</ListMultipartUploadsResult>`,
    );
    return;
  }
  if (ctx.method === "DELETE" && name && rest.length && typeof ctx.query.uploadId === "string") {
    const dir = path.join(uploadsDir, path.basename(ctx.query.uploadId));
    if (!fs.existsSync(dir)) {
      ctx.status = 404;
      ctx.type = "application/xml";
      ctx.body = xml(`<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message></Error>`);
      return;
    }
    fs.rmSync(dir, { recursive: true, force: true });
    ctx.status = 204;
    return;
  }
  return next();
}
// Koa composes its middleware list when it starts listening: put ours just before the router (last).
server.middleware.splice(server.middleware.length - 1, 0, multipartExtras);

const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
