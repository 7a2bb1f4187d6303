import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';
import { useCurrentUser, useSession } from '../../app/session/session';
import { AuthFrame } from './auth-frame';
import { changePassword } from './auth-api';
import { passwordMeetsRules, PasswordRules } from './password-rules';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Change one's own password; forced on first sign-in and after a reset by the administrator. */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const { refresh, signOut } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ChangePasswordValues>();
  const newPassword = Form.useWatch<string | undefined>('newPassword', form) ?? '';
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  const submit = async (values: ChangePasswordValues) => {
    setError(undefined);
    setSubmitting(true);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      void message.success(t('password.changed'));
      await refresh();
      await navigate('/', { replace: true });
    } catch (reason) {
      if (!(reason instanceof ApiError)) setError(t('error.unexpected'));
      else if (reason.code === 'WRONG_CURRENT_PASSWORD') {
        form.setFields([{ name: 'currentPassword', errors: [reason.message] }]);
      } else if (reason.code === 'WEAK_PASSWORD' || reason.code === 'SAME_PASSWORD') {
        const details = reason.details.map((detail) => detail.message);
        form.setFields([{ name: 'newPassword', errors: details.length > 0 ? details : [reason.message] }]);
      } else {
        setError(reason.message);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthFrame>
      <Card variant="borderless" style={{ boxShadow: '0 8px 32px rgba(15, 42, 77, 0.12)' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="change-password-title">
          {t('password.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('password.forUser', { name: user.displayName, username: user.username })}
        </Typography.Paragraph>
        {user.mustChangePassword && (
          <Alert type="warning" showIcon title={t('password.mustChange')} style={{ marginBottom: 16 }} />
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form<ChangePasswordValues>
          form={form}
          name="change-password"
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item
            label={t('password.current')}
            name="currentPassword"
            rules={[{ required: true, message: t('password.currentRequired') }]}
          >
            <Input.Password autoComplete="current-password" data-testid="password-current" />
          </Form.Item>
          <Form.Item
            label={t('password.new')}
            name="newPassword"
            style={{ marginBottom: 8 }}
            rules={[
              { required: true, message: t('password.newRequired') },
              {
                validator: (_rule, value: string | undefined) => {
                  return passwordMeetsRules(value ?? '', user.username)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.rulesNotMet')));
                },
              },
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-new" />
          </Form.Item>
          <PasswordRules password={newPassword} username={user.username} />
          <Form.Item
            label={t('password.confirm')}
            name="confirmPassword"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: (_rule, value: string | undefined) =>
                  value && value !== getFieldValue('newPassword')
                    ? Promise.reject(new Error(t('password.mismatch')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-confirm" />
          </Form.Item>
          <Flex justify="space-between" align="center">
            {user.mustChangePassword ? (
              <Button type="link" style={{ paddingInline: 0 }} onClick={() => void signOut()}>
                {t('userMenu.logout')}
              </Button>
            ) : (
              <Link to="/">{t('common.back')}</Link>
            )}
            <Button type="primary" htmlType="submit" loading={submitting} data-testid="password-submit">
              {t('password.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </AuthFrame>
  );
}
