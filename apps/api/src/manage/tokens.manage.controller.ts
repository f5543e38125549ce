import { type VerifiedToken, keboolaDate } from '@kbc/domain';
import { Controller, Get } from '@nestjs/common';
import { Caller, ManageAuthenticated } from './manage-token.guard.js';

/** Keboola Management API: GET /manage/tokens/verify, in Keboola's shape and date format. */
@Controller('manage/tokens')
@ManageAuthenticated()
export class ManageTokensController {
  @Get('verify')
  verify(@Caller() { token, user }: VerifiedToken): Record<string, unknown> {
    return {
      id: token.id,
      description: token.description,
      created: keboolaDate(token.createdAt),
      lastUsed: keboolaDate(token.lastUsedAt),
      expires: keboolaDate(token.expiresAt),
      isSessionToken: false,
      isExpired: token.expiresAt.getTime() <= Date.now(),
      isDisabled: false,
      scopes: token.scopes,
      type: token.type,
      creator: user ? { id: user.id, name: user.name } : { id: token.id, name: token.description },
      ...(user
        ? {
            user: {
              id: user.id,
              name: user.name,
              email: user.email,
              mfaEnabled: user.mfaEnabled,
              features: [],
              canAccessLogs: true,
              isSuperAdmin: user.isSuperAdmin,
            },
          }
        : {}),
    };
  }
}
