import { HttpInterceptorFn, provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  EnvironmentProviders,
  makeEnvironmentProviders,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { Routes, provideRouter, withComponentInputBinding } from '@angular/router';
import type * as contract from '@kbc/contract';

/*
 * The API's CSRF cookie and header. Importing the values at runtime would pull the contract's zod schemas into
 * the browser bundle; the literal types taken from the contract make the build fail if the two ever disagree.
 */
const CSRF_COOKIE: typeof contract.CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER: typeof contract.CSRF_HEADER = 'X-XSRF-TOKEN';

/** What both apps run on: zoneless change detection, and the router binding route parameters and data to component inputs. */
export function provideKbcApp(routes: Routes): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
  ]);
}

/** HttpClient for the Keboola API: its CSRF cookie/header names, then the app's interceptors. */
export function provideKbcHttp(interceptors: readonly HttpInterceptorFn[] = []): EnvironmentProviders {
  return provideHttpClient(
    withInterceptors([...interceptors]),
    withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER }),
  );
}
