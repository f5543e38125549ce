import { SESSION_COOKIE } from '@kbc/contract';
import type { AppConfig } from '@kbc/domain';
import type { Response } from 'express';

export function setSessionCookie(res: Response, config: AppConfig, token: string): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.session.cookieSecure,
    path: '/',
    maxAge: config.session.absoluteHours * 3600_000,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.session.cookieSecure, path: '/' });
}
