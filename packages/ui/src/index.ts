// `@kbc/ui`: what the apps need at start-up. Components of lazy pages live in `@kbc/ui/forms` and `@kbc/ui/layout`.
export { toApiError } from './api-error';
export { mfaPendingGuard } from './mfa-pending.guard';
export { provideKbcApp, provideKbcHttp } from './providers';
export { returnUrlOf, signInUrl } from './return-url';
export { RootComponent } from './root.component';
export { sessionExpiredInterceptor } from './session-expired.interceptor';
export { UserSession, type UserSessionOptions } from './user-session';
