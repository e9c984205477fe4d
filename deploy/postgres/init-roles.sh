#!/bin/sh
# First start of the database container: the two roles and the database of README "Database
# roles", and the timeouts PgBouncer cannot pass as startup parameters (README "Behind PgBouncer").
set -eu
psql -v ON_ERROR_STOP=1 --username postgres <<SQL
CREATE ROLE expat_owner LOGIN PASSWORD '${OWNER_DB_PASSWORD}';
CREATE ROLE expat_app LOGIN NOINHERIT PASSWORD '${APP_DB_PASSWORD}';
ALTER ROLE expat_app SET statement_timeout = '15s';
ALTER ROLE expat_app SET idle_in_transaction_session_timeout = '30s';
CREATE DATABASE expat OWNER expat_owner;
\c expat
REVOKE ALL ON DATABASE expat FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE expat TO expat_app;
ALTER SCHEMA public OWNER TO expat_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO expat_app;
ALTER DEFAULT PRIVILEGES FOR ROLE expat_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO expat_app;
ALTER DEFAULT PRIVILEGES FOR ROLE expat_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO expat_app;
SQL
