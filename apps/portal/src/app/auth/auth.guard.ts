import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { signInUrl } from '@kbc/ui';
import { catchError, map, of } from 'rxjs';

import { SessionService } from './session.service';

/** Lets signed-in users through; everyone else goes to /login and comes back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionService);
  const toSignIn = signInUrl(inject(Router), state.url);

  return session.ensureUser().pipe(
    map((user) => (user ? true : toSignIn)),
    catchError(() => of(toSignIn)),
  );
};
