import { Injectable, signal } from '@angular/core';

/**
 * After signing in with a recovery code: how many unused ones remain, for the notice the signed-in frame shows
 * on the next page (null when there is nothing to tell).
 */
@Injectable({ providedIn: 'root' })
export class RecoveryCodeNoticeService {
  private readonly left = signal<number | null>(null);

  readonly codesLeft = this.left.asReadonly();

  show(codesLeft: number): void {
    this.left.set(codesLeft);
  }

  dismiss(): void {
    this.left.set(null);
  }
}
