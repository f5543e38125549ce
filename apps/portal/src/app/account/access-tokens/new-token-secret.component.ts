import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';

type CopyState = 'idle' | 'copied' | 'failed';

/** A new token's secret, shown this once: to copy before `done`. */
@Component({
  selector: 'app-new-token-secret',
  styles: `
    .token-secret {
      margin: 1.25rem 0;
    }

    .token-secret input {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    }

    .token-secret .field {
      max-width: none;
    }
  `,
  template: `
    <div class="token-secret" role="region" aria-label="New token">
      <h3 #heading tabindex="-1">Your new token</h3>
      <p class="alert alert-warning" id="new-token-warning">
        Copy the token now. You will not be able to see it again.
      </p>
      <div class="field">
        <label for="new-token-secret">Token</label>
        <input
          #field
          id="new-token-secret"
          type="text"
          readonly
          autocomplete="off"
          spellcheck="false"
          aria-describedby="new-token-warning"
          [value]="secret()"
          (focus)="field.select()"
        />
      </div>
      <div class="button-row">
        <button type="button" class="btn btn-secondary" (click)="copy()">Copy</button>
        <span class="copy-status" role="status">{{ copyState() === 'copied' ? 'Copied' : '' }}</span>
        <button type="button" class="btn btn-primary button-row-end" (click)="done.emit()">Done</button>
      </div>
      @if (copyState() === 'failed') {
        <p class="field-error" role="alert">Copying did not work. Select the token and copy it yourself.</p>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewTokenSecretComponent {
  private readonly clipboard = inject(DOCUMENT).defaultView?.navigator.clipboard as Clipboard | undefined;

  /** The whole token, e.g. `123-AbC…`. */
  readonly secret = input.required<string>();
  /** The user has the token; it is not shown again. */
  readonly done = output<void>();

  protected readonly copyState = signal<CopyState>('idle');
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    // Screen readers start at the heading and the warning, not at the button that created the token.
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  protected async copy(): Promise<void> {
    this.copyState.set('idle');
    try {
      // The clipboard is missing outside secure contexts (plain http on another host than localhost).
      if (!this.clipboard) {
        throw new Error('No clipboard');
      }
      await this.clipboard.writeText(this.secret());
      this.copyState.set('copied');
    } catch {
      this.copyState.set('failed');
    }
  }
}
