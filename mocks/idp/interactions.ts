/**
 * The IdP's interaction routes (plain node:http): the account chooser and the sign-in.
 *   GET  /interaction/:uid        chooser, or direct sign-in when login_hint names a persona
 *   POST /interaction/:uid/login  persona=<id> from the chooser
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InteractionDetails, Provider } from 'oidc-provider';
import { PERSONAS, findPersona } from '../personas';
import { chooserPage, errorPage } from './pages';
import type { RenderedPage } from './html';

const ROUTE = /^\/interaction\/([\w-]+)(\/login)?$/;
const MAX_FORM_BYTES = 8 * 1024;

function sendPage(res: ServerResponse, status: number, page: RenderedPage): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', page.csp);
  res.setHeader('Cache-Control', 'no-store');
  res.end(page.html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_FORM_BYTES) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

function requestedPrompts(details: InteractionDetails): string[] {
  const prompt = details.params.prompt;
  return typeof prompt === 'string' ? prompt.split(' ') : [];
}

function loginHint(details: InteractionDetails): string | undefined {
  const hint = details.params.login_hint;
  return typeof hint === 'string' && hint !== '' ? hint : undefined;
}

export type InteractionHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** Returns a handler that answers interaction routes and resolves false for any other path. */
export function createInteractionHandler(provider: Provider, appOrigin: string): InteractionHandler {
  async function signIn(req: IncomingMessage, res: ServerResponse, personaId: string): Promise<void> {
    await provider.interactionFinished(req, res, { login: { accountId: personaId } }, { mergeWithLastSubmission: false });
  }

  async function show(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    if (details.prompt.name !== 'login') {
      // Consent is granted by loadExistingGrant, so no other prompt is expected.
      sendPage(res, 400, errorPage({ error: 'unexpected_prompt', error_description: details.prompt.name }, appOrigin));
      return;
    }
    const hint = loginHint(details);
    const forced = requestedPrompts(details).includes('login');
    if (hint && !forced && findPersona(hint)) {
      await signIn(req, res, hint);
      return;
    }
    const unknownHint = hint && !findPersona(hint) ? hint : undefined;
    sendPage(res, 200, chooserPage({ personas: PERSONAS, action: `/interaction/${uid}/login`, unknownHint }));
  }

  async function login(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const personaId = (await readForm(req)).get('persona') ?? '';
    if (!findPersona(personaId)) {
      sendPage(res, 400, chooserPage({ personas: PERSONAS, action: `/interaction/${uid}/login`, unknownHint: personaId }));
      return;
    }
    await signIn(req, res, personaId);
  }

  return async function handleInteraction(req, res) {
    const path = new URL(req.url ?? '/', 'http://idp.invalid').pathname;
    const match = ROUTE.exec(path);
    if (!match) return false;
    const uid = match[1] ?? '';
    const isLogin = match[2] !== undefined;
    try {
      if (req.method === 'GET' && !isLogin) await show(req, res, uid);
      else if (req.method === 'POST' && isLogin) await login(req, res, uid);
      else {
        res.statusCode = 405;
        res.end();
      }
    } catch (error) {
      // Typically an expired or missing interaction cookie: start over from the app.
      const description = error instanceof Error ? error.message : String(error);
      sendPage(res, 400, errorPage({ error: 'invalid_request', error_description: description }, appOrigin));
    }
    return true;
  };
}
