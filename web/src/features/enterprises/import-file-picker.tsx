import { FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { maximumImportBytes } from '@gaoxin/domain';
import { Typography } from 'antd';
import { useState, type KeyboardEvent, type RefObject } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A size for people: 850 KB, 3.2 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a file cannot be sent, checked before uploading (the server checks the content again). */
function problemOf(file: File): { key: MessageKey; params: Record<string, string> } | undefined {
  if (!/\.xlsx$/i.test(file.name)) return { key: 'import.notXlsx', params: { name: file.name } };
  if (file.size === 0) return { key: 'import.emptyFile', params: { name: file.name } };
  if (file.size > maximumImportBytes)
    return { key: 'import.tooLarge', params: { size: formatFileSize(file.size) } };
  return undefined;
}

/**
 * The drop zone of the import wizard: click to choose or drop an .xlsx file; a wrong type, an empty
 * file or one over 10 MB is refused here with a clear message, before any upload.
 */
export function ImportFilePicker({
  file,
  disabled,
  onPick,
  inputRef: input,
}: {
  file: File | undefined;
  disabled: boolean;
  onPick: (file: File | undefined) => void;
  /** The file input, so the dialog can offer "重新选择文件" in its footer too. */
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useI18n();
  const [dragging, setDragging] = useState(false);
  const [refusal, setRefusal] = useState<string>();

  const take = (picked: File | undefined) => {
    if (!picked) return;
    const problem = problemOf(picked);
    setRefusal(problem ? t(problem.key, problem.params) : undefined);
    onPick(problem ? undefined : picked);
  };
  const open = () => {
    if (!disabled) input.current?.click();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    open();
  };

  const classes = [
    'gx-import-drop',
    dragging && 'is-dragging',
    disabled && 'is-disabled',
    file && 'has-file',
  ];
  return (
    <div>
      <div
        className={classes.filter(Boolean).join(' ')}
        role="button"
        tabIndex={disabled ? -1 : 0}
        aria-disabled={disabled}
        aria-label={t('import.pick')}
        onClick={open}
        onKeyDown={onKeyDown}
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (!disabled) take(event.dataTransfer.files[0]);
        }}
      >
        {file ? (
          <>
            <FileExcelOutlined className="gx-import-drop-icon is-file" />
            <div className="gx-import-file-name" data-testid="import-file-name">
              {file.name}
            </div>
            <Typography.Text type="secondary">
              {formatFileSize(file.size)} · {t('import.change')}
            </Typography.Text>
          </>
        ) : (
          <>
            <InboxOutlined className="gx-import-drop-icon" />
            <div>{t('import.pick')}</div>
            <Typography.Text type="secondary">{t('import.pickHint')}</Typography.Text>
          </>
        )}
      </div>
      {/* Outside the zone: its click() must not bubble back into the zone's own click handler. */}
      <input
        ref={input}
        type="file"
        accept={`.xlsx,${xlsxType}`}
        hidden
        data-testid="import-file-input"
        onChange={(event) => {
          take(event.target.files?.[0]);
          // Choosing the same (edited) file again must fire onChange again.
          event.target.value = '';
        }}
      />
      {refusal && (
        <Typography.Text
          type="danger"
          role="alert"
          className="gx-import-refusal"
          data-testid="import-file-refused"
        >
          {refusal}
        </Typography.Text>
      )}
    </div>
  );
}
