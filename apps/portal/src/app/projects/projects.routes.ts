import { Routes } from '@angular/router';

export const projectRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Projects – Keboola',
    loadComponent: () => import('./project-list.component').then((m) => m.ProjectListComponent),
  },
  {
    path: 'projects/:id',
    title: 'Project – Keboola',
    loadComponent: () => import('./project-detail.component').then((m) => m.ProjectDetailComponent),
  },
];
