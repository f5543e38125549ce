import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { catchError, map, of } from 'rxjs';

import { toApiError } from '../shared/api-error';
import { StaffSessionService } from './staff-session.service';

export const STAFF_ONLY_MESSAGE = 'The staff console is for Keboola employees only.';

/** Staff only: signed-out users sign in first, signed-in non-staff users are told why they cannot enter. */
export const staffGuard: CanActivateFn = (_route, state) => {
  const session = inject(StaffSessionService);
  const router = inject(Router);

  return session.ensureUser().pipe(
    map(() => true),
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 403) {
        session.setNotice(STAFF_ONLY_MESSAGE);
      } else if (!(error instanceof HttpErrorResponse && error.status === 401)) {
        session.setNotice(toApiError(error).message);
      }
      return of(router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } }));
    }),
  );
};
