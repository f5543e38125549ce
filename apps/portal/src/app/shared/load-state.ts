import { Signal, WritableSignal, linkedSignal } from '@angular/core';
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

/**
 * The value of the last successful load of `state`, kept while it loads again (or after a reload failed), so a
 * table does not vanish under the user's focus while it refreshes. Writable for local updates after a change.
 */
export function lastLoaded<T>(state: Signal<LoadState<T>>): WritableSignal<T | null> {
  return linkedSignal<LoadState<T>, T | null>({
    source: state,
    computation: (current, previous) => (current.status === 'loaded' ? current.value : (previous?.value ?? null)),
  });
}
