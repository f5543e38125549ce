import { bootstrapApplication } from '@angular/platform-browser';
import { RootComponent } from '@kbc/ui';

import { appConfig } from './app/app.config';

bootstrapApplication(RootComponent, appConfig).catch((err: unknown) => console.error(err));
