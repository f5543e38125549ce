// The README's first command: install, build, migrate, seed demo data on an empty database, and
// run the API (which serves the portal at / and the console at /console) and the worker.
// Ctrl-C stops everything.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePnpm, ensureServices, log, run } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
process.env.NG_CLI_ANALYTICS = 'false';

ensurePnpm();
run('pnpm install --frozen-lockfile');
await ensureServices();
run('pnpm turbo run build');
run('node apps/api/dist/cli/main.js migrate', { stdio: ['ignore', 'ignore', 'inherit'] });
run('node apps/api/dist/cli/main.js seed', { stdio: ['ignore', 'ignore', 'inherit'] });

const children = [
  ['api', 'apps/api/dist/main.js'],
  ['worker', 'apps/worker/dist/main.js'],
].map(([name, script]) => {
  const child = spawn(process.execPath, [script], { stdio: 'inherit', env: process.env });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      log(`${name} exited (${signal ?? code}); stopping everything`);
      stop(1);
    }
  });
  return child;
});

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  log('stopping API and worker…');
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r))))).then(() => process.exit(code));
  setTimeout(() => process.exit(code), 15_000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const url = process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
const localUrl = `http://127.0.0.1:${process.env.PORT ?? 3000}`;
async function untilReady() {
  for (let i = 0; i < 240 && !stopping; i++) {
    try {
      if ((await fetch(`${localUrl}/ready`)).ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
untilReady().then((ready) => {
  if (stopping) return;
  if (!ready) return log(`the API did not become ready at ${localUrl}/ready; see the log above`);
  log('');
  log(`Portal:        ${url}/`);
  log(`Staff console: ${url}/console/`);
  log(`Demo user:     demo@keboola.com / try-keboola-2026`);
  log(`Staff user:    staff@keboola.com / keboola-employee-2026`);
  log(process.env.SMTP_URL ? 'Mail is sent through SMTP_URL' : `Mail is written to ${join(root, process.env.MAIL_DIR ?? 'var/mail')} (verification links are in there)`);
  log('Press Ctrl-C to stop.');
});
