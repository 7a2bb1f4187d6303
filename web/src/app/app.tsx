import { ConfigProvider, theme } from 'antd';
import type { ReactNode } from 'react';
import { RouterProvider } from 'react-router-dom';
import { I18nProvider, useI18n } from './i18n/i18n';
import { antdLocale } from './i18n/translate';
import { router } from './router';
import { SessionProvider } from './session/session';

const themeConfig = {
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#1554ad',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { siderBg: '#0f2a4d', triggerBg: '#0b213d', headerBg: '#ffffff', headerPadding: '0 24px' },
    Menu: { darkItemBg: '#0f2a4d', darkSubMenuItemBg: '#0b213d', darkItemSelectedBg: '#1554ad' },
  },
};

/** The base text style antd's App used to give the whole page (its App now wraps only some pages). */
function TextBase({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  const { colorText, fontSize, lineHeight, fontFamily } = token;
  return <div style={{ color: colorText, fontSize, lineHeight, fontFamily }}>{children}</div>;
}

function LocalizedApp() {
  const { language } = useI18n();
  return (
    <ConfigProvider locale={antdLocale(language)} theme={themeConfig}>
      <TextBase>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </TextBase>
    </ConfigProvider>
  );
}

/** The whole application: language, theme, session and router. */
export function App() {
  return (
    <I18nProvider>
      <LocalizedApp />
    </I18nProvider>
  );
}
