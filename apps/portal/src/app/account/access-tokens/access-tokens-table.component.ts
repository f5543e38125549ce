import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
  viewChildren,
} from '@angular/core';
import type { ManageTokenView } from '@kbc/contract';
import { toApiError } from '@kbc/ui';
import { finalize } from 'rxjs';

import { AccessTokensApiService } from './access-tokens-api.service';
import { LastUsedFromPipe } from './last-used-from.pipe';

/** The user's tokens, and deleting one after an inline confirmation. */
@Component({
  selector: 'app-access-tokens-table',
  imports: [DatePipe, LastUsedFromPipe],
  styles: `
    .token-expired {
      color: var(--kbc-danger);
      font-weight: 600;
    }

    .token-confirm-row > td {
      background: var(--kbc-danger-bg);
    }

    .token-confirm p {
      margin: 0;
    }

    .token-confirm .button-row {
      margin-top: 0.6rem;
    }
  `,
  template: `
    <div role="status">
      @if (announcement(); as message) {
        <p class="alert alert-success">{{ message }}</p>
      }
    </div>
    @if (error(); as message) {
      <p class="alert alert-error" role="alert">{{ message }}</p>
    }

    @if (tokens().length === 0) {
      <p class="empty-state">You have no Management API tokens yet.</p>
    } @else {
      <div class="table-wrap" [attr.aria-busy]="deleting()">
        <table class="data-table" aria-label="Access tokens">
          <thead>
            <tr>
              <th scope="col">Description</th>
              <th scope="col">Created</th>
              <th scope="col">Expires</th>
              <th scope="col">Last used</th>
              <th scope="col"><span class="visually-hidden">Action</span></th>
            </tr>
          </thead>
          <tbody>
            @for (token of tokens(); track token.id) {
              <tr>
                <td>{{ token.description }}</td>
                <td><time [attr.datetime]="token.createdAt">{{ token.createdAt | date: 'medium' }}</time></td>
                <td>
                  @if (token.expired) {
                    <span class="token-expired">Expired</span>
                  } @else {
                    <time [attr.datetime]="token.expiresAt">{{ token.expiresAt | date: 'medium' }}</time>
                  }
                </td>
                <td>
                  @if (token.lastUsedAt; as lastUsedAt) {
                    <time [attr.datetime]="lastUsedAt">{{ lastUsedAt | date: 'medium' }}</time>
                    {{ token | lastUsedFrom }}
                  } @else {
                    Never
                  }
                </td>
                <td class="action-cell">
                  <button
                    #deleteButton
                    type="button"
                    class="btn btn-secondary btn-small"
                    [attr.data-token-id]="token.id"
                    [attr.aria-expanded]="confirming() === token.id"
                    [attr.aria-controls]="confirming() === token.id ? 'token-confirm-' + token.id : null"
                    [disabled]="deleting()"
                    (click)="confirm(token)"
                  >
                    Delete
                  </button>
                </td>
              </tr>
              @if (confirming() === token.id) {
                <tr class="token-confirm-row">
                  <td colspan="5">
                    <div
                      class="token-confirm"
                      role="alertdialog"
                      [id]="'token-confirm-' + token.id"
                      [attr.aria-labelledby]="'token-confirm-text-' + token.id"
                      (keydown.escape)="keep(token)"
                    >
                      <p [id]="'token-confirm-text-' + token.id">
                        Delete the token "{{ token.description }}"? Scripts using it will stop working immediately.
                      </p>
                      <div class="button-row">
                        <button type="button" class="btn btn-danger btn-small" [disabled]="deleting()" (click)="remove(token)">
                          Delete token
                        </button>
                        <button
                          #keepButton
                          type="button"
                          class="btn btn-secondary btn-small"
                          [disabled]="deleting()"
                          (click)="keep(token)"
                        >
                          Keep
                        </button>
                      </div>
                    </div>
                  </td>
                </tr>
              }
            }
          </tbody>
        </table>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessTokensTableComponent {
  readonly tokens = input.required<readonly ManageTokenView[]>();
  /** A token was deleted (or had been already): the list is out of date. */
  readonly deleted = output<void>();

  private readonly api = inject(AccessTokensApiService);
  private readonly injector = inject(Injector);

  /** The id of the token whose deletion waits for the user's answer. */
  protected readonly confirming = signal<number | null>(null);
  protected readonly deleting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly announcement = signal('');
  private readonly keepButton = viewChild<ElementRef<HTMLElement>>('keepButton');
  private readonly deleteButtons = viewChildren<ElementRef<HTMLElement>>('deleteButton');

  protected confirm(token: ManageTokenView): void {
    this.error.set(null);
    this.announcement.set('');
    this.confirming.set(token.id);
    // The safe answer gets the focus, so that Enter does not delete by accident.
    afterNextRender(() => this.keepButton()?.nativeElement.focus(), { injector: this.injector });
  }

  /** No deletion; the focus goes back to the row's Delete button. */
  protected keep(token: ManageTokenView): void {
    this.confirming.set(null);
    const button = this.deleteButtons().find((ref) => ref.nativeElement.dataset['tokenId'] === String(token.id));
    button?.nativeElement.focus();
  }

  protected remove(token: ManageTokenView): void {
    if (this.deleting()) {
      return;
    }
    this.deleting.set(true);
    this.error.set(null);
    this.api
      .delete(token.id)
      .pipe(
        finalize(() => {
          this.deleting.set(false);
          this.confirming.set(null);
        }),
      )
      .subscribe({
        next: () => {
          this.announcement.set(`The token "${token.description}" was deleted.`);
          this.deleted.emit();
        },
        error: (err: unknown) => {
          // Also a 404, when it was deleted elsewhere meanwhile: the list is read again either way.
          this.error.set(toApiError(err).message);
          this.deleted.emit();
        },
      });
  }
}
