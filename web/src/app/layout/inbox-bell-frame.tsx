import { InboxBell } from '../../features/appeals/inbox-bell';
import { AntAppFrame } from './ant-app-frame';

/**
 * The inbox bell with the App context it reports errors through: a chunk of its own, loaded after
 * the signed-in frame has rendered, so the first page does not wait for the inbox.
 */
export function FramedInboxBell() {
  return (
    <AntAppFrame>
      <InboxBell />
    </AntAppFrame>
  );
}
