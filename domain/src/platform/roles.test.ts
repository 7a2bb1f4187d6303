import { describe, expect, it } from 'vitest';
import { can, permittedActions, roles } from './roles.js';

describe('separation of duties (三权分立)', () => {
  it('lets only the administrator manage users', () => {
    expect(roles.filter((role) => can(role, 'user.manage'))).toEqual(['admin']);
  });

  it('gives the auditor the audit log and nothing else', () => {
    expect(permittedActions('auditor')).toEqual(['audit.read']);
  });

  it('keeps the administrator away from business data', () => {
    expect(can('admin', 'enterprise.read')).toBe(false);
    expect(can('admin', 'enterprise.write')).toBe(false);
  });

  it('lets leaders read but not write enterprises', () => {
    expect(can('leader', 'enterprise.read')).toBe(true);
    expect(can('leader', 'enterprise.write')).toBe(false);
  });
});
