import { can, type Action } from '@gaoxin/domain';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { PageLoading } from '../pages/page-loading';
import { useSession } from './session';

// Pages seldom seen (and antd's Result with its pictures): chunks of their own, not the first load.
const ForbiddenPage = lazy(() =>
  import('../pages/forbidden-page').then((m) => ({ default: m.ForbiddenPage })),
);
const ServerUnavailablePage = lazy(() =>
  import('../pages/server-unavailable-page').then((m) => ({ default: m.ServerUnavailablePage })),
);

/** Where the sign-in page sends the user back to. */
export interface SignInRedirectState {
  from?: string;
}

/**
 * Renders its child routes only for a signed-in user; sends everyone else to /login and a user who
 * must change the password to /change-password first.
 */
export function RequireSignedIn({
  allowPendingPasswordChange = false,
}: {
  allowPendingPasswordChange?: boolean;
}) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoading fullScreen />;
  if (state.status === 'unavailable') {
    return (
      <Suspense fallback={<PageLoading fullScreen />}>
        <ServerUnavailablePage message={state.message} />
      </Suspense>
    );
  }
  if (state.status === 'anonymous') {
    if (state.hasSignedOut) return <Navigate to="/login" replace />;
    const redirect: SignInRedirectState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={redirect} />;
  }
  if (state.user.mustChangePassword && !allowPendingPasswordChange) {
    return <Navigate to="/change-password" replace />;
  }
  return <Outlet />;
}

/** Renders its children only when the user's role may perform the action; a 403 page otherwise. */
export function RequireAction({ action, children }: { action: Action; children: ReactNode }) {
  const { user } = useSession();
  if (!user || !can(user.role, action)) return <ForbiddenPage />;
  return <>{children}</>;
}

/** Renders its children when the user's role may perform any of the actions; a 403 page otherwise. */
export function RequireAnyAction({ actions, children }: { actions: readonly Action[]; children: ReactNode }) {
  const { user } = useSession();
  if (!user || !actions.some((action) => can(user.role, action))) return <ForbiddenPage />;
  return <>{children}</>;
}
