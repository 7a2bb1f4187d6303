import {
  CheckCircleFilled,
  CloseCircleFilled,
  DeleteOutlined,
  LoadingOutlined,
  PaperClipOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import {
  attachmentAccept,
  attachmentProblem,
  formatFileSize,
  maximumAttachmentsPerAppeal,
} from './attachment-rules';

export interface PendingFile {
  key: string;
  file: File;
  status: 'waiting' | 'uploading' | 'done' | 'failed';
  /** The server's message (in the UI's language) when the upload failed. */
  error?: string;
}

let counter = 0;

/**
 * Files chosen with the form, uploaded one by one once the appeal exists. Wrong types, empty files
 * and files over 10 MB are refused here already; each file then shows its own upload outcome.
 */
export function PendingAttachments({
  files,
  onChange,
  locked,
}: {
  files: PendingFile[];
  onChange: (files: PendingFile[]) => void;
  /** True once uploading started: no more adding or removing. */
  locked: boolean;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [refusals, setRefusals] = useState<string[]>([]);

  const add = (picked: File[]) => {
    const problems: string[] = [];
    const accepted: PendingFile[] = [];
    for (const file of picked) {
      const problem = attachmentProblem(file, t);
      if (problem) problems.push(problem);
      else if (files.length + accepted.length >= maximumAttachmentsPerAppeal)
        problems.push(t('appeals.attachments.tooMany', { maximum: maximumAttachmentsPerAppeal }));
      else accepted.push({ key: `file-${(counter += 1)}`, file, status: 'waiting' });
    }
    setRefusals([...new Set(problems)]);
    onChange([...files, ...accepted]);
  };

  return (
    <div className="gx-appeal-pending">
      <input
        ref={input}
        type="file"
        multiple
        style={{ display: 'none' }}
        accept={attachmentAccept}
        data-testid="appeal-form-file-input"
        onChange={(event) => {
          add([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
      {files.length > 0 && (
        <ul className="gx-appeal-attachments" data-testid="appeal-form-files">
          {files.map((item) => (
            <li key={item.key} data-status={item.status}>
              {item.status === 'uploading' ? (
                <LoadingOutlined />
              ) : item.status === 'done' ? (
                <CheckCircleFilled style={{ color: '#52c41a' }} />
              ) : item.status === 'failed' ? (
                <CloseCircleFilled style={{ color: '#ff4d4f' }} />
              ) : (
                <PaperClipOutlined />
              )}
              <div>
                <span>{item.file.name}</span>
                <Typography.Text type="secondary" className="gx-appeal-attachment-meta">
                  {formatFileSize(item.file.size)}
                </Typography.Text>
                {item.error && (
                  <Typography.Text
                    type="danger"
                    className="gx-appeal-attachment-meta"
                    data-testid="appeal-file-error"
                  >
                    {item.error}
                  </Typography.Text>
                )}
              </div>
              {!locked && (
                <Button
                  type="text"
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => onChange(files.filter((other) => other.key !== item.key))}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <Button
          icon={<PlusOutlined />}
          onClick={() => input.current?.click()}
          data-testid="appeal-form-add-file"
        >
          {t('appeals.attachments.add')}
        </Button>
      )}
      {refusals.map((refusal) => (
        <Typography.Text key={refusal} type="danger" role="alert" className="gx-appeal-refusal">
          {refusal}
        </Typography.Text>
      ))}
    </div>
  );
}
