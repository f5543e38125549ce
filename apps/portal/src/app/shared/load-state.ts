import type { ApiErrorBody } from '@kbc/contract';
import { toApiError } from '@kbc/ui';
import { Observable, catchError, map, of, startWith } from 'rxjs';

/** A request's lifecycle as a single value, for `toSignal` + `@switch` in templates. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly value: T }
  | { readonly status: 'failed'; readonly error: ApiErrorBody };

export function toLoadState<T>(source: Observable<T>): Observable<LoadState<T>> {
  return source.pipe(
    map((value): LoadState<T> => ({ status: 'loaded', value })),
    catchError((error: unknown) => of<LoadState<T>>({ status: 'failed', error: toApiError(error) })),
    startWith<LoadState<T>>({ status: 'loading' }),
  );
}
