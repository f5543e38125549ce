import { Pipe, PipeTransform } from '@angular/core';

/** At or below this many unused recovery codes, the portal asks the user to generate new ones. */
export const FEW_RECOVERY_CODES_LEFT = 2;

/** `9` → `9 recovery codes left.`, `1` → `1 recovery code left.` */
@Pipe({ name: 'recoveryCodesLeft' })
export class RecoveryCodesLeftPipe implements PipeTransform {
  transform(count: number): string {
    return `${count} recovery ${count === 1 ? 'code' : 'codes'} left.`;
  }
}
