import { TestSmtpServer, dropDatabase, flushRedisPrefix, testEnv, throwawayDatabaseUrl } from '@kbc/testing';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

async function waitForReady(url: string, proc: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`API exited with code ${proc.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/ready`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`API not ready at ${url} within ${timeoutMs} ms`);
}

/** Accounts the specs use; created through the operator CLI, as an operator would. */
export const E2E_PASSWORD = 'e2e-password-for-tests';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const smtp = await new TestSmtpServer().start();
  const mailDir = mkdtempSync(join(tmpdir(), 'kbc-e2e-mail-'));
  let seq = 0;
  // Specs run in other processes: they read captured mail from this folder.
  smtp.onMessage = (m) => writeFileSync(join(mailDir, `${String(seq++).padStart(5, '0')}.json`), JSON.stringify({ to: m.to, subject: m.subject, text: m.text }));

  const port = await freePort();
  const databaseUrl = throwawayDatabaseUrl('e2e');
  const prefix = `kbctest-e2e-${randomBytes(3).toString('hex')}`;
  const env = {
    ...process.env,
    ...testEnv({ databaseUrl, smtpUrl: smtp.url, prefix, port }),
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    MFA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  };
  const cli = (...args: string[]) => JSON.parse(execFileSync('node', [join(root, 'apps/api/dist/cli/main.js'), ...args], { env, encoding: 'utf8' }));

  cli('migrate');
  const staff = cli('user:create', '--email', 'staff.e2e@keboola.com', '--name', 'Staff Person', '--password', E2E_PASSWORD, '--super-admin', '--verified');
  const member = cli('user:create', '--email', 'member.e2e@example.com', '--name', 'Member Person', '--password', E2E_PASSWORD, '--verified');
  // A super admin who turns MFA on (in the console spec, through the portal) and then signs in to the console with a code.
  const staffMfa = cli('user:create', '--email', 'staff.mfa.e2e@keboola.com', '--name', 'Staff MFA Person', '--password', E2E_PASSWORD, '--super-admin', '--verified');
  // Account & Security: one user per spec, since MFA and password changes are destructive.
  const securityUsers = {
    E2E_MFA_ENABLE_EMAIL: ['mfa.enable.e2e@example.com', 'Enabling Person'],
    E2E_MFA_RECOVERY_EMAIL: ['mfa.recovery.e2e@example.com', 'Recovering Person'],
    E2E_MFA_RECONFIGURE_EMAIL: ['mfa.reconfigure.e2e@example.com', 'Reconfiguring Person'],
    E2E_MFA_DISABLE_EMAIL: ['mfa.disable.e2e@example.com', 'Disabling Person'],
    E2E_PASSWORD_EMAIL: ['password.e2e@example.com', 'Password Person'],
    E2E_SESSIONS_EMAIL: ['sessions.e2e@example.com', 'Sessions Person'],
  };
  for (const [variable, [email, name]] of Object.entries(securityUsers)) {
    process.env[variable] = cli('user:create', '--email', email, '--name', name, '--password', E2E_PASSWORD, '--verified').email;
  }
  const maintainer = cli('maintainer:create', '--name', 'E2E Maintainer');
  const org = cli('org:create', '--maintainer', String(maintainer.id), '--name', 'E2E Organization');
  const project = cli('project:create', '--org', String(org.id), '--name', 'E2E Analytics', '--type', 'production');
  cli('project:create', '--org', String(org.id), '--name', 'Someone Else Project', '--type', 'demo');
  cli('project:add-user', '--project', String(project.id), '--user', member.email);

  const logs = join(root, 'e2e/test-results');
  mkdirSync(logs, { recursive: true });
  const start = (name: string, script: string) => {
    const proc = spawn('node', [join(root, script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout!.on('data', (d) => process.env.E2E_VERBOSE && process.stdout.write(`[${name}] ${d}`));
    proc.stderr!.on('data', (d) => process.stderr.write(`[${name}] ${d}`));
    return proc;
  };
  const api = start('api', 'apps/api/dist/main.js');
  const worker = start('worker', 'apps/worker/dist/main.js');
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForReady(baseUrl, api);

  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_MAIL_DIR = mailDir;
  process.env.E2E_STAFF_EMAIL = staff.email;
  process.env.E2E_STAFF_MFA_EMAIL = staffMfa.email;
  process.env.E2E_MEMBER_EMAIL = member.email;
  process.env.E2E_PROJECT_ID = String(project.id);

  return async () => {
    const stopped = (p: ChildProcess) => new Promise<void>((r) => (p.exitCode !== null ? r() : p.once('exit', () => r())));
    api.kill('SIGTERM');
    worker.kill('SIGTERM');
    await Promise.all([stopped(api), stopped(worker)]);
    await smtp.stop();
    await flushRedisPrefix(prefix);
    await dropDatabase(databaseUrl);
    rmSync(mailDir, { recursive: true, force: true });
  };
}
