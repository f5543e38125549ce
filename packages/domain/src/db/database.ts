import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';
}

/** postgres://user:secret@host/db -> postgres://user:***@host/db, for log lines. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    // Drivers also take credentials as query parameters (?password=…, ?sslkey=…).
    for (const key of [...u.searchParams.keys()]) {
      if (/pass|secret|key|token/i.test(key)) u.searchParams.set(key, '***');
    }
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

const PG_START_HINT = "start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";

/**
 * Creates the database named in `url` when it does not exist yet (connecting to the
 * `postgres` maintenance database on the same server). Fails with one readable line when the
 * server cannot be reached.
 */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const dbName = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!dbName) throw new ServiceUnavailableError(`DATABASE_URL ${redactUrl(url)} names no database`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (e) {
    throw new ServiceUnavailableError(
      `PostgreSQL at ${redactUrl(url)} is unreachable (${(e as Error).message || (e as NodeJS.ErrnoException).code}); ${PG_START_HINT}`,
    );
  }
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (!rowCount) {
      try {
        await client.query(`CREATE DATABASE "${dbName.replace(/"/g, '""')}"`);
      } catch (e) {
        // Another process created it between our check and our CREATE: fine. PostgreSQL reports
        // that as duplicate_database (42P04), or as a unique violation on pg_database's name index
        // (23505) when the two CREATEs run at the same time (replicas booting together).
        const code = (e as { code?: string }).code;
        if (code !== '42P04' && code !== '23505') throw e;
      }
    }
  } finally {
    await client.end();
  }
}

export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    extra: { max: poolSize },
  });
}

/** A fixed key so that concurrent processes (several API replicas, the CLI) migrate one at a time. */
const MIGRATION_LOCK_KEY = 7_361_042_001;

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** Ensures the database exists, connects, and (optionally) applies pending migrations. */
export async function openDatabase(opts: { url: string; poolSize?: number; migrate: boolean }): Promise<DataSource> {
  await ensureDatabase(opts.url);
  const ds = createDataSource(opts.url, opts.poolSize);
  await ds.initialize();
  if (opts.migrate) await runMigrations(ds);
  return ds;
}
