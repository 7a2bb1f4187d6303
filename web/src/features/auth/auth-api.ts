import { api } from '../../api/client';
import type { CurrentUser } from '../../api/contract';

/** Signs in; a wrong password is an ApiError to show, not an expired session. */
export async function signIn(username: string, password: string): Promise<CurrentUser> {
  const answer = await api.post<{ user: CurrentUser }>(
    '/api/auth/login',
    { username, password },
    { quiet: true },
  );
  return answer.user;
}

/** Changes the signed-in user's own password. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await api.post<undefined>('/api/auth/password', { currentPassword, newPassword });
}
