import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { ProviderToken, inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import type { UserSession } from './user-session';

/**
 * When the session expires mid-use, any API call answers 401: forget the user of `session` (the app's
 * `UserSession` service) and ask them to sign in again, coming back to the current page afterwards. A 401
 * `auth.mfa_required` (the session now waits for an MFA code) opens the app's MFA code page instead.
 * Calls that report their own 401 (sign-in, the MFA code, the session's own user probe) are left alone.
 */
export function sessionExpiredInterceptor(session: ProviderToken<UserSession>): HttpInterceptorFn {
  return (req, next) => {
    const current = inject(session);
    const router = inject(Router);
    const handlesOwn401 = req.url === current.userUrl || req.url.startsWith('/api/auth/');

    return next(req).pipe(
      catchError((error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401 && !handlesOwn401 && current.signedIn()) {
          current.expire(error);
          void router.navigateByUrl(current.signInUrl(router.url));
        }
        return throwError(() => error);
      }),
    );
  };
}
