import { Routes } from '@angular/router';
import { mfaPendingGuard } from '@kbc/ui';

import { authGuard } from './auth/auth.guard';
import { SessionService } from './auth/session.service';

export const routes: Routes = [
  {
    // The second step of signing in to an account with MFA; the session exists but waits for the code.
    path: 'login/mfa',
    title: 'Two-step verification – Keboola',
    canActivate: [mfaPendingGuard(SessionService)],
    loadComponent: () => import('./auth/mfa/mfa.component').then((m) => m.MfaComponent),
  },
  {
    path: 'login',
    title: 'Sign in – Keboola',
    loadComponent: () => import('./auth/login/login.component').then((m) => m.LoginComponent),
  },
  {
    path: 'signup',
    title: 'Create your account – Keboola',
    loadComponent: () => import('./auth/signup/signup.component').then((m) => m.SignupComponent),
  },
  {
    // Public on purpose: the link from the e-mail works whether or not the user is signed in.
    path: 'verify-email',
    title: 'Verify your e-mail – Keboola',
    loadComponent: () =>
      import('./auth/verify-email/verify-email.component').then((m) => m.VerifyEmailComponent),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./layout/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: 'account', loadChildren: () => import('./account/account.routes').then((m) => m.accountRoutes) },
      { path: '', loadChildren: () => import('./projects/projects.routes').then((m) => m.projectRoutes) },
    ],
  },
  {
    path: '**',
    title: 'Page not found – Keboola',
    loadComponent: () => import('./not-found/not-found.component').then((m) => m.NotFoundComponent),
  },
];
