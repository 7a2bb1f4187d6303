import { Flex, Spin } from 'antd';

/** A centred spinner while a page's code or first data arrives. */
export function PageLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullScreen ? '100vh' : 320 }}>
      <Spin size="large" />
    </Flex>
  );
}
