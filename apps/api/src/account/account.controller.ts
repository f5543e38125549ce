import {
  type AccountSessionsResponse,
  type MfaEnrollment,
  type MfaStatus,
  type RecoveryCodesResponse,
  type RevokeOthersResponse,
  type SecurityLogResponse,
  changePasswordRequestSchema,
  mfaCodeRequestSchema,
  mfaPasswordAndCodeRequestSchema,
} from '@kbc/contract';
import { AccountService, DomainError, MfaService, type RequestContext, type ResolvedSession } from '@kbc/domain';
import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { Auth, Ctx } from '../common/request-context.js';
import { Authenticated } from '../common/session.guard.js';
import { type Valid, ValidBody } from '../common/zod-validation.pipe.js';


/** Account Settings → Account & Security. The e-mail address is not changeable through any route. */
@Controller('api/account')
@Authenticated()
export class AccountController {
  constructor(
    private readonly account: AccountService,
    private readonly mfa: MfaService,
  ) {}

  @Post('password')
  @HttpCode(204)
  async changePassword(
    @ValidBody(changePasswordRequestSchema) body: Valid<typeof changePasswordRequestSchema>,
    @Auth() auth: ResolvedSession,
    @Ctx() ctx: RequestContext,
  ): Promise<void> {
    await this.account.changePassword(auth.user.id, auth.session.id, body, ctx);
  }

  @Get('mfa')
  mfaStatus(@Auth() auth: ResolvedSession): Promise<MfaStatus> {
    return this.mfa.status(auth.user.id);
  }

  @Post('mfa/setup')
  @HttpCode(200)
  setupMfa(@Auth() auth: ResolvedSession): Promise<MfaEnrollment> {
    return this.mfa.beginSetup(auth.user.id);
  }

  @Post('mfa/activate')
  @HttpCode(200)
  async activateMfa(
    @ValidBody(mfaCodeRequestSchema) body: Valid<typeof mfaCodeRequestSchema>,
    @Auth() auth: ResolvedSession,
    @Ctx() ctx: RequestContext,
  ): Promise<RecoveryCodesResponse> {
    return { recoveryCodes: await this.mfa.activate(auth.user.id, body.code, ctx) };
  }

  @Post('mfa/reconfigure')
  @HttpCode(200)
  reconfigureMfa(
    @ValidBody(mfaCodeRequestSchema) body: Valid<typeof mfaCodeRequestSchema>,
    @Auth() auth: ResolvedSession,
    @Ctx() ctx: RequestContext,
  ): Promise<MfaEnrollment> {
    return this.mfa.beginReconfigure(auth.user.id, body.code, ctx);
  }

  @Post('mfa/reconfigure/confirm')
  @HttpCode(204)
  async confirmReconfigureMfa(
    @ValidBody(mfaCodeRequestSchema) body: Valid<typeof mfaCodeRequestSchema>,
    @Auth() auth: ResolvedSession,
    @Ctx() ctx: RequestContext,
  ): Promise<void> {
    await this.mfa.confirmReconfigure(auth.user.id, body.code, ctx);
  }

  @Post('mfa/recovery-codes')
  @HttpCode(200)
  async regenerateRecoveryCodes(
    @ValidBody(mfaPasswordAndCodeRequestSchema) body: Valid<typeof mfaPasswordAndCodeRequestSchema>,
    @Auth() auth: ResolvedSession,
    @Ctx() ctx: RequestContext,
  ): Promise<RecoveryCodesResponse> {
    return { recoveryCodes: await this.mfa.regenerateRecoveryCodes(auth.user.id, body.password, body.code, ctx) };
  }

  @Post('mfa/disable')
  @HttpCode(204)
  async disableMfa(
    @ValidBody(mfaPasswordAndCodeRequestSchema) body: Valid<typeof mfaPasswordAndCodeRequestSchema>,
    @Auth() auth: ResolvedSession,
    @Ctx() ctx: RequestContext,
  ): Promise<void> {
    await this.mfa.disable(auth.user.id, body.password, body.code, ctx);
  }

  @Get('sessions')
  async sessions(@Auth() auth: ResolvedSession): Promise<AccountSessionsResponse> {
    return { sessions: await this.account.listSessions(auth.user.id, auth.session.id) };
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  async endSession(@Param('id') id: string, @Auth() auth: ResolvedSession, @Ctx() ctx: RequestContext): Promise<void> {
    await this.account.endSession(auth.user.id, auth.session.id, id, ctx);
  }

  @Post('sessions/revoke-others')
  @HttpCode(200)
  async endOtherSessions(@Auth() auth: ResolvedSession, @Ctx() ctx: RequestContext): Promise<RevokeOthersResponse> {
    return { ended: await this.account.endOtherSessions(auth.user.id, auth.session.id, ctx) };
  }

  @Get('security-log')
  securityLog(@Auth() auth: ResolvedSession, @Query('page') page = '1'): Promise<SecurityLogResponse> {
    if (!/^\d{1,6}$/.test(page) || Number(page) < 1) throw new DomainError('invalid', 'page.invalid', 'A page number is a whole number from 1.');
    return this.account.securityLog(auth.user.id, Number(page));
  }
}
