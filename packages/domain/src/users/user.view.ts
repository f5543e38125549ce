import type { CurrentUser } from '@kbc/contract';
import type { User } from '../db/entities/user.entity.js';

export const toCurrentUser = (u: User): CurrentUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  emailVerified: u.emailVerifiedAt !== null,
  isSuperAdmin: u.isSuperAdmin,
  mfaEnabled: u.mfaEnabled,
  createdAt: u.createdAt.toISOString(),
});
