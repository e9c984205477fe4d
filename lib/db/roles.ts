import pg from "pg";

// Least-privilege database roles (docs/decisions/009-database-roles.md). The OWNER role owns the
// schema and every table and runs the migrations; the APP role, which the web server and the
// worker connect as, owns nothing and gets only row privileges (SELECT, INSERT, UPDATE, DELETE)
// through default privileges, so tables added by later migrations are granted automatically.
// The audit table's UPDATE/DELETE/TRUNCATE are revoked again by a migration.

export type RoleNames = { owner: string; app: string };
export const DEFAULT_ROLE_NAMES: RoleNames = { owner: "expat_owner", app: "expat_app" };

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Unsafe SQL identifier: ${name}`);
  return `"${name}"`;
};
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** SQL run once per server (as a superuser or a role with CREATEROLE): the two login roles. */
export function roleSql(roles: RoleNames, passwords: { owner: string; app: string }): string {
  return [
    `CREATE ROLE ${ident(roles.owner)} LOGIN PASSWORD ${literal(passwords.owner)};`,
    // NOINHERIT: even if someone later grants it membership of a powerful role, it does not act with it.
    `CREATE ROLE ${ident(roles.app)} LOGIN NOINHERIT PASSWORD ${literal(passwords.app)};`,
  ].join("\n");
}

/** SQL run once per database, connected to that database as its owner (or a superuser). */
export function databasePrivilegesSql(database: string, roles: RoleNames): string {
  const owner = ident(roles.owner);
  const app = ident(roles.app);
  return [
    `REVOKE ALL ON DATABASE ${ident(database)} FROM PUBLIC;`,
    `GRANT CONNECT, TEMPORARY ON DATABASE ${ident(database)} TO ${app};`,
    `ALTER SCHEMA public OWNER TO ${owner};`,
    `REVOKE ALL ON SCHEMA public FROM PUBLIC;`,
    `GRANT USAGE ON SCHEMA public TO ${app};`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app};`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app};`,
    // For a database whose tables already exist (created before the roles): grant them now too.
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app};`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app};`,
  ].join("\n");
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the two roles when missing (passwords set to the given ones either way). */
export async function ensureRoles(superuserUrl: string, roles: RoleNames, passwords: { owner: string; app: string }): Promise<void> {
  await withClient(superuserUrl, async (client) => {
    const existing = new Set(
      (
        await client.query<{ rolname: string }>("SELECT rolname FROM pg_roles WHERE rolname = ANY($1)", [[roles.owner, roles.app]])
      ).rows.map((r) => r.rolname),
    );
    for (const [key, name] of Object.entries(roles) as ["owner" | "app", string][]) {
      const password = literal(passwords[key]);
      if (existing.has(name)) await client.query(`ALTER ROLE ${ident(name)} PASSWORD ${password}`);
      else await client.query(roleSql(roles, passwords).split("\n")[key === "owner" ? 0 : 1]);
    }
  });
}

/** Creates `database` owned by the owner role (optionally from a template) with the app role's privileges. */
export async function ensureAppDatabase(
  superuserUrl: string,
  database: string,
  roles: RoleNames,
  options: { template?: string } = {},
): Promise<void> {
  let created = false;
  await withClient(superuserUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount) return;
    created = true;
    const template = options.template ? ` TEMPLATE ${ident(options.template)}` : "";
    await client.query(`CREATE DATABASE ${ident(database)} OWNER ${ident(roles.owner)}${template}`);
  });
  // A copy of a template already carries the schema's privileges; otherwise (re)apply them (idempotent).
  if (options.template && created) return;
  const url = new URL(superuserUrl);
  url.pathname = `/${database}`;
  await withClient(url.toString(), (client) => client.query(databasePrivilegesSql(database, roles)).then(() => undefined));
}
