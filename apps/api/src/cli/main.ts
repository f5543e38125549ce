import 'reflect-metadata';
import { ConfigError, DomainModule, ServiceUnavailableError, isDomainError, loadConfig, preflight } from '@kbc/domain';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { COMMANDS, UsageError } from './commands.js';

function help(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(78)} ${c.summary}`);
  return `Usage: pnpm kbc <command> [flags]\n\nCommands:\n${lines.join('\n')}\n\nEvery command prints JSON on success and exits 1 with a message on failure (2 for bad usage).\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help') {
    process.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`error: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  let flags: Record<string, string | boolean | undefined>;
  try {
    flags = parseArgs({ args: rest, options: command.flags, strict: true, allowPositionals: false }).values;
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\nusage: pnpm kbc ${command.usage}\n`);
    return 2;
  }
  const config = loadConfig();
  await preflight(config);
  @Module({ imports: [DomainModule.forRoot({ config, migrate: true })] })
  class CliModule {}
  const app = await NestFactory.createApplicationContext(CliModule, { logger: false, abortOnError: false });
  try {
    const result = await command.run(app, flags);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\nusage: pnpm kbc ${command.usage}\n`);
      return 2;
    }
    if (isDomainError(e)) {
      process.stderr.write(`error: ${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    const known = e instanceof ConfigError || e instanceof ServiceUnavailableError;
    process.stderr.write(`error: ${known ? (e as Error).message : ((e as Error)?.stack ?? String(e))}\n`);
    process.exit(1);
  },
);
