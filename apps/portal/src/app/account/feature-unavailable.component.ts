import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Placeholder for account sections that are not built yet; `heading` comes from the route's data. */
@Component({
  selector: 'app-feature-unavailable',
  template: `
    <h2>{{ heading() }}</h2>
    <p>This feature is not available yet.</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeatureUnavailableComponent {
  readonly heading = input.required<string>();
}
