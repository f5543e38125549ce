import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { CurrentUser } from '@kbc/contract';
import { toApiError } from '@kbc/ui';

import { AuthApiService } from '../auth-api.service';
import { SessionService } from '../session.service';

type VerifyState =
  | { readonly status: 'verifying' }
  | { readonly status: 'verified'; readonly email: string }
  | { readonly status: 'failed'; readonly message: string };

@Component({
  selector: 'app-verify-email',
  imports: [RouterLink],
  template: `
    <main class="auth-page">
      <div class="auth-card" [attr.aria-busy]="state().status === 'verifying'">
        <p class="auth-brand" aria-hidden="true">Keboola</p>
        <h1>Verify your e-mail</h1>

        @let current = state();
        @if (current.status === 'verifying') {
          <p>Verifying your e-mail address…</p>
        } @else if (current.status === 'verified') {
          <p class="verify-success">Your e-mail address {{ current.email }} is verified.</p>
          <a class="btn btn-primary" routerLink="/">Continue</a>
        } @else {
          <p class="alert alert-error" role="alert">{{ current.message }}</p>
          <p><a routerLink="/">Go to Keboola</a></p>
        }
      </div>
    </main>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyEmailComponent implements OnInit {
  private readonly api = inject(AuthApiService);
  private readonly session = inject(SessionService);
  private readonly route = inject(ActivatedRoute);

  protected readonly state = signal<VerifyState>({ status: 'verifying' });

  ngOnInit(): void {
    const token = this.route.snapshot.queryParamMap.get('token');
    if (!token) {
      this.state.set({ status: 'failed', message: 'The verification link is incomplete.' });
      return;
    }
    this.api.verifyEmail(token).subscribe({
      next: (res) => {
        this.state.set({ status: 'verified', email: res.email });
        this.updateSession(res.user);
      },
      error: (err: unknown) => this.state.set({ status: 'failed', message: toApiError(err).message }),
    });
  }

  /** A signed-in user's banner must go away: take the fresh user from the response, or re-read it. */
  private updateSession(user: CurrentUser | undefined): void {
    if (user) {
      this.session.setUser(user);
    } else if (this.session.signedIn()) {
      this.session.refresh().subscribe({ error: () => undefined });
    }
  }
}
