import { ActivatedRouteSnapshot, Router, UrlTree } from '@angular/router';

/** Both apps' sign-in page; once the user is signed in, it opens the page named by `?returnUrl=`. */
export const SIGN_IN_PATH = '/login';
const RETURN_URL_PARAM = 'returnUrl';

/**
 * The sign-in page (or `path`, another step of signing in such as the MFA code page), coming back to `returnUrl`
 * (a path of this app) afterwards.
 */
export function signInUrl(router: Router, returnUrl: string, path = SIGN_IN_PATH): UrlTree {
  return router.createUrlTree([path], { queryParams: { [RETURN_URL_PARAM]: returnUrl } });
}

/** Where the sign-in page goes next: `?returnUrl=` when it is a path of this app, else the start page. */
export function returnUrlOf(route: ActivatedRouteSnapshot): string {
  return safeReturnUrl(route.queryParamMap.get(RETURN_URL_PARAM));
}

/** Only same-app paths are followed after sign-in, so `?returnUrl=` cannot send the user to another site. */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value;
}
