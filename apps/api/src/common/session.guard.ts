import { MFA_REQUIRED_CODE, SESSION_COOKIE } from '@kbc/contract';
import { DomainError, SessionService } from '@kbc/domain';
import { type CanActivate, type ExecutionContext, Injectable, SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedRequest } from './request-context.js';

const STAFF_ONLY = 'kbc:staffOnly';
const MFA_PENDING_OK = 'kbc:mfaPendingOk';

/** Resolves the session cookie; refuses anonymous callers (401) and, on staff routes, non-staff (403). */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token: string | undefined = req.cookies?.[SESSION_COOKIE];
    const auth = token ? await this.sessions.resolve(token) : null;
    if (!auth) throw new DomainError('unauthenticated', 'auth.required', 'Sign in to continue.');
    const mfaPendingOk = this.reflector.getAllAndOverride<boolean>(MFA_PENDING_OK, [context.getHandler(), context.getClass()]);
    if (!auth.session.mfaPassed && !mfaPendingOk) {
      throw new DomainError('unauthenticated', MFA_REQUIRED_CODE, 'Enter the code from your authenticator app to continue.');
    }
    const staffOnly = this.reflector.getAllAndOverride<boolean>(STAFF_ONLY, [context.getHandler(), context.getClass()]);
    if (staffOnly && !auth.user.isSuperAdmin) {
      throw new DomainError('forbidden', 'auth.staff_only', 'The staff console is for Keboola employees only.');
    }
    req.auth = auth;
    return true;
  }
}

/** A route for any signed-in user. */
export const Authenticated = () => UseGuards(SessionGuard);

/** A route that a session waiting for its MFA code may use (the code step itself, sign-out). */
export const MfaPendingAllowed = () => applyDecorators(SetMetadata(MFA_PENDING_OK, true), UseGuards(SessionGuard));

/** A route for Keboola employees (super admins) only. */
export const StaffOnly = () => applyDecorators(SetMetadata(STAFF_ONLY, true), UseGuards(SessionGuard));
