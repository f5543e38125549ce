import { CSRF_COOKIE, CSRF_HEADER, type ApiErrorBody } from '@kbc/contract';
import { hmacSha256, randomToken, safeEqual } from '@kbc/domain';
import type { NextFunction, Request, Response } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for cookie-authenticated writes: a signed double-submit token. The API sets a
 * readable XSRF-TOKEN cookie (random value + HMAC with the server secret); Angular's HttpClient
 * echoes it in X-XSRF-TOKEN on writes. A cross-site page can neither read the cookie nor forge
 * a signed value, so a write without a matching, validly signed header is refused.
 */
export function csrfMiddleware(secret: string, secureCookie: boolean) {
  const sign = (nonce: string) => `${nonce}.${hmacSha256(secret, nonce)}`;
  const isValid = (token: string | undefined): token is string => {
    if (!token) return false;
    const [nonce, mac] = token.split('.');
    return !!nonce && !!mac && safeEqual(mac, hmacSha256(secret, nonce));
  };

  return (req: Request, res: Response, next: NextFunction) => {
    // The Management API authenticates by header, never by cookie: no CSRF pair there.
    if (/^\/manage(\/|$)/.test(req.path)) return next();
    const cookie: string | undefined = req.cookies?.[CSRF_COOKIE];
    if (!isValid(cookie)) {
      res.cookie(CSRF_COOKIE, sign(randomToken(18)), { httpOnly: false, sameSite: 'lax', secure: secureCookie, path: '/' });
    }
    if (SAFE_METHODS.has(req.method) || !req.path.startsWith('/api/')) return next();
    const header = req.get(CSRF_HEADER);
    if (isValid(cookie) && header && safeEqual(header, cookie)) return next();
    const body: ApiErrorBody = {
      code: 'csrf_invalid',
      message: 'This request is missing its security token. Reload the page and try again.',
      statusCode: 403,
    };
    res.status(403).json(body);
  };
}
