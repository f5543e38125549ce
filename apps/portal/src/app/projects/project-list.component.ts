import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';

import { toLoadState } from '../shared/load-state';
import { ProjectRolePipe, ProjectTypePipe } from './project-labels';
import { ProjectsApiService } from './projects-api.service';

@Component({
  selector: 'app-project-list',
  imports: [RouterLink, ProjectRolePipe, ProjectTypePipe],
  template: `
    <h1>Projects</h1>

    @let projects = state();
    @if (projects.status === 'loading') {
      <p class="muted" aria-busy="true">Loading your projects…</p>
    } @else if (projects.status === 'failed') {
      <p class="alert alert-error" role="alert">{{ projects.error.message }}</p>
    } @else if (projects.value.length === 0) {
      <p class="empty-state">You are not a member of any project yet.</p>
    } @else {
      <div class="table-wrap">
        <table class="data-table">
          <caption class="visually-hidden">Your projects</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Organization</th>
              <th scope="col">Type</th>
              <th scope="col">Your role</th>
            </tr>
          </thead>
          <tbody>
            @for (project of projects.value; track project.id) {
              <tr>
                <td><a [routerLink]="['/projects', project.id]">{{ project.name }}</a></td>
                <td>{{ project.organization.name }}</td>
                <td>{{ project.type | projectType }}</td>
                <td>{{ project.role | projectRole }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectListComponent {
  protected readonly state = toSignal(toLoadState(inject(ProjectsApiService).list()), {
    requireSync: true,
  });
}
