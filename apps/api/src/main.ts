import { ConfigError, ServiceUnavailableError, loadConfig, preflight } from '@kbc/domain';
import { createApp } from './app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  const app = await createApp(config);
  await app.listen(config.http.port, config.http.host);
  process.stdout.write(`${JSON.stringify({ level: 30, msg: `API listening on ${config.http.publicUrl}`, port: config.http.port })}\n`);
}

main().catch((e: unknown) => {
  // Configuration and connectivity problems get one readable line, not a stack trace.
  if (e instanceof ConfigError || e instanceof ServiceUnavailableError) {
    process.stderr.write(`api: ${e.message}\n`);
  } else {
    process.stderr.write(`api: failed to start: ${(e as Error)?.stack ?? String(e)}\n`);
  }
  process.exit(1);
});
