import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { MfaPasswordAndCodeRequest, MfaStatus } from '@kbc/contract';
import { switchMap } from 'rxjs';

import { SessionService } from '../../auth/session.service';
import { type LoadState, lastLoaded, toLoadState } from '../../shared/load-state';
import { FEW_RECOVERY_CODES_LEFT, RecoveryCodesLeftPipe } from '../../shared/recovery-codes-left.pipe';
import { AccountSecurityApiService } from './account-security-api.service';
import { EnableMfaFormComponent } from './enable-mfa-form.component';
import { MfaConfirmFormComponent } from './mfa-confirm-form.component';
import { ReconfigureMfaFormComponent } from './reconfigure-mfa-form.component';
import { RecoveryCodesComponent } from './recovery-codes.component';

/** What the panel shows below the status: at most one form, or the new recovery codes. */
type MfaView = 'none' | 'enable' | 'reconfigure' | 'regenerate' | 'disable' | 'codes';

/** Multi-factor authentication: its status and turning it on, moving it, new recovery codes, turning it off. */
@Component({
  selector: 'app-mfa-panel',
  imports: [
    EnableMfaFormComponent,
    MfaConfirmFormComponent,
    ReconfigureMfaFormComponent,
    RecoveryCodesComponent,
    RecoveryCodesLeftPipe,
  ],
  template: `
    <section class="security-section" aria-labelledby="mfa-heading">
      <h2 id="mfa-heading" #heading tabindex="-1">Multi-factor authentication</h2>
      <p>
        With multi-factor authentication (MFA), signing in also asks for a code from an authenticator app on your
        phone, so your password alone is not enough to get into your account.
      </p>

      @if (loadError(); as message) {
        <p class="alert alert-error" role="alert">{{ message }}</p>
      }

      @if (status(); as mfa) {
        <p class="mfa-status" role="status">
          <span class="mfa-badge" [class.mfa-badge-on]="mfa.enabled" aria-hidden="true"></span>
          <strong>Multi-factor authentication is {{ mfa.enabled ? 'on' : 'off' }}.</strong>
        </p>

        <div role="status">
          @if (done(); as message) {
            <p class="alert alert-success">{{ message }}</p>
          }
        </div>

        @if (mfa.enabled) {
          <p>{{ mfa.recoveryCodesLeft | recoveryCodesLeft }}</p>
          @if (mfa.recoveryCodesLeft <= fewCodesLeft && view() !== 'codes') {
            <p class="alert alert-warning">You are running out of recovery codes. Generate new ones.</p>
          }
          @if (view() !== 'codes') {
            <div class="button-row">
              <button
                type="button"
                class="btn btn-secondary"
                [attr.aria-expanded]="view() === 'reconfigure'"
                (click)="toggle('reconfigure')"
              >
                Reconfigure
              </button>
              <button
                type="button"
                class="btn btn-secondary"
                [attr.aria-expanded]="view() === 'regenerate'"
                (click)="toggle('regenerate')"
              >
                Regenerate recovery codes
              </button>
              <button
                type="button"
                class="btn btn-secondary"
                [attr.aria-expanded]="view() === 'disable'"
                (click)="toggle('disable')"
              >
                Disable MFA
              </button>
            </div>
          }
        } @else if (view() === 'none') {
          <button type="button" class="btn btn-primary" (click)="open('enable')">Enable MFA</button>
        }

        @switch (view()) {
          @case ('enable') {
            <app-enable-mfa-form (activated)="onActivated($event)" (cancelled)="close()" />
          }
          @case ('reconfigure') {
            <app-reconfigure-mfa-form (reconfigured)="onReconfigured()" (cancelled)="close()" />
          }
          @case ('regenerate') {
            <app-mfa-confirm-form
              label="Regenerate recovery codes"
              submitLabel="Generate new codes"
              idPrefix="mfa-regenerate"
              [action]="regenerate"
              (done)="onRegenerated($event)"
              (cancelled)="close()"
            >
              <p>New recovery codes replace all of your current ones, used or not.</p>
            </app-mfa-confirm-form>
          }
          @case ('disable') {
            <app-mfa-confirm-form
              label="Disable MFA"
              submitLabel="Disable"
              idPrefix="mfa-disable"
              [danger]="true"
              [action]="disable"
              (done)="onDisabled()"
              (cancelled)="close()"
            >
              <p>Without MFA, your password alone protects your account. Your recovery codes stop working.</p>
            </app-mfa-confirm-form>
          }
          @case ('codes') {
            <app-recovery-codes [codes]="codes()" (done)="close()" />
          }
        }
      } @else if (!loadError()) {
        <p class="muted" aria-busy="true">Loading…</p>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MfaPanelComponent {
  private readonly api = inject(AccountSecurityApiService);
  private readonly session = inject(SessionService);
  private readonly injector = inject(Injector);

  /** MFA settings changed (the security log has news). */
  readonly changed = output<void>();

  protected readonly fewCodesLeft = FEW_RECOVERY_CODES_LEFT;
  private readonly reloads = signal(0);
  private readonly loaded = toSignal(
    toObservable(this.reloads).pipe(switchMap(() => toLoadState(this.api.mfaStatus()))),
    { initialValue: { status: 'loading' } as LoadState<MfaStatus> },
  );
  protected readonly status = lastLoaded(this.loaded);
  protected readonly loadError = computed(() => {
    const state = this.loaded();
    return state.status === 'failed' ? state.error.message : null;
  });
  protected readonly view = signal<MfaView>('none');
  protected readonly codes = signal<readonly string[]>([]);
  /** What the last completed change did, for the user to read. */
  protected readonly done = signal<string | null>(null);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly regenerate = (request: MfaPasswordAndCodeRequest) => this.api.regenerateRecoveryCodes(request);
  protected readonly disable = (request: MfaPasswordAndCodeRequest) => this.api.disableMfa(request);

  protected open(view: MfaView): void {
    this.done.set(null);
    this.view.set(view);
  }

  protected toggle(view: MfaView): void {
    if (this.view() === view) {
      this.close();
    } else {
      this.open(view);
    }
  }

  /**
   * Back to the status, read again (another tab may have changed it meanwhile); the recovery codes are forgotten,
   * and the focus goes to the section's heading rather than getting lost with the form.
   */
  protected close(): void {
    this.view.set('none');
    this.codes.set([]);
    this.reloads.update((n) => n + 1);
    afterNextRender(() => this.heading().nativeElement.focus(), { injector: this.injector });
  }

  protected onActivated(codes: string[]): void {
    this.status.set({ enabled: true, recoveryCodesLeft: codes.length });
    this.setUserMfa(true);
    this.showCodes(codes);
  }

  protected onRegenerated(codes: string[]): void {
    this.status.set({ enabled: true, recoveryCodesLeft: codes.length });
    this.showCodes(codes);
  }

  protected onReconfigured(): void {
    // Closing reads the status again: a recovery code may have been spent on the change.
    this.done.set('Multi-factor authentication now uses your new device.');
    this.changed.emit();
    this.close();
  }

  protected onDisabled(): void {
    this.status.set({ enabled: false, recoveryCodesLeft: 0 });
    this.setUserMfa(false);
    this.changed.emit();
    this.close();
  }

  private showCodes(codes: string[]): void {
    this.codes.set(codes);
    this.view.set('codes');
    this.changed.emit();
  }

  private setUserMfa(enabled: boolean): void {
    const user = this.session.user();
    if (user) {
      this.session.setUser({ ...user, mfaEnabled: enabled });
    }
  }
}
