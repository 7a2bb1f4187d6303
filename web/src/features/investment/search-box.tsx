import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n';

/** A search box: Enter or the button searches; clearing it shows the whole list again. */
export function SearchBox({
  initial,
  placeholder,
  onSearch,
  testId,
}: {
  initial: string;
  placeholder: string;
  onSearch: (value: string) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial);
  return (
    <Space.Compact style={{ width: 380, maxWidth: '100%' }}>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        value={value}
        maxLength={60}
        placeholder={placeholder}
        onChange={(event) => {
          setValue(event.target.value);
          if (event.type === 'click' && !event.target.value) onSearch('');
        }}
        onPressEnter={() => onSearch(value.trim())}
        aria-label={t('common.search')}
        data-testid={testId}
      />
      <Button type="primary" onClick={() => onSearch(value.trim())}>
        {t('common.search')}
      </Button>
    </Space.Compact>
  );
}
