import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SignInFormComponent } from '@kbc/ui/forms';

import { SessionService } from '../session.service';

@Component({
  selector: 'app-login',
  imports: [RouterLink, SignInFormComponent],
  template: `
    <main class="auth-page">
      <div class="auth-card">
        <p class="auth-brand" aria-hidden="true">Keboola</p>
        <h1>Sign in to Keboola</h1>
        <kbc-sign-in-form [session]="session" />
        <p class="auth-switch">New to Keboola? <a routerLink="/signup">Create an account</a></p>
      </div>
    </main>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginComponent {
  protected readonly session = inject(SessionService);
}
