import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { ApiError, isAbortError } from './client';

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Loads again with the same inputs, e.g. after a save or a conflict. */
  reload: () => void;
}

/**
 * Runs a read request whenever its inputs change, cancelling the previous one, and exposes the
 * latest answer or error. Keeps the previous data while reloading so tables do not flash.
 */
export function useApiQuery<T>(
  load: (signal: AbortSignal) => Promise<T>,
  inputs: DependencyList,
): ApiQuery<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    load(controller.signal)
      .then((result) => {
        setData(result);
        setError(undefined);
      })
      .catch((reason: unknown) => {
        if (controller.signal.aborted || isAbortError(reason)) return;
        setError(reason instanceof ApiError ? reason : new ApiError(0, 'CLIENT_ERROR', String(reason)));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => {
      controller.abort();
    };
    // The caller lists the inputs of `load`, as with useEffect; `load` itself is a new closure each render.
  }, [...inputs, generation]);

  const reload = useCallback(() => {
    setGeneration((value) => value + 1);
  }, []);
  return { data, error, loading, reload };
}
