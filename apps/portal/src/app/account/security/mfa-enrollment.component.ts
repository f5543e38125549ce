import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { MfaEnrollment } from '@kbc/contract';

/** The SVG as a `data:` URL (the CSP allows `img-src data:`); base64 of its UTF-8 bytes. */
function svgDataUrl(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) {
    binary += String.fromCharCode(byte);
  }
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** What the authenticator app needs for a new device: the QR code, and the secret for typing in by hand. */
@Component({
  selector: 'app-mfa-enrollment',
  template: `
    <ol class="mfa-steps">
      <li>Open your authenticator app (for example Google Authenticator, Microsoft Authenticator or 1Password).</li>
      <li>
        Scan this QR code with it:
        <img class="mfa-qr" [src]="qrCode()" alt="QR code for your authenticator app" width="200" height="200" />
        <span class="mfa-secret-line">
          Cannot scan it? Enter this secret key instead:
          <code class="mfa-secret" aria-label="Secret key">{{ groupedSecret() }}</code>
        </span>
      </li>
      <li>Enter the 6-digit code the app shows.</li>
    </ol>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MfaEnrollmentComponent {
  readonly enrollment = input.required<MfaEnrollment>();

  protected readonly qrCode = computed(() => svgDataUrl(this.enrollment().qrCodeSvg));
  /** In groups of four, easier to type; the app ignores the spaces. */
  protected readonly groupedSecret = computed(() => this.enrollment().secret.match(/.{1,4}/g)?.join(' ') ?? '');
}
