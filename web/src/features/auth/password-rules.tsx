import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { checkPassword, fieldMessages, type PasswordProblem } from '@gaoxin/domain';
import { Flex, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';

const rules: { problem: PasswordProblem; message: keyof typeof fieldMessages }[] = [
  { problem: 'tooShort', message: 'passwordTooShort' },
  { problem: 'tooFewClasses', message: 'passwordTooFewClasses' },
  { problem: 'containsUsername', message: 'passwordContainsUsername' },
];

/**
 * The password rules with a live tick or cross per rule, computed by the same `checkPassword` the
 * server applies.
 */
export function PasswordRules({ password, username }: { password: string; username: string }) {
  const { language } = useI18n();
  const problems = checkPassword(password, username);
  const shown = problems.includes('tooLong')
    ? [...rules, { problem: 'tooLong' as const, message: 'passwordTooLong' as const }]
    : rules;
  return (
    <Flex vertical gap={2} data-testid="password-rules" style={{ marginBottom: 16 }}>
      {shown.map(({ problem, message }) => {
        const failed = problems.includes(problem);
        const icon =
          password.length === 0 ? (
            <MinusCircleOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />
          ) : failed ? (
            <CloseCircleFilled style={{ color: '#cf1322' }} />
          ) : (
            <CheckCircleFilled style={{ color: '#389e0d' }} />
          );
        return (
          <Typography.Text
            key={problem}
            type={password.length > 0 && failed ? 'danger' : 'secondary'}
            style={{ fontSize: 13 }}
          >
            {icon} {fieldMessages[message][language]}
          </Typography.Text>
        );
      })}
    </Flex>
  );
}

/** Whether a password passes every rule (the same check the server makes). */
export function passwordMeetsRules(password: string, username: string): boolean {
  return checkPassword(password, username).length === 0;
}
