import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

/** Both apps' root component (`<kbc-root>` in index.html): every page comes from the router. */
@Component({
  selector: 'kbc-root',
  imports: [RouterOutlet],
  template: '<router-outlet />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RootComponent {}
