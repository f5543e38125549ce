import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
  viewChildren,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CurrentUser } from '@kbc/contract';
import { finalize } from 'rxjs';

import { SessionService } from '../auth/session.service';

/** The header's account menu (WAI-ARIA menu button pattern). */
@Component({
  selector: 'app-user-menu',
  imports: [RouterLink],
  host: {
    class: 'user-menu',
    '(document:click)': 'onDocumentClick($event)',
    '(keydown.escape)': 'closeAndFocusButton()',
  },
  template: `
    <button
      #trigger
      type="button"
      class="user-menu-button"
      id="user-menu-button"
      aria-label="User menu"
      aria-haspopup="menu"
      aria-controls="user-menu"
      [attr.aria-expanded]="open()"
      (click)="toggle()"
      (keydown.arrowdown)="openWithFocus(0, $event)"
      (keydown.arrowup)="openWithFocus(-1, $event)"
    >
      <span class="user-menu-avatar" aria-hidden="true">{{ initial() }}</span>
      <span class="user-menu-identity">
        <span class="user-menu-name">{{ user().name }}</span>
        <span class="user-menu-email">{{ user().email }}</span>
      </span>
      <span class="user-menu-caret" aria-hidden="true"></span>
    </button>

    @if (open()) {
      <div
        class="user-menu-list"
        id="user-menu"
        role="menu"
        aria-labelledby="user-menu-button"
        (keydown)="onMenuKeydown($event)"
      >
        <a #item role="menuitem" tabindex="-1" routerLink="/account/security" (click)="close()">Account Settings</a>
        <button #item role="menuitem" tabindex="-1" type="button" [disabled]="signingOut()" (click)="signOut()">
          Sign out
        </button>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenuComponent {
  private readonly session = inject(SessionService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly user = input.required<CurrentUser>();

  protected readonly open = signal(false);
  protected readonly signingOut = signal(false);
  private readonly trigger = viewChild.required<ElementRef<HTMLButtonElement>>('trigger');
  private readonly items = viewChildren<ElementRef<HTMLElement>>('item');

  protected readonly initial = computed(() => {
    const { name, email } = this.user();
    return (name.trim()[0] ?? email[0] ?? '?').toUpperCase();
  });

  protected toggle(): void {
    if (this.open()) {
      this.open.set(false);
    } else {
      this.openWithFocus(0);
    }
  }

  /** Opens the menu and focuses an item once it is rendered; a negative index counts from the end. */
  protected openWithFocus(index: number, event?: Event): void {
    event?.preventDefault();
    this.open.set(true);
    afterNextRender(() => this.focusItem(index), { injector: this.injector });
  }

  protected close(): void {
    this.open.set(false);
  }

  protected closeAndFocusButton(): void {
    if (this.open()) {
      this.open.set(false);
      this.trigger().nativeElement.focus();
    }
  }

  protected onDocumentClick(event: MouseEvent): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node | null)) {
      this.open.set(false);
    }
  }

  protected onMenuKeydown(event: KeyboardEvent): void {
    const items = this.items().map((ref) => ref.nativeElement);
    const current = items.indexOf(document.activeElement as HTMLElement);
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.focusItem(current + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.focusItem(current - 1);
        break;
      case 'Home':
        event.preventDefault();
        this.focusItem(0);
        break;
      case 'End':
        event.preventDefault();
        this.focusItem(-1);
        break;
      case 'Tab':
        this.close();
        break;
    }
  }

  protected signOut(): void {
    this.signingOut.set(true);
    this.session
      .signOut()
      .pipe(
        finalize(() => {
          this.signingOut.set(false);
          this.open.set(false);
        }),
      )
      .subscribe();
  }

  private focusItem(index: number): void {
    const items = this.items();
    if (items.length === 0) {
      return;
    }
    const wrapped = ((index % items.length) + items.length) % items.length;
    items[wrapped]?.nativeElement.focus();
  }
}
