import { Segmented } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import type { Language } from '../../app/i18n/translate';

const features = ['enterprises', 'indicators', 'projects', 'appeals'] as const;

/** The two-panel frame of the sign-in and change-password pages: product story left, form right. */
export function AuthFrame({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  return (
    <div className="gx-auth">
      <section className="gx-auth-brand">
        <div>
          <img src="/favicon.svg" alt="" width={44} height={44} style={{ marginBottom: 28 }} />
          <h1>{t('app.name')}</h1>
          <p>{t('app.tagline')}</p>
          <div className="gx-auth-features">
            {features.map((feature) => (
              <div className="gx-auth-feature" key={feature}>
                <strong>{t(`login.feature.${feature}.title`)}</strong>
                <span>{t(`login.feature.${feature}.text`)}</span>
              </div>
            ))}
          </div>
        </div>
        <p style={{ fontSize: 13, color: 'rgba(255,255,255,0.6)' }}>{t('login.trace')}</p>
      </section>
      <main className="gx-auth-panel">
        <div className="gx-auth-card">
          <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 16 }}>
            <Segmented<Language>
              size="small"
              value={language}
              onChange={setLanguage}
              options={[
                { label: '简体中文', value: 'zh' },
                { label: 'English', value: 'en' },
              ]}
            />
          </div>
          {children}
        </div>
      </main>
    </div>
  );
}
