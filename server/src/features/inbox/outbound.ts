import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';

/** One message to send outside the app (email, SMS) besides the in-app inbox. */
export interface OutboundNotice {
  userId: string;
  kind: string;
  appealId: string | null;
  projectId: string | null;
}

/** A way out of the app. Real gateways plug in here; the shipped ones only log. */
export interface OutboundChannel {
  name: string;
  send(notice: OutboundNotice): Promise<void>;
}

export const outboundChannelNames = ['email', 'sms'] as const;

/** A channel that writes what it would send to the log (no addresses or message text). */
export function loggingChannel(name: string, log: FastifyBaseLogger): OutboundChannel {
  return {
    name,
    send: async (notice) => {
      log.info({ channel: name, ...notice }, 'outbound notice (logging channel)');
    },
  };
}

/** Sends notices on every configured channel after the write that caused them committed. */
export interface Outbound {
  deliver(notices: OutboundNotice[]): void;
}

export function createOutbound(channels: OutboundChannel[], log: FastifyBaseLogger): Outbound {
  return {
    deliver(notices) {
      if (channels.length === 0 || notices.length === 0) return;
      for (const channel of channels) {
        for (const notice of notices) {
          // A gateway failure must never undo or fail the step that was already taken.
          channel
            .send(notice)
            .catch((error: unknown) => log.warn({ err: error, channel: channel.name }, 'outbound failed'));
        }
      }
    },
  };
}

/** The outbound channels the configuration names (`GAOXIN_NOTIFY`), each the logging implementation. */
export function outboundFor(config: Pick<Config, 'notificationChannels'>, log: FastifyBaseLogger): Outbound {
  return createOutbound(
    config.notificationChannels.map((name) => loggingChannel(name, log)),
    log,
  );
}
