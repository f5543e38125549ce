// The whole test suite (the README's second command): unit and integration tests of every
// package through turbo, then the Playwright end-to-end tests in Debian Chromium.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium, ensureOathtool, ensurePnpm, ensureServices, log, run } from './lib.mjs';

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '../..'));

process.env.NG_CLI_ANALYTICS = 'false';
ensurePnpm();
run('pnpm install --frozen-lockfile');
await ensureServices();
process.env.CHROMIUM_PATH = ensureChromium();
ensureOathtool();
run('pnpm lint');
run('pnpm turbo run build');
run('pnpm turbo run test --concurrency=2');
run('pnpm turbo run e2e');
log('all tests passed');
