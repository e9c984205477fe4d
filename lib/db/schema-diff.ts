import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Computes the SQL that turns schema `from` (null = empty database) into schema `to`,
 * with Prisma's own schema engine compiled to WebAssembly: the native engine binary
 * cannot be downloaded on our machines (docs/decisions/002-offline-migrations.md).
 * The engine insists on a reachable PostgreSQL even though `diff` never reads it.
 */
export async function diffSchemas(from: string | null, to: string, connectionString: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = await import(bgPath);
  const wasm = await fs.readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  const instance = await WebAssembly.instantiate(await WebAssembly.compile(wasm), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();

  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  const engine = await bg.SchemaEngine.new({ datamodels: [["schema.prisma", to]] }, () => undefined, adapter);
  const target = (content: string) => ({ tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] });
  const result = await engine.diff({
    from: from === null ? { tag: "empty" } : target(from),
    to: target(to),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? "";
}
