import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CurrentUser, CurrentUserResponse } from '@kbc/contract';
import { Observable, map } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class StaffAuthApiService {
  private readonly http = inject(HttpClient);

  /** 401 when signed out, 403 when the signed-in user is not staff. */
  staffMe(): Observable<CurrentUser> {
    return this.http.get<CurrentUserResponse>('/api/staff/me').pipe(map((res) => res.user));
  }

  login(email: string, password: string): Observable<CurrentUser> {
    return this.http
      .post<CurrentUserResponse>('/api/auth/login', { email, password, audience: 'staff' })
      .pipe(map((res) => res.user));
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null);
  }
}
