// The whole test suite (the README's second command): unit and integration tests of every
// package through turbo, then the Playwright end-to-end tests in Debian Chromium.
import { ensureChromium, ensureServices, log, run } from './lib.mjs';

process.env.NG_CLI_ANALYTICS = 'false';
await ensureServices();
process.env.CHROMIUM_PATH = ensureChromium();
run('pnpm turbo run build');
run('pnpm turbo run test --concurrency=2');
run('pnpm turbo run e2e');
log('all tests passed');
