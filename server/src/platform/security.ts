import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { Config } from '../config.js';
import { sendError } from './error-handler.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin this request was addressed to, as the browser sees the app. */
function ownOrigin(request: FastifyRequest, config: Config): string {
  if (config.publicOrigin) return config.publicOrigin;
  return `${request.protocol}://${request.host}`;
}

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * The headers helmet sends with these options, worked out once at start-up on a throwaway
 * instance: its Fastify plugin rebuilds the whole middleware (CSP parsing included) on every
 * request, and the headers never change between requests (no nonces).
 */
async function helmetHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const headersOf = async (withHelmet: boolean) => {
    const probe = Fastify({ logger: false });
    if (withHelmet) await probe.register(helmet, options);
    probe.get('/', () => 'probe');
    const response = await probe.inject({ method: 'GET', url: '/' });
    await probe.close();
    return response.headers;
  };
  const [bare, secured] = [await headersOf(false), await headersOf(true)];
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(secured)) {
    if (value !== undefined && !(name in bare)) headers[name] = String(value);
  }
  return Object.freeze(headers);
}

/**
 * Security headers (CSP included) and the CSRF defence: besides the SameSite=Strict cookie,
 * every state-changing request must name the app's own origin in Origin (or, failing that,
 * Referer). Scripts that send the app's origin work without any extra token.
 */
export async function registerSecurity(app: FastifyInstance, config: Config) {
  const headers = await helmetHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time (CSS-in-JS), which needs inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.secureCookies,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });

  app.addHook('onRequest', async (request, reply) => {
    if (safeMethods.has(request.method)) return;
    const expected = originOf(ownOrigin(request, config));
    const origin = request.headers.origin;
    const referer = request.headers.referer;
    const claimed = origin && origin !== 'null' ? originOf(origin) : referer ? originOf(referer) : null;
    if (claimed !== expected) {
      request.log.warn({ origin, referer, expected }, 'cross-site request refused');
      return sendError(request, reply, 'CROSS_SITE_REQUEST');
    }
  });
}
