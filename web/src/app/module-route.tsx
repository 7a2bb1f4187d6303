import { useCurrentUser } from './session/session';
import { canUseModule, type ModuleDefinition } from './modules';
import { ForbiddenPage } from './pages/forbidden-page';
import { UnderConstructionPage } from './pages/under-construction-page';

/** A module that is not built yet: its "being built" page for its audience, 403 for everyone else. */
export function ModuleRoute({ module }: { module: ModuleDefinition }) {
  const user = useCurrentUser();
  if (!canUseModule(user.role, module)) return <ForbiddenPage />;
  return <UnderConstructionPage module={module} />;
}
