import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { switchMap } from 'rxjs';

import { toLoadState } from '../shared/load-state';
import { ProjectTypePipe, limitEntries } from './project-labels';
import { ProjectsApiService } from './projects-api.service';
import { ProjectLimitsTableComponent } from './project-limits-table.component';

@Component({
  selector: 'app-project-detail',
  imports: [DatePipe, RouterLink, ProjectLimitsTableComponent, ProjectTypePipe],
  template: `
    @let project = state();
    @if (project.status === 'loading') {
      <p class="muted" aria-busy="true">Loading the project…</p>
    } @else if (project.status === 'failed') {
      @if (notFound()) {
        <h1>Project not found</h1>
        <p>The project does not exist or you are not a member of it.</p>
      } @else {
        <h1>Project</h1>
        <p class="alert alert-error" role="alert">{{ project.error.message }}</p>
      }
      <p><a routerLink="/">Back to projects</a></p>
    } @else {
      @let detail = project.value;
      <p class="breadcrumb"><a routerLink="/">Projects</a></p>
      <h1>{{ detail.name }}</h1>

      <dl class="details">
        <div>
          <dt>Organization</dt>
          <dd>{{ detail.organization.name }}</dd>
        </div>
        <div>
          <dt>Maintainer</dt>
          <dd>{{ detail.maintainer.name }}</dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{{ detail.type | projectType }}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd><time [attr.datetime]="detail.createdAt">{{ detail.createdAt | date: 'mediumDate' }}</time></dd>
        </div>
        <div>
          <dt>Expires</dt>
          <dd>
            @if (detail.expiresAt) {
              <time [attr.datetime]="detail.expiresAt">{{ detail.expiresAt | date: 'mediumDate' }}</time>
            } @else {
              Never
            }
          </dd>
        </div>
      </dl>

      <section aria-labelledby="project-limits">
        <h2 id="project-limits">Limits</h2>
        <app-project-limits-table
          [entries]="limits()"
          labelledBy="project-limits"
          nameHeader="Limit"
          emptyText="No limits are set."
        />
      </section>

      <section aria-labelledby="project-metrics">
        <h2 id="project-metrics">Metrics</h2>
        <app-project-limits-table
          [entries]="metrics()"
          labelledBy="project-metrics"
          nameHeader="Metric"
          emptyText="No metrics reported yet."
        />
      </section>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectDetailComponent {
  private readonly api = inject(ProjectsApiService);

  /** The `:id` route parameter (component input binding). */
  readonly id = input.required<string>();

  protected readonly state = toSignal(
    toObservable(this.id).pipe(switchMap((id) => toLoadState(this.api.get(id)))),
    { initialValue: { status: 'loading' } as const },
  );
  protected readonly notFound = computed(() => {
    const state = this.state();
    return state.status === 'failed' && [400, 404].includes(state.error.statusCode);
  });
  protected readonly limits = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? limitEntries(state.value.limits) : [];
  });
  protected readonly metrics = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? limitEntries(state.value.metrics) : [];
  });
}
