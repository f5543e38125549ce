import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A two-column name/value table for a project's limits or metrics. */
@Component({
  selector: 'app-project-limits-table',
  template: `
    @if (entries().length === 0) {
      <p class="empty-state">{{ emptyText() }}</p>
    } @else {
      <div class="table-wrap">
        <table class="data-table" [attr.aria-labelledby]="labelledBy()">
          <thead>
            <tr>
              <th scope="col">{{ nameHeader() }}</th>
              <th scope="col" class="numeric">Value</th>
            </tr>
          </thead>
          <tbody>
            @for (entry of entries(); track entry.name) {
              <tr>
                <th scope="row"><code>{{ entry.name }}</code></th>
                <td class="numeric">{{ entry.value }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectLimitsTableComponent {
  readonly entries = input.required<readonly { name: string; value: number }[]>();
  readonly labelledBy = input.required<string>();
  readonly nameHeader = input.required<string>();
  readonly emptyText = input.required<string>();
}
