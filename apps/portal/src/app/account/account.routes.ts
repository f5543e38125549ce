import { Routes } from '@angular/router';

const unavailable = () =>
  import('./feature-unavailable.component').then((m) => m.FeatureUnavailableComponent);

export const accountRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./account-layout.component').then((m) => m.AccountLayoutComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'security' },
      {
        path: 'security',
        title: 'Account & Security – Keboola',
        loadComponent: () => import('./security/account-security.component').then((m) => m.AccountSecurityComponent),
      },
      {
        path: 'notifications',
        title: 'Notifications – Keboola',
        data: { heading: 'Notifications' },
        loadComponent: unavailable,
      },
      {
        path: 'promo-codes',
        title: 'Promo Codes – Keboola',
        data: { heading: 'Promo Codes' },
        loadComponent: unavailable,
      },
      {
        path: 'access-tokens',
        title: 'Access Tokens – Keboola',
        loadComponent: () => import('./access-tokens/access-tokens.component').then((m) => m.AccessTokensComponent),
      },
    ],
  },
];
