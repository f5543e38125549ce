import { type AppConfig, loadConfig } from '@kbc/domain';
import { TestClient, TestSmtpServer, connectSql, dropDatabase, flushRedisPrefix, testEnv, throwawayDatabaseUrl } from '@kbc/testing';
import { createWorker } from '@kbc/worker';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { createApp } from '../src/app.js';

export interface Stack {
  url: string;
  /** The API application, for arranging state through domain services as an operator would. */
  app: INestApplication;
  config: AppConfig;
  smtp: TestSmtpServer;
  sql: pg.Client;
  client(): TestClient;
  close(): Promise<void>;
}

/**
 * The real thing, in-process: the API on a random port and the worker, against a throwaway
 * PostgreSQL database, an isolated Redis key prefix and an in-process SMTP server.
 */
export async function startStack(label: string, opts: { worker?: boolean; env?: Record<string, string> } = {}): Promise<Stack> {
  const smtp = await new TestSmtpServer().start();
  const databaseUrl = throwawayDatabaseUrl(label);
  const prefix = `kbctest-${label}-${randomBytes(3).toString('hex')}`;
  const config = loadConfig(testEnv({ databaseUrl, smtpUrl: smtp.url, prefix, extra: opts.env }));
  const app: INestApplication = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const worker: INestApplicationContext | undefined = opts.worker === false ? undefined : await createWorker(config);
  const sql = await connectSql(databaseUrl);
  return {
    url,
    app,
    config,
    smtp,
    sql,
    client: () => new TestClient(url),
    async close() {
      await sql.end();
      await worker?.close();
      await app.close();
      await smtp.stop();
      await flushRedisPrefix(prefix);
      await dropDatabase(databaseUrl);
    },
  };
}

let counter = 0;
/** A unique e-mail per call, so tests in one database never collide. */
export const uniqueEmail = (hint = 'user') => `${hint}.${Date.now().toString(36)}${(counter++).toString(36)}@example.com`;

export const STRONG_PASSWORD = 'correct horse battery staple';
