import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, api, setSessionListener } from '../../api/client';
import type { CurrentUser } from '../../api/contract';

/** Where the app stands with the server: still asking, signed out (maybe with a reason), signed in, or unreachable. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; hasSignedOut?: boolean; notice?: string }
  | { status: 'signedIn'; user: CurrentUser }
  | { status: 'unavailable'; message: string };

export interface Session {
  state: SessionState;
  /** The signed-in user, if any. */
  user: CurrentUser | undefined;
  signedIn: (user: CurrentUser) => void;
  signOut: () => Promise<void>;
  /** Asks the server again who is signed in (after a password change, or to retry when it was unreachable). */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

/** Knows the signed-in user; reacts to expired sessions and forced password changes reported by the API client. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const user = await api.get<CurrentUser>('/api/auth/me', { quiet: true });
      setState({ status: 'signedIn', user });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setState({ status: 'anonymous' });
      else
        setState({ status: 'unavailable', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    setSessionListener({
      onUnauthenticated: (error) => {
        setState({ status: 'anonymous', notice: error.message });
      },
      onPasswordChangeRequired: () => {
        setState((current) =>
          current.status === 'signedIn'
            ? { status: 'signedIn', user: { ...current.user, mustChangePassword: true } }
            : current,
        );
      },
    });
    return () => {
      setSessionListener(undefined);
    };
  }, []);

  const signedIn = useCallback((user: CurrentUser) => {
    setState({ status: 'signedIn', user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post<undefined>('/api/auth/logout', undefined, { quiet: true });
    } catch {
      // Signed out already (expired) or server unreachable: forget the user locally either way.
    }
    setState({ status: 'anonymous', hasSignedOut: true });
  }, []);

  const value = useMemo<Session>(
    () => ({
      state,
      user: state.status === 'signedIn' ? state.user : undefined,
      signedIn,
      signOut,
      refresh,
    }),
    [state, signedIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session of the current browser tab. */
export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** The signed-in user; only for components rendered behind the sign-in guard. */
export function useCurrentUser(): CurrentUser {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser needs a signed-in user');
  return user;
}
