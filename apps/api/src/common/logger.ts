import type { AppConfig } from '@kbc/domain';
import { randomUUID } from 'node:crypto';
import type { Params } from 'nestjs-pino';

/** Headers that carry secrets: never written to logs (the serializers below already omit headers; this is the backstop). */
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-xsrf-token"]',
  'req.headers["x-kbc-manageapitoken"]',
  'res.headers["set-cookie"]',
];

export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: REDACT, censor: '[redacted]' },
      // Honour an incoming request id (from a proxy) or make one; echo it back for support.
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
      // Query strings can carry one-time secrets (verification links): log paths only.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}
