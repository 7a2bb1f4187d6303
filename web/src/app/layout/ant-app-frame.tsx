import { App as AntApp } from 'antd';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router-dom';

/**
 * antd's App context (the message, notification and modal hooks) where it is used. It is not at
 * the root: the sign-in and home pages call none of it, and its modal and notification code would
 * weigh on their first load. It adds no element of its own (the root sets the text style).
 */
export function AntAppFrame({ children }: { children: ReactNode }) {
  return <AntApp component={false}>{children}</AntApp>;
}

/** The signed-in pages that use antd's App hooks, as a layout route. */
export function AntAppOutlet() {
  return (
    <AntAppFrame>
      <Outlet />
    </AntAppFrame>
  );
}
