// Security headers for everything the process serves. The dashboard is one same-origin module
// script and one stylesheet (the build emits no inline script), so the CSP allows nothing else:
// no inline code, no other origins, no framing, no plugins.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export function securityHeaders(publicUrl: string): RequestHandler {
  const https = publicUrl.startsWith('https:');
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        // Photos come from the API on the same origin; nothing is drawn from data: or blob: URLs.
        imgSrc: ["'self'"],
        fontSrc: ["'self'"],
        // fetch and the live queue's EventSource.
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        // On plain HTTP (a school's first run on a LAN) upgrading would break every request.
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
}
