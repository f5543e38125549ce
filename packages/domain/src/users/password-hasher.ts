import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline: m=19 MiB, t=2, p=1 (~70 ms here). */
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /** Used when the e-mail is unknown, so that a miss costs as much time as a wrong password. */
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return hash(password.normalize('NFKC'), OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    const target = passwordHash ?? (await (this.dummyHash ??= this.hash('dummy-password-for-timing')));
    try {
      const ok = await verify(target, password.normalize('NFKC'));
      return ok && passwordHash !== null;
    } catch {
      return false;
    }
  }
}
