/**
 * CORS for the simulator: the app may call it directly from its origin (besides through the Vite
 * proxy) with a bearer token and JSON bodies, and must be able to read Location after a POST.
 */
import type { RequestHandler } from 'express';

export function corsFor(appOrigin: string): RequestHandler {
  return (req, res, next) => {
    if (req.headers.origin === appOrigin) {
      res.setHeader('Access-Control-Allow-Origin', appOrigin);
      res.setHeader('Access-Control-Expose-Headers', 'Location');
    }
    res.append('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      if (req.headers.origin === appOrigin) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
        res.setHeader('Access-Control-Max-Age', '600');
      }
      res.status(204).end();
      return;
    }
    next();
  };
}
