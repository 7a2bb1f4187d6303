import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { RouterProvider } from 'react-router-dom';
import { I18nProvider, useI18n } from './i18n/i18n';
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

function LocalizedApp() {
  const { language } = useI18n();
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={themeConfig}>
      <AntApp>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </AntApp>
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
