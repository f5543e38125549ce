import { ManageTokenService, type VerifiedToken } from '@kbc/domain';
import { type CanActivate, type ExecutionContext, Injectable, UseGuards, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';
import { requestContextOf } from '../common/request-context.js';

export const MANAGE_TOKEN_HEADER = 'x-kbc-manageapitoken';

type ManageRequest = Request & { manage?: VerifiedToken };

/** Authenticates /manage requests by the X-KBC-ManageApiToken header (Keboola's). */
@Injectable()
export class ManageTokenGuard implements CanActivate {
  constructor(private readonly tokens: ManageTokenService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<ManageRequest>();
    req.manage = await this.tokens.verify(req.get(MANAGE_TOKEN_HEADER), requestContextOf(req));
    return true;
  }
}

export const ManageAuthenticated = () => UseGuards(ManageTokenGuard);

/** `@Caller() caller: VerifiedToken` on /manage routes. */
export const Caller = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const caller = ctx.switchToHttp().getRequest<ManageRequest>().manage;
  if (!caller) throw new Error('@Caller() used without ManageTokenGuard');
  return caller;
});
