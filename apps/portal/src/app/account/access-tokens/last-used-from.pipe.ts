import { Pipe, PipeTransform } from '@angular/core';
import type { ManageTokenView } from '@kbc/contract';

/** Where a token was last used from: `from 192.0.2.1 (curl)`, or as much of that as is known. */
@Pipe({ name: 'lastUsedFrom' })
export class LastUsedFromPipe implements PipeTransform {
  transform(token: Pick<ManageTokenView, 'lastUsedIp' | 'lastUsedClient'>): string {
    const parts = [token.lastUsedIp && `from ${token.lastUsedIp}`, token.lastUsedClient && `(${token.lastUsedClient})`];
    return parts.filter(Boolean).join(' ');
  }
}
