import type { AppConfig } from '@kbc/domain';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The built Angular apps: configured paths, or the workspace's own build output. */
export function staticDirs(config: AppConfig): { portal: string; console: string } {
  return {
    portal: resolve(config.static.portalDist ?? join(here, '../../../portal/dist/browser')),
    console: resolve(config.static.consoleDist ?? join(here, '../../../console/dist/browser')),
  };
}

const API_PATHS = /^\/(api|manage|health|ready)(\/|$)/;

/**
 * Serves the portal at / and the console at /console, each with a fallback to its index.html
 * for client-side routes. API paths never fall through to the apps.
 */
export function mountStaticApps(server: Express, config: AppConfig, log: (msg: string) => void): void {
  const dirs = staticDirs(config);
  const spa = (dir: string) => (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  };
  // Hashed bundles can be cached for long; index.html must not be.
  const assets = (dir: string) => express.static(dir, { index: false, maxAge: '1y', immutable: true });
  if (existsSync(join(dirs.console, 'index.html'))) {
    server.use('/console', assets(dirs.console), spa(dirs.console));
  } else {
    log(`staff console not built (${dirs.console}); /console is unavailable`);
  }
  if (existsSync(join(dirs.portal, 'index.html'))) {
    server.use(assets(dirs.portal));
    server.use(spa(dirs.portal));
  } else {
    log(`portal not built (${dirs.portal}); / is unavailable`);
  }
}
