import { ProviderToken, inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { catchError, map, of } from 'rxjs';

import { returnUrlOf, signInUrl } from './return-url';
import type { UserSession } from './user-session';

/**
 * Guards an app's MFA code page (`mfaPath` of `session`, the app's `UserSession` service), which is for a session
 * that waits for its code: a signed-in user goes on to `?returnUrl=`, a signed-out one to the sign-in page
 * (keeping `?returnUrl=`).
 */
export function mfaPendingGuard(session: ProviderToken<UserSession>): CanActivateFn {
  return (route) => {
    const current = inject(session);
    const router = inject(Router);
    const returnUrl = returnUrlOf(route);
    if (current.mfaPending()) {
      return true;
    }

    return current.ensureUser().pipe(
      map((user) => {
        if (user) {
          return router.parseUrl(returnUrl);
        }
        return current.mfaPending() ? true : signInUrl(router, returnUrl);
      }),
      // The page itself reports what is wrong when the code is sent.
      catchError(() => of(true)),
    );
  };
}
