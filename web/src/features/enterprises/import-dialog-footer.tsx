import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/i18n';

/**
 * The buttons of an import wizard, in the one order every import uses: 检查 until a report, then
 * 导入 when it is clean or 重新选择 when it has problems, and 关闭 once done. A commit in flight
 * cannot be cancelled.
 */
export function ImportDialogFooter({
  done,
  checked,
  hasProblems,
  busy,
  hasFile,
  commitDisabled = false,
  extra,
  onClose,
  onCheck,
  onCommit,
  onReselect,
}: {
  done: boolean;
  checked: boolean;
  hasProblems: boolean;
  busy: 'check' | 'commit' | undefined;
  hasFile: boolean;
  /** E.g. nothing would change. */
  commitDisabled?: boolean;
  /** Another button shown beside 重新选择 while the file has problems. */
  extra?: ReactNode;
  onClose: () => void;
  onCheck: () => void;
  onCommit: () => void;
  onReselect: () => void;
}) {
  const { t } = useI18n();
  if (done) {
    return (
      <Button type="primary" onClick={onClose} data-testid="import-done">
        {t('import.close')}
      </Button>
    );
  }
  return (
    <Space>
      <Button onClick={onClose} disabled={busy === 'commit'}>
        {t('common.cancel')}
      </Button>
      {checked && !hasProblems && (
        <Button
          type="primary"
          onClick={onCommit}
          loading={busy === 'commit'}
          disabled={busy !== undefined || commitDisabled}
          data-testid="import-commit"
        >
          {t('import.commit')}
        </Button>
      )}
      {hasProblems && extra}
      {hasProblems && (
        <Button
          type="primary"
          icon={<FolderOpenOutlined />}
          onClick={onReselect}
          data-testid="import-reselect"
        >
          {t('import.reselect')}
        </Button>
      )}
      {!checked && (
        <Button
          type="primary"
          onClick={onCheck}
          loading={busy === 'check'}
          disabled={!hasFile || busy !== undefined}
          data-testid="import-check"
        >
          {t('import.check')}
        </Button>
      )}
    </Space>
  );
}
