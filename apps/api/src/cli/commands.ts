import type { ProjectRole, ProjectType } from '@kbc/contract';
import { DemoSeed, DirectoryService, ManageTokenService, MfaService, UserService, runMigrations } from '@kbc/domain';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

export class UsageError extends Error {}

type Flags = Record<string, string | boolean | undefined>;

export interface Command {
  usage: string;
  summary: string;
  flags: Record<string, { type: 'string' | 'boolean' }>;
  run(app: INestApplicationContext, flags: Flags): Promise<unknown>;
}

function str(flags: Flags, name: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${name} is required`);
  return v;
}

function id(flags: Flags, name: string): number {
  const v = str(flags, name);
  if (!/^\d+$/.test(v) || Number(v) <= 0) throw new UsageError(`--${name} must be a positive whole number, got "${v}"`);
  return Number(v);
}

export const COMMANDS: Record<string, Command> = {
  migrate: {
    usage: 'migrate',
    summary: 'apply pending database migrations',
    flags: {},
    run: async (app) => ({ applied: await runMigrations(app.get(DataSource)) }),
  },
  seed: {
    usage: 'seed',
    summary: 'add demo data when the database has no users yet',
    flags: {},
    run: async (app) => ({ seeded: await app.get(DemoSeed).seedIfEmpty() }),
  },
  'user:create': {
    usage: 'user:create --email E --name N --password P [--super-admin] [--verified]',
    summary: 'create a user (optionally a Keboola employee, optionally with the e-mail already verified)',
    flags: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, 'super-admin': { type: 'boolean' }, verified: { type: 'boolean' } },
    run: async (app, f) => {
      const password = str(f, 'password');
      if (password.length < 8 || password.length > 128) throw new UsageError('--password needs 8 to 128 characters');
      const email = str(f, 'email');
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) throw new UsageError(`--email "${email}" is not an e-mail address`);
      const u = await app.get(UserService).create({ email, name: str(f, 'name'), password, isSuperAdmin: f['super-admin'] === true, verified: f.verified === true });
      return { id: u.id, email: u.email, name: u.name, isSuperAdmin: u.isSuperAdmin, emailVerified: u.emailVerifiedAt !== null };
    },
  },
  'user:reset-mfa': {
    usage: 'user:reset-mfa --user ID|EMAIL',
    summary: 'turn off a user\'s MFA (lost device and no recovery codes); the user is e-mailed',
    flags: { user: { type: 'string' } },
    run: async (app, f) => {
      const user = await app.get(UserService).getByIdOrEmail(str(f, 'user'));
      await app.get(MfaService).resetByOperator(user.id);
      return { id: user.id, email: user.email, mfaEnabled: false };
    },
  },
  'token:create-super': {
    usage: 'token:create-super --description D [--scopes a,b] [--expires-in-days N]',
    summary: 'create an application (super) Management API token; the token is printed once',
    flags: { description: { type: 'string' }, scopes: { type: 'string' }, 'expires-in-days': { type: 'string' } },
    run: async (app, f) => {
      const scopes = typeof f.scopes === 'string' ? f.scopes.split(',').map((s) => s.trim()).filter(Boolean) : [];
      const bad = scopes.find((s) => !/^[a-z][a-z0-9:._-]{0,63}$/i.test(s));
      if (bad) throw new UsageError(`--scopes: "${bad}" is not a scope name`);
      const days = f['expires-in-days'] === undefined ? 365 : id(f, 'expires-in-days');
      const token = await app.get(ManageTokenService).createSuperToken({ description: str(f, 'description'), scopes, expiresInDays: days });
      return { id: token.id, token: token.secret, scopes, expires: token.expiresAt.toISOString() };
    },
  },
  'maintainer:create': {
    usage: 'maintainer:create --name N',
    summary: 'create a maintainer',
    flags: { name: { type: 'string' } },
    run: async (app, f) => app.get(DirectoryService).createMaintainer(str(f, 'name')),
  },
  'maintainer:add-user': {
    usage: 'maintainer:add-user --maintainer ID --user ID|EMAIL',
    summary: 'make a user a member of a maintainer',
    flags: { maintainer: { type: 'string' }, user: { type: 'string' } },
    run: async (app, f) => {
      const user = await app.get(UserService).getByIdOrEmail(str(f, 'user'));
      await app.get(DirectoryService).addMaintainerMember(id(f, 'maintainer'), user.id);
      return { maintainerId: id(f, 'maintainer'), userId: user.id };
    },
  },
  'org:create': {
    usage: 'org:create --maintainer ID --name N',
    summary: 'create an organization under a maintainer',
    flags: { maintainer: { type: 'string' }, name: { type: 'string' } },
    run: async (app, f) => app.get(DirectoryService).createOrganization(id(f, 'maintainer'), str(f, 'name')),
  },
  'org:add-user': {
    usage: 'org:add-user --org ID --user ID|EMAIL',
    summary: 'make a user a member of an organization',
    flags: { org: { type: 'string' }, user: { type: 'string' } },
    run: async (app, f) => {
      const user = await app.get(UserService).getByIdOrEmail(str(f, 'user'));
      await app.get(DirectoryService).addOrganizationMember(id(f, 'org'), user.id);
      return { organizationId: id(f, 'org'), userId: user.id };
    },
  },
  'project:create': {
    usage: 'project:create --org ID --name N [--type production|poc|demo] [--expires-in-days D]',
    summary: 'create a project in an organization',
    flags: { org: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, 'expires-in-days': { type: 'string' } },
    run: async (app, f) => {
      const days = f['expires-in-days'] === undefined ? null : id(f, 'expires-in-days');
      return app.get(DirectoryService).createProject({
        organizationId: id(f, 'org'),
        name: str(f, 'name'),
        type: ((f.type as string | undefined) ?? 'production') as ProjectType,
        expiresAt: days ? new Date(Date.now() + days * 86_400_000) : null,
      });
    },
  },
  'project:add-user': {
    usage: 'project:add-user --project ID --user ID|EMAIL [--role admin|guest|readOnly|share]',
    summary: 'add a user to a project (default role: admin)',
    flags: { project: { type: 'string' }, user: { type: 'string' }, role: { type: 'string' } },
    run: async (app, f) => {
      const user = await app.get(UserService).getByIdOrEmail(str(f, 'user'));
      return app.get(DirectoryService).addProjectMember(id(f, 'project'), user.id, ((f.role as string | undefined) ?? 'admin') as ProjectRole);
    },
  },
};

