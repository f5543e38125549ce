import { ConfigError, ServiceUnavailableError, loadConfig, preflight } from '@kbc/domain';
import { createWorker } from './worker.js';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  await createWorker(config);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof ServiceUnavailableError) {
    process.stderr.write(`worker: ${e.message}\n`);
  } else {
    process.stderr.write(`worker: failed to start: ${(e as Error)?.stack ?? String(e)}\n`);
  }
  process.exit(1);
});
