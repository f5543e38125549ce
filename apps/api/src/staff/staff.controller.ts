import type { CurrentUserResponse } from '@kbc/contract';
import { type ResolvedSession, toCurrentUser } from '@kbc/domain';
import { Controller, Get } from '@nestjs/common';
import { Auth } from '../common/request-context.js';
import { StaffOnly } from '../common/session.guard.js';

/** The staff console's API. Every route here is for super admins only. */
@Controller('api/staff')
@StaffOnly()
export class StaffController {
  @Get('me')
  me(@Auth() auth: ResolvedSession): CurrentUserResponse {
    return { user: toCurrentUser(auth.user) };
  }
}
