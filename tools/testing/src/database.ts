import { randomBytes } from 'node:crypto';
import pg from 'pg';

const SERVER = process.env.TEST_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432';

/** A fresh database name on the local server; the API/worker create it on boot. */
export function throwawayDatabaseUrl(label: string): string {
  const name = `kbc_test_${label.replace(/\W/g, '_')}_${process.pid}_${randomBytes(3).toString('hex')}`.toLowerCase();
  return `${SERVER}/${name}`;
}

export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** A direct connection for assertions ("nothing changed") and for arranging state tests need. */
export async function connectSql(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}
