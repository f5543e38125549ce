import { APP_CONFIG, type AppConfig } from '@kbc/domain';
import { Controller, Get, Inject } from '@nestjs/common';
import { buildOpenApiDocument } from './openapi.document.js';

@Controller('api')
export class OpenApiController {
  private readonly document: Record<string, unknown>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.document = buildOpenApiDocument(config.http.publicUrl);
  }

  /** OpenAPI 3.1 description of /api, generated from the contract's zod schemas. */
  @Get('openapi.json')
  openapi(): Record<string, unknown> {
    return this.document;
  }
}
