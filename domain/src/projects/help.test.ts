import { describe, expect, it } from 'vitest';
import { helpStatus, mayAnswerHelp } from './help.js';

const asked = '6f1c2a8e-0000-4000-8000-000000000001';
const other = '6f1c2a8e-0000-4000-8000-000000000002';

describe('help requests of weekly reports', () => {
  it('is none without a department, open until answered, then answered', () => {
    expect(helpStatus({ helpDepartmentId: null, answeredAt: null })).toBeNull();
    expect(helpStatus({ helpDepartmentId: asked, answeredAt: null })).toBe('open');
    expect(helpStatus({ helpDepartmentId: asked, answeredAt: '2026-03-02T08:00:00Z' })).toBe('answered');
  });

  it('is answered by the asked department’s officers and by leaders, nobody else', () => {
    expect(mayAnswerHelp({ role: 'officer', departmentId: asked }, asked)).toBe(true);
    expect(mayAnswerHelp({ role: 'officer', departmentId: other }, asked)).toBe(false);
    expect(mayAnswerHelp({ role: 'officer', departmentId: null }, asked)).toBe(false);
    expect(mayAnswerHelp({ role: 'leader', departmentId: null }, asked)).toBe(true);
    expect(mayAnswerHelp({ role: 'enterprise', departmentId: asked }, asked)).toBe(false);
  });
});
