import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found',
  imports: [RouterLink],
  template: `
    <main class="auth-page">
      <div class="auth-card">
        <h1>Page not found</h1>
        <p>The page you are looking for does not exist.</p>
        <p><a routerLink="/">Go to Keboola Connection</a></p>
      </div>
    </main>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundComponent {}
