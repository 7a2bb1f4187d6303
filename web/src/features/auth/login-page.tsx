import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';
import type { SignInRedirectState } from '../../app/session/guards';
import { useSession } from '../../app/session/session';
import { AuthFrame } from './auth-frame';
import { signIn } from './auth-api';

interface LoginValues {
  username: string;
  password: string;
}

/** Only addresses inside this app, so a crafted link cannot send the user elsewhere after sign-in. */
function safeTarget(from: string | undefined): string {
  return from && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/';
}

/** The sign-in page: username and password, with the server's message when sign-in fails. */
export function LoginPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const target = safeTarget((location.state as SignInRedirectState | null)?.from);

  if (session.user && !submitting) {
    return <Navigate to={session.user.mustChangePassword ? '/change-password' : target} replace />;
  }

  const submit = async ({ username, password }: LoginValues) => {
    setError(undefined);
    setSubmitting(true);
    try {
      const user = await signIn(username.trim(), password);
      session.signedIn(user);
      await navigate(user.mustChangePassword ? '/change-password' : target, { replace: true });
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : t('error.unexpected'));
    } finally {
      setSubmitting(false);
    }
  };

  const notice = session.state.status === 'anonymous' ? session.state.notice : undefined;

  return (
    <AuthFrame>
      {/* A plain panel rather than antd's Card: Card brings antd's tabs and menus, ~25 kB gzip here. */}
      <div className="gx-login-card">
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        {error ? (
          <div data-testid="login-error" style={{ marginBottom: 16 }}>
            <Alert type="error" showIcon title={error} />
          </div>
        ) : notice ? (
          <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} />
        ) : null}
        <Form<LoginValues>
          name="login"
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void submit(values)}
          size="large"
        >
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              autoFocus
              data-testid="login-username"
              placeholder={t('login.usernamePlaceholder')}
            />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
              placeholder={t('login.passwordPlaceholder')}
            />
          </Form.Item>
          <Form.Item style={{ marginBottom: 8 }}>
            <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Form.Item>
        </Form>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('login.help')}
        </Typography.Text>
      </div>
    </AuthFrame>
  );
}
