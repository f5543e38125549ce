import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { returnUrlOf, signInUrl } from '@kbc/ui';
import { catchError, map, of } from 'rxjs';

import { SessionService } from './session.service';

/**
 * Lets signed-in users through; everyone else goes to /login (or to /login/mfa when the session waits for its
 * MFA code) and comes back afterwards.
 */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionService);
  const router = inject(Router);

  return session.ensureUser().pipe(
    map((user) => (user ? true : session.signInUrl(state.url))),
    catchError(() => of(signInUrl(router, state.url))),
  );
};

/**
 * The MFA code page is for a session that waits for its code: a signed-in user goes on to `?returnUrl=`, a
 * signed-out one to /login (keeping `?returnUrl=`).
 */
export const mfaPendingGuard: CanActivateFn = (route) => {
  const session = inject(SessionService);
  const router = inject(Router);
  const returnUrl = returnUrlOf(route);
  if (session.mfaPending()) {
    return true;
  }

  return session.ensureUser().pipe(
    map((user) => {
      if (user) {
        return router.parseUrl(returnUrl);
      }
      return session.mfaPending() ? true : signInUrl(router, returnUrl);
    }),
    // The page itself reports what is wrong when the code is sent.
    catchError(() => of(true)),
  );
};
