import {
  type CurrentUserResponse,
  type LoginResponse,
  type MfaVerifyResponse,
  mfaVerifyRequestSchema,
  type ResendVerificationResponse,
  loginRequestSchema,
  signupRequestSchema,
  verifyEmailRequestSchema,
} from '@kbc/contract';
import { APP_CONFIG, type AppConfig, AuthService, MfaService, type RequestContext, type ResolvedSession, UserService, toCurrentUser } from '@kbc/domain';
import { Controller, Get, HttpCode, Inject, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Auth, Ctx } from '../common/request-context.js';
import { Authenticated, MfaPendingAllowed } from '../common/session.guard.js';
import { type Valid, ValidBody } from '../common/zod-validation.pipe.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

@Controller('api')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
    private readonly mfa: MfaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('auth/login')
  @HttpCode(200)
  async login(
    @ValidBody(loginRequestSchema) body: Valid<typeof loginRequestSchema>,
    @Ctx() ctx: RequestContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const { user, token, mfaRequired } = await this.auth.login(body.email, body.password, body.audience, ctx);
    setSessionCookie(res, this.config, token);
    return { user: toCurrentUser(user), mfaRequired };
  }

  /** The second sign-in step for users with MFA: a code from the app, or a recovery code. */
  @Post('auth/mfa')
  @HttpCode(200)
  @MfaPendingAllowed()
  async verifyMfa(
    @ValidBody(mfaVerifyRequestSchema) body: Valid<typeof mfaVerifyRequestSchema>,
    @Auth() auth: ResolvedSession,
    @Ctx() ctx: RequestContext,
  ): Promise<MfaVerifyResponse> {
    const { user, check } = await this.mfa.completeSignIn(auth.session, body.code, ctx);
    return { user: toCurrentUser(user), ...(check.kind === 'recovery' ? { recoveryCodesLeft: check.recoveryCodesLeft } : {}) };
  }

  @Post('auth/signup')
  @HttpCode(201)
  async signup(
    @ValidBody(signupRequestSchema) body: Valid<typeof signupRequestSchema>,
    @Ctx() ctx: RequestContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CurrentUserResponse> {
    const { user, token } = await this.auth.signUp(body, ctx);
    setSessionCookie(res, this.config, token);
    return { user: toCurrentUser(user) };
  }

  @Post('auth/logout')
  @HttpCode(204)
  @MfaPendingAllowed()
  async logout(@Auth() auth: ResolvedSession, @Ctx() ctx: RequestContext, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(auth.session, ctx);
    clearSessionCookie(res, this.config);
  }

  /** Public: the link works whether or not the browser is signed in. */
  @Post('auth/verify-email')
  @HttpCode(200)
  async verifyEmail(
    @ValidBody(verifyEmailRequestSchema) body: Valid<typeof verifyEmailRequestSchema>,
    @Ctx() ctx: RequestContext,
  ): Promise<{ email: string }> {
    const user = await this.users.verifyEmail(body.token, ctx);
    return { email: user.email };
  }

  @Post('auth/resend-verification')
  @HttpCode(202)
  @Authenticated()
  async resendVerification(@Auth() auth: ResolvedSession, @Ctx() ctx: RequestContext): Promise<ResendVerificationResponse> {
    const user = await this.auth.resendVerification(auth.user.id, ctx);
    return { sentTo: user.email };
  }

  @Get('me')
  @Authenticated()
  me(@Auth() auth: ResolvedSession): CurrentUserResponse {
    return { user: toCurrentUser(auth.user) };
  }
}
