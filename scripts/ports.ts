/** Local ports of the development world. One place, used by Vite, the IdP, the simulator and the e2e tests. */
export const PORTS = {
  /** The app (Vite dev server or preview), on http://localhost so crypto.subtle (PKCE) works. */
  app: 5173,
  /** Local OpenID provider, http://127.0.0.1:9090 */
  idp: 9090,
  /** Message-service simulator (SDK API MT/MK + address book over HTTP), http://127.0.0.1:9091 */
  mtSim: 9091,
  /** MK gateway (the app's /api), http://127.0.0.1:9092 */
  gateway: 9092,
} as const;

export const IDP_ISSUER = `http://127.0.0.1:${PORTS.idp}`;
export const APP_ORIGIN = `http://localhost:${PORTS.app}`;
export const MT_SIM_ORIGIN = `http://127.0.0.1:${PORTS.mtSim}`;
export const GATEWAY_ORIGIN = `http://127.0.0.1:${PORTS.gateway}`;
