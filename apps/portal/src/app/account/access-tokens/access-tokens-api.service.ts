import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateManageTokenRequest, CreateManageTokenResponse, ManageTokenListResponse } from '@kbc/contract';
import { Observable } from 'rxjs';

/** The Access Tokens page's calls: the user's Keboola Management API tokens (`/api/account/tokens`). */
@Injectable({ providedIn: 'root' })
export class AccessTokensApiService {
  private readonly http = inject(HttpClient);

  /** The user's tokens, newest first, and how long a new one may live. */
  list(): Observable<ManageTokenListResponse> {
    return this.http.get<ManageTokenListResponse>('/api/account/tokens');
  }

  /** The answer's `secret` is the whole token, and the only time it is ever shown. */
  create(request: CreateManageTokenRequest): Observable<CreateManageTokenResponse> {
    return this.http.post<CreateManageTokenResponse>('/api/account/tokens', request);
  }

  /** Revokes the token at once: the next request made with it is refused. */
  delete(id: number): Observable<void> {
    return this.http.delete<void>(`/api/account/tokens/${encodeURIComponent(id)}`);
  }
}
