import { ApplicationConfig } from '@angular/core';
import { provideKbcApp, provideKbcHttp, sessionExpiredInterceptor } from '@kbc/ui';

import { StaffSessionService } from './auth/staff-session.service';
import { routes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [provideKbcApp(routes), provideKbcHttp([sessionExpiredInterceptor(StaffSessionService)])],
};
