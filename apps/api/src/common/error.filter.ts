import type { ApiErrorBody } from '@kbc/contract';
import { type DomainErrorKind, isDomainError } from '@kbc/domain';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

const STATUS: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
};

/** Nest/HTTP-layer errors (unknown route, bad JSON, ...) get readable messages too. */
const HTTP_MESSAGES: Record<number, [string, string]> = {
  400: ['bad_request', 'The request is not valid.'],
  401: ['unauthenticated', 'Sign in to continue.'],
  403: ['forbidden', 'You are not allowed to do this.'],
  404: ['not_found', 'There is nothing at this address.'],
  405: ['method_not_allowed', 'This method is not allowed here.'],
  413: ['payload_too_large', 'The request body is too large.'],
  415: ['unsupported_media_type', 'Send the request body as JSON.'],
};

/** The one place where errors become HTTP responses (`ApiErrorBody`). */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const body = this.toBody(error, req);
    if (isDomainError(error) && error.details.retryAfterSeconds) {
      res.setHeader('Retry-After', String(error.details.retryAfterSeconds));
    }
    if (/^\/manage(\/|$)/.test(req.path)) {
      // Keboola's Management API error shape, which its clients parse.
      const message = body.code === 'invalid_json' ? 'Request body not valid' : body.message;
      res.status(body.statusCode).json({ error: message, code: body.statusCode, status: 'error' });
      return;
    }
    res.status(body.statusCode).json(body);
  }

  private toBody(error: unknown, req: Request): ApiErrorBody {
    if (isDomainError(error)) {
      return { code: error.code, message: error.message, statusCode: STATUS[error.kind], ...(error.details.fields ? { fields: error.details.fields } : {}) };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      // Express's body parser throws a SyntaxError for malformed JSON; Nest wraps it.
      if (error.cause instanceof SyntaxError) {
        return { code: 'invalid_json', message: 'The request body is not valid JSON.', statusCode: 400 };
      }
      const [code, fallback] = HTTP_MESSAGES[status] ?? ['error', 'The request failed.'];
      const own = error.getResponse();
      const message = typeof own === 'object' && own && 'code' in own ? (own as ApiErrorBody).message : fallback;
      const ownCode = typeof own === 'object' && own && 'code' in own ? (own as ApiErrorBody).code : code;
      return { code: ownCode, message, statusCode: status };
    }
    // Body-parser failures arrive as plain errors carrying a status.
    const status = (error as { status?: number; type?: string }).status;
    if (status && status >= 400 && status < 500) {
      if ((error as { type?: string }).type === 'entity.parse.failed') {
        return { code: 'invalid_json', message: 'The request body is not valid JSON.', statusCode: 400 };
      }
      const [code, message] = HTTP_MESSAGES[status] ?? ['bad_request', 'The request is not valid.'];
      return { code, message, statusCode: status };
    }
    this.logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled error');
    return { code: 'internal_error', message: 'Something went wrong on our side. Try again in a moment.', statusCode: 500 };
  }
}
