import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { signInUrl } from '@kbc/ui';
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
