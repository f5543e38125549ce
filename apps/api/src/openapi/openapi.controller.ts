import { APP_CONFIG, type AppConfig } from '@kbc/domain';
import { Controller, Get, Inject } from '@nestjs/common';
import { buildManageOpenApiDocument } from './manage-openapi.document.js';
import { buildOpenApiDocument } from './openapi.document.js';

@Controller()
export class OpenApiController {
  private readonly document: Record<string, unknown>;
  private readonly manageDocument: Record<string, unknown>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.document = buildOpenApiDocument(config.http.publicUrl);
    this.manageDocument = buildManageOpenApiDocument(config.http.publicUrl);
  }

  /** OpenAPI 3.1 description of the Management API (public: no token needed to read it). */
  @Get('manage/openapi.json')
  manageOpenapi(): Record<string, unknown> {
    return this.manageDocument;
  }

  /** OpenAPI 3.1 description of /api, generated from the contract's zod schemas. */
  @Get('api/openapi.json')
  openapi(): Record<string, unknown> {
    return this.document;
  }
}
