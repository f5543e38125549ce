import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ProjectDetail, ProjectDetailResponse, ProjectListResponse, ProjectSummary } from '@kbc/contract';
import { Observable, map } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ProjectsApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<ProjectSummary[]> {
    return this.http.get<ProjectListResponse>('/api/projects').pipe(map((res) => res.projects));
  }

  get(id: string): Observable<ProjectDetail> {
    return this.http
      .get<ProjectDetailResponse>(`/api/projects/${encodeURIComponent(id)}`)
      .pipe(map((res) => res.project));
  }
}
