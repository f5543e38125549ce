import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';

import { SessionService } from '../../auth/session.service';

const FILE_NAME = 'keboola-recovery-codes.txt';

/** New recovery codes, shown once: to download, copy or write down before `done`. */
@Component({
  selector: 'app-recovery-codes',
  template: `
    <div class="recovery-codes">
      <h3 #heading tabindex="-1">Your recovery codes</h3>
      <p class="alert alert-warning">
        These codes are shown only once. Save them somewhere safe now, for example in your password manager. Each
        code signs you in once if you cannot use your authenticator app.
      </p>
      <ul class="recovery-code-list" role="list" aria-label="Recovery codes">
        @for (code of codes(); track code) {
          <li><code>{{ code }}</code></li>
        }
      </ul>
      <div class="button-row">
        <button type="button" class="btn btn-secondary" (click)="download()">Download</button>
        <button type="button" class="btn btn-secondary" (click)="copy()">Copy</button>
        <span class="copy-status" role="status">{{ copied() ? 'Copied' : '' }}</span>
        <button type="button" class="btn btn-primary button-row-end" (click)="done.emit()">Done</button>
      </div>
      @if (copyFailed()) {
        <p class="field-error" role="alert">Copying did not work. Select the codes and copy them yourself.</p>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecoveryCodesComponent {
  private readonly document = inject(DOCUMENT);
  private readonly session = inject(SessionService);

  readonly codes = input.required<readonly string[]>();
  /** The user is done with the codes; they are not shown again. */
  readonly done = output<void>();

  protected readonly copied = signal(false);
  protected readonly copyFailed = signal(false);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly text = computed(() => {
    const email = this.session.user()?.email;
    return [
      `Keboola recovery codes${email ? ` for ${email}` : ''}`,
      'Each code signs you in once, instead of a code from your authenticator app.',
      '',
      ...this.codes(),
      '',
    ].join('\n');
  });

  constructor() {
    // Screen readers start at the heading and the warning, not wherever the focus was.
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  protected download(): void {
    const url = URL.createObjectURL(new Blob([this.text()], { type: 'text/plain;charset=utf-8' }));
    const link = this.document.createElement('a');
    link.href = url;
    link.download = FILE_NAME;
    link.hidden = true;
    this.document.body.append(link);
    link.click();
    link.remove();
    // Some browsers read the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  protected copy(): void {
    this.copied.set(false);
    this.copyFailed.set(false);
    // Undefined outside secure contexts (plain http on another host than localhost).
    const clipboard = this.document.defaultView?.navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      this.copyFailed.set(true);
      return;
    }
    clipboard.writeText(this.codes().join('\n')).then(
      () => this.copied.set(true),
      () => this.copyFailed.set(true),
    );
  }
}
