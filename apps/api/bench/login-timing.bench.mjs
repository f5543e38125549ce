// Benchmark: does a failed sign-in take the same time whether or not the e-mail has an account?
// (If not, response time would reveal which e-mails are registered.) Runs the built API
// in-process on a throwaway database and compares, in the same run:
//   baseline  — known e-mail, wrong password (argon2 verify of the real hash)
//   candidate — unknown e-mail (argon2 verify of a dummy hash)
// and, for scale, a successful sign-in. Prints median and p90 for each and the ratio.
// Usage: pnpm --filter @kbc/api bench:login [rounds]
import { loadConfig } from '@kbc/domain';
import { TestClient, dropDatabase, flushRedisPrefix, testEnv, throwawayDatabaseUrl } from '@kbc/testing';
import { createApp } from '../dist/app.js';

const rounds = Number(process.argv[2] ?? 40);
const databaseUrl = throwawayDatabaseUrl('bench');
const prefix = `kbcbench-${process.pid}`;
// Rate limits would turn failures into 429s mid-run: give the benchmark its own generous window.
const config = loadConfig(testEnv({ databaseUrl, prefix }));
const app = await createApp(config);
await app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${app.getHttpServer().address().port}`;
const password = 'benchmark password 2026';
const known = 'known.user@example.com';
await new TestClient(url).post('/api/auth/signup', { email: known, name: 'Bench', password });

async function time(body, ip) {
  const client = new TestClient(url);
  await client.get('/health');
  const started = process.hrtime.bigint();
  const res = await client.post('/api/auth/login', body, { headers: { 'x-forwarded-for': ip } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (![200, 401].includes(res.status)) throw new Error(`unexpected ${res.status}: ${JSON.stringify(res.body)}`);
  return ms;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p90: s[Math.floor(s.length * 0.9)] };
};

const results = { 'known e-mail, wrong password (baseline)': [], 'unknown e-mail': [], 'right password': [] };
// Interleave the three kinds so machine noise hits them alike; a fresh IP per attempt keeps
// the per-IP limit out of the way, and the per-account limit is reset by the successes.
for (let i = 0; i < rounds; i++) {
  const ip = `198.51.100.${(i % 250) + 1}`;
  results['known e-mail, wrong password (baseline)'].push(await time({ email: known, password: `wrong ${i}` }, ip));
  results['unknown e-mail'].push(await time({ email: `nobody${i}@example.com`, password: `wrong ${i}` }, ip));
  results['right password'].push(await time({ email: known, password }, ip));
}

console.log(`login timing, ${rounds} rounds each (ms)`);
for (const [name, xs] of Object.entries(results)) {
  const { median, p90 } = stats(xs);
  console.log(`  ${name.padEnd(42)} median ${median.toFixed(1).padStart(7)}   p90 ${p90.toFixed(1).padStart(7)}`);
}
const base = stats(results['known e-mail, wrong password (baseline)']).median;
const cand = stats(results['unknown e-mail']).median;
const ratio = cand / base;
console.log(`  unknown / known-wrong median ratio: ${ratio.toFixed(2)} (1.00 = indistinguishable; outside 0.80–1.25 would leak)`);

await app.close();
await flushRedisPrefix(prefix);
await dropDatabase(databaseUrl);
process.exitCode = ratio < 0.8 || ratio > 1.25 ? 1 : 0;
