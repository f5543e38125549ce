import type { NextFunction, Request, Response } from 'express';

/**
 * Keboola's PHP client decodes a response only when its Content-Type is exactly
 * `application/json`; Express appends `; charset=utf-8`. Under /manage we answer as Keboola does.
 */
export function keboolaJsonContentType(_req: Request, res: Response, next: NextFunction): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = ((name: string, value: number | string | readonly string[]) =>
    setHeader(name, name.toLowerCase() === 'content-type' && typeof value === 'string' && value.startsWith('application/json') ? 'application/json' : value)) as Response['setHeader'];
  next();
}
