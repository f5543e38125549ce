import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { SessionService } from './session.service';

/** Calls that report their own 401 (sign-in, the session probe) are left alone. */
function handlesOwn401(url: string): boolean {
  return url === '/api/me' || url.startsWith('/api/auth/');
}

/** When the session expires mid-use, any API call answers 401: forget the user and ask them to sign in again. */
export const sessionExpiredInterceptor: HttpInterceptorFn = (req, next) => {
  const session = inject(SessionService);
  const router = inject(Router);

  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !handlesOwn401(req.url) && session.signedIn()) {
        session.clear();
        void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
      }
      return throwError(() => error);
    }),
  );
};
