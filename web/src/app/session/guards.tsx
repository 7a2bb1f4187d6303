import { can, type Action } from '@gaoxin/domain';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ForbiddenPage } from '../pages/forbidden-page';
import { PageLoading } from '../pages/page-loading';
import { ServerUnavailablePage } from '../pages/server-unavailable-page';
import { useSession } from './session';

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
  if (state.status === 'unavailable') return <ServerUnavailablePage message={state.message} />;
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
