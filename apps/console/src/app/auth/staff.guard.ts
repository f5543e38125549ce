import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { signInUrl, toApiError } from '@kbc/ui';
import { catchError, map, of } from 'rxjs';

import { StaffSessionService } from './staff-session.service';

export const STAFF_ONLY_MESSAGE = 'The staff console is for Keboola employees only.';

/**
 * Staff only: signed-out users sign in first (or enter their MFA code, when the session waits for it), signed-in
 * non-staff users are told why they cannot enter.
 */
export const staffGuard: CanActivateFn = (_route, state) => {
  const session = inject(StaffSessionService);
  const router = inject(Router);

  return session.ensureUser().pipe(
    map((user) => (user ? true : session.signInUrl(state.url))),
    catchError((error: unknown) => {
      const forbidden = error instanceof HttpErrorResponse && error.status === 403;
      session.setNotice(forbidden ? STAFF_ONLY_MESSAGE : toApiError(error).message);
      return of(signInUrl(router, state.url));
    }),
  );
};
