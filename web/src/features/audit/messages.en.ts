import type { auditZh } from './messages.zh';

/** English UI text of the audit log viewer; the compiler checks every Chinese key has one. */
export const auditEn: Record<keyof typeof auditZh, string> = {
  'audit.hint':
    'Who did what to which record, when and from where; expand a row to see the values before and after.',
  'audit.at': 'Time',
  'audit.actor': 'Actor',
  'audit.system': 'system',
  'audit.action': 'Action',
  'audit.entityType': 'Entity type',
  'audit.entityId': 'Entity ID',
  'audit.ip': 'IP address',
  'audit.timeRange': 'Time range',
  'audit.requestId': 'Request ID',
  'audit.field': 'Field',
  'audit.before': 'Before',
  'audit.after': 'After',
  'audit.noDetails': 'No field values were recorded for this action.',
  'audit.actionPlaceholder': 'e.g. user.update',
  'auditAction.auth.login': 'Sign-in',
  'auditAction.auth.login_failed': 'Failed sign-in',
  'auditAction.auth.login_locked': 'Sign-in while locked',
  'auditAction.auth.login_disabled': 'Sign-in to a disabled account',
  'auditAction.auth.logout': 'Sign-out',
  'auditAction.auth.password_changed': 'Password changed',
  'auditAction.auth.password_change_failed': 'Failed password change',
  'auditAction.user.create': 'User created',
  'auditAction.user.update': 'User changed',
};
