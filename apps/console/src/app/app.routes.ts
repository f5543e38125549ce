import { Routes } from '@angular/router';
import { mfaPendingGuard } from '@kbc/ui';

import { StaffSessionService } from './auth/staff-session.service';
import { staffGuard } from './auth/staff.guard';

// Paths are relative to the `/console/` base href.
export const routes: Routes = [
  {
    // The second step of signing in to an account with MFA; the session exists but waits for the code.
    path: 'login/mfa',
    title: 'Two-step verification – Keboola staff console',
    canActivate: [mfaPendingGuard(StaffSessionService)],
    loadComponent: () => import('./auth/mfa/mfa.component').then((m) => m.MfaComponent),
  },
  {
    path: 'login',
    title: 'Sign in – Keboola staff console',
    loadComponent: () => import('./auth/login/login.component').then((m) => m.LoginComponent),
  },
  {
    path: '',
    canActivate: [staffGuard],
    loadComponent: () => import('./layout/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'announcements' },
      {
        path: 'announcements',
        title: 'Announcements – Keboola staff console',
        loadComponent: () =>
          import('./announcements/announcements.component').then((m) => m.AnnouncementsComponent),
      },
      {
        path: 'promo-codes',
        title: 'Promo codes – Keboola staff console',
        loadComponent: () => import('./promo-codes/promo-codes.component').then((m) => m.PromoCodesComponent),
      },
      {
        path: 'users',
        title: 'Users – Keboola staff console',
        loadComponent: () => import('./users/users.component').then((m) => m.UsersComponent),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
