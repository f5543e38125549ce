import { type CreateManageTokenResponse, type ManageTokenListResponse, createManageTokenRequestSchema } from '@kbc/contract';
import { DomainError, ManageTokenService, type RequestContext, type ResolvedSession } from '@kbc/domain';
import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { pathId } from '../common/path-id.js';
import { Auth, Ctx } from '../common/request-context.js';
import { Authenticated } from '../common/session.guard.js';
import { type Valid, ValidBody } from '../common/zod-validation.pipe.js';

/** Account Settings → Access Tokens: the user's Management API tokens. */
@Controller('api/account/tokens')
@Authenticated()
export class TokensController {
  constructor(private readonly tokens: ManageTokenService) {}

  @Get()
  async list(@Auth() auth: ResolvedSession): Promise<ManageTokenListResponse> {
    return { tokens: await this.tokens.list(auth.user.id), policy: this.tokens.policy };
  }

  @Post()
  @HttpCode(201)
  create(
    @ValidBody(createManageTokenRequestSchema) body: Valid<typeof createManageTokenRequestSchema>,
    @Auth() auth: ResolvedSession,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateManageTokenResponse> {
    return this.tokens.createForUser(auth.user.id, body, ctx);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string, @Auth() auth: ResolvedSession, @Ctx() ctx: RequestContext): Promise<void> {
    const tokenId = pathId(id, () => new DomainError('not_found', 'token.not_found', 'That token does not exist or was already deleted.'));
    await this.tokens.deleteForUser(auth.user.id, tokenId, ctx);
  }
}
