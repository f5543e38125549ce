import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { CreateManageTokenResponse, ManageTokenListResponse } from '@kbc/contract';
import { switchMap } from 'rxjs';

import { type LoadState, lastLoaded, toLoadState } from '../../shared/load-state';
import { AccessTokensApiService } from './access-tokens-api.service';
import { AccessTokensTableComponent } from './access-tokens-table.component';
import { NewTokenFormComponent } from './new-token-form.component';
import { NewTokenSecretComponent } from './new-token-secret.component';

/** Account Settings → Access Tokens: the user's Keboola Management API tokens. */
@Component({
  selector: 'app-access-tokens',
  imports: [AccessTokensTableComponent, NewTokenFormComponent, NewTokenSecretComponent],
  styles: `
    app-access-tokens-table {
      display: block;
      margin-top: 1.5rem;
    }
  `,
  template: `
    <h2 #heading tabindex="-1">Access Tokens</h2>
    <p>
      Tokens for the Keboola Management API (project-independent work: creating and moving projects, organizations,
      monitoring). These are not Storage API tokens.
    </p>

    @let state = loaded();
    @if (state.status === 'failed') {
      <p class="alert alert-error" role="alert">{{ state.error.message }}</p>
    }

    @if (list(); as current) {
      @if (secret(); as token) {
        <app-new-token-secret [secret]="token" (done)="closeSecret()" />
      }
      @if (creating()) {
        <app-new-token-form [policy]="current.policy" (created)="onCreated($event)" (cancelled)="closeForm()" />
      } @else if (!secret()) {
        <button #newToken type="button" class="btn btn-primary" (click)="openForm()">New Token</button>
      }

      <app-access-tokens-table [tokens]="current.tokens" (deleted)="onDeleted()" />
    } @else if (state.status === 'loading') {
      <p class="muted" aria-busy="true">Loading your tokens…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessTokensComponent {
  private readonly api = inject(AccessTokensApiService);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly newToken = viewChild<ElementRef<HTMLElement>>('newToken');

  protected readonly creating = signal(false);
  /** The new token's secret until the user is done with it; it is never shown again. */
  protected readonly secret = signal<string | null>(null);
  /** Bumped to read the list again. */
  private readonly reloads = signal(0);
  protected readonly loaded = toSignal(
    toObservable(this.reloads).pipe(switchMap(() => toLoadState(this.api.list()))),
    { initialValue: { status: 'loading' } as LoadState<ManageTokenListResponse> },
  );
  /** The tokens and the expiry policy; kept while the list loads again. */
  protected readonly list = lastLoaded(this.loaded);

  protected openForm(): void {
    this.creating.set(true);
  }

  /** Back to the "New Token" button, so the focus does not get lost with the form. */
  protected closeForm(): void {
    this.creating.set(false);
    this.focusAfterRender(() => this.newToken());
  }

  /** The secret is shown (it has the focus) and the list gets the new token. */
  protected onCreated(res: CreateManageTokenResponse): void {
    this.creating.set(false);
    this.secret.set(res.secret);
    this.reload();
  }

  /** The user has the token: it is forgotten, and the focus goes back to the "New Token" button. */
  protected closeSecret(): void {
    this.secret.set(null);
    this.focusAfterRender(() => this.newToken());
  }

  /** The row and its button are gone: the focus goes to the page's heading rather than getting lost. */
  protected onDeleted(): void {
    this.reload();
    this.focusAfterRender(() => this.heading());
  }

  private reload(): void {
    this.reloads.update((n) => n + 1);
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
