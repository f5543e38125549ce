import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

export interface NavLink {
  readonly path: string;
  readonly label: string;
}

/**
 * A vertical list of section links, the current one marked (`aria-current="page"`). Put it on a `<nav>` and
 * name that: `<nav kbc-side-nav aria-label="Staff" [links]="links"></nav>`.
 */
@Component({
  selector: 'nav[kbc-side-nav]',
  imports: [RouterLink, RouterLinkActive],
  host: { class: 'side-nav' },
  template: `
    <ul>
      @for (link of links(); track link.path) {
        <li>
          <a [routerLink]="link.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{ link.label }}</a>
        </li>
      }
    </ul>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SideNavComponent {
  readonly links = input.required<readonly NavLink[]>();
}
