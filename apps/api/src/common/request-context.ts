import type { RequestContext, ResolvedSession } from '@kbc/domain';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** What the session guard attaches to an authenticated request. */
export type AuthenticatedRequest = Request & { auth?: ResolvedSession };

export const requestContextOf = (req: Request): RequestContext => ({
  ip: req.ip ?? req.socket.remoteAddress ?? null,
  userAgent: req.get('user-agent') ?? null,
});

/** `@Ctx() ctx: RequestContext` — the caller's IP and user agent. */
export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext) => requestContextOf(ctx.switchToHttp().getRequest<Request>()));

/** `@Auth() auth: ResolvedSession` — the session and user resolved by SessionGuard. */
export const Auth = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const auth = ctx.switchToHttp().getRequest<AuthenticatedRequest>().auth;
  if (!auth) throw new Error('@Auth() used on a route without SessionGuard');
  return auth;
});
