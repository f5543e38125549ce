// Helpers shared by the dev scripts (plain Node, no dependencies: they run before `pnpm install`).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';

export const log = (msg) => process.stdout.write(`\x1b[36m[kbc]\x1b[0m ${msg}\n`);
export const fail = (msg) => {
  process.stderr.write(`\x1b[31m[kbc] ${msg}\x1b[0m\n`);
  process.exit(1);
};

export function run(cmd, opts = {}) {
  log(`$ ${cmd}`);
  const res = spawnSync(cmd, { shell: true, stdio: 'inherit', ...opts });
  if (res.status !== 0) fail(`command failed (exit ${res.status}): ${cmd}`);
}

export const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function reachable(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitFor(host, port, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await reachable(host, port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const hostPort = (url, defaultPort) => {
  const u = new URL(url);
  return [u.hostname === 'localhost' ? '127.0.0.1' : u.hostname, Number(u.port || defaultPort)];
};

/** Makes sure PostgreSQL and Redis answer; starts the local ones (Debian packages) if they do not. */
export async function ensureServices() {
  const [pgHost, pgPort] = hostPort(process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/kbc_account', 5432);
  if (!(await reachable(pgHost, pgPort))) {
    const local = ['127.0.0.1', 'localhost'].includes(pgHost);
    if (local && existsSync('/etc/postgresql')) {
      const version = readdirSync('/etc/postgresql')[0];
      run(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`);
    }
    if (!(await waitFor(pgHost, pgPort, 30))) {
      fail(`PostgreSQL at ${pgHost}:${pgPort} is unreachable; start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set DATABASE_URL`);
    }
  }
  log(`PostgreSQL is up at ${pgHost}:${pgPort}`);

  const [redisHost, redisPort] = hostPort(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 6379);
  if (!(await reachable(redisHost, redisPort))) {
    if (['127.0.0.1', 'localhost'].includes(redisHost) && has('redis-server')) {
      run(`redis-server --daemonize yes --bind 127.0.0.1 --port ${redisPort} --save "" --appendonly no`);
    }
    if (!(await waitFor(redisHost, redisPort, 20))) {
      fail(`Redis at ${redisHost}:${redisPort} is unreachable; start it (redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no) or set REDIS_URL`);
    }
  }
  log(`Redis is up at ${redisHost}:${redisPort}`);
}

/** pnpm 10.34.9 (the repo's packageManager); installed with npm when missing or different. */
export function ensurePnpm() {
  const version = spawnSync('pnpm', ['--version'], { encoding: 'utf8' }).stdout?.trim();
  if (version === '10.34.9') return;
  log(version ? `pnpm ${version} found; installing pnpm 10.34.9` : 'pnpm not found; installing pnpm 10.34.9 with npm');
  run('npm install --global pnpm@10.34.9');
}

/** Installs a Debian package when its file is missing and we may (root with apt-get); says whether it is there. */
function ensureDebianPackage(pkg, path) {
  if (existsSync(path)) return true;
  if (process.getuid?.() === 0 && has('apt-get')) {
    log(`${path} missing: installing Debian ${pkg}`);
    run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`);
  }
  return existsSync(path);
}

/** Debian's Chromium for Playwright (browsers are never downloaded). */
export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (ensureDebianPackage('chromium', path)) return path;
  fail(`Chromium not found at ${path}; install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`);
}

/** oathtool, an independent RFC 6238 implementation the TOTP tests check against. */
export function ensureOathtool() {
  if (!ensureDebianPackage('oathtool', '/usr/bin/oathtool')) log('oathtool not available: its cross-check test is skipped');
}

export const gitRoot = () => execSync('git rev-parse --show-toplevel', { encoding: 'utf8' }).trim();
