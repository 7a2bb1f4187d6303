import { FilePdfOutlined, FileImageOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { attachmentUrl, uploadAttachment, type AppealDetail } from './appeals-api';
import { attachmentAccept, attachmentProblem, formatFileSize } from './attachment-rules';

/** 附件: download links, and 上传附件 while the reader may attach (one file at a time, errors per file). */
export function AppealAttachments({ appeal, onUploaded }: { appeal: AppealDetail; onUploaded: () => void }) {
  const { t, language } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string>();
  const [problems, setProblems] = useState<string[]>([]);

  const upload = async (files: File[]) => {
    const found: string[] = [];
    let uploaded = 0;
    for (const file of files) {
      const problem = attachmentProblem(file, t);
      if (problem) {
        found.push(problem);
        continue;
      }
      setBusy(file.name);
      try {
        await uploadAttachment(appeal.id, file);
        uploaded += 1;
      } catch (reason) {
        const text = reason instanceof ApiError ? reason.message : t('error.unexpected');
        found.push(t('appeals.attachments.failed', { name: file.name, reason: text }));
      }
    }
    setBusy(undefined);
    setProblems(found);
    if (uploaded > 0) onUploaded();
  };

  return (
    <Card
      size="small"
      title={t('appeals.attachments.title', { count: appeal.attachments.length })}
      extra={
        appeal.canAttach && (
          <Button
            size="small"
            icon={<UploadOutlined />}
            loading={busy !== undefined}
            onClick={() => input.current?.click()}
            data-testid="appeal-attach"
          >
            {busy ? t('appeals.attachments.uploading', { name: busy }) : t('appeals.attachments.upload')}
          </Button>
        )
      }
    >
      <input
        ref={input}
        type="file"
        multiple
        style={{ display: 'none' }}
        accept={attachmentAccept}
        data-testid="appeal-attach-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void upload(files);
        }}
      />
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setProblems([]) }}
          title={problems.join('；')}
          style={{ marginBottom: 12 }}
          data-testid="appeal-attach-error"
        />
      )}
      {appeal.attachments.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            appeal.canAttach ? t('appeals.attachments.emptyCanAttach') : t('appeals.attachments.none')
          }
        />
      ) : (
        <ul className="gx-appeal-attachments" data-testid="appeal-attachments">
          {appeal.attachments.map((attachment) => (
            <li key={attachment.id}>
              {attachment.mediaType === 'application/pdf' ? (
                <FilePdfOutlined />
              ) : attachment.mediaType.startsWith('image/') ? (
                <FileImageOutlined />
              ) : (
                <PaperClipOutlined />
              )}
              <div>
                <a href={attachmentUrl(appeal.id, attachment.id)} download={attachment.fileName}>
                  {attachment.fileName}
                </a>
                <Typography.Text type="secondary" className="gx-appeal-attachment-meta">
                  {formatFileSize(attachment.byteSize)} · {attachment.uploadedByName} ·{' '}
                  {formatDateTime(attachment.uploadedAt, language)}
                </Typography.Text>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
