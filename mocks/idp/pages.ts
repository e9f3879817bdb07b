/**
 * The local IdP's pages, in Swedish: account chooser, automatic sign-out, signed-out and error.
 * Every dynamic value passes through escapeHtml.
 */
import type { Persona } from '../personas';
import { escapeHtml, renderPage, type RenderedPage } from './html';

const DEV_NOTE =
  '<p class="dev-note">Detta är en lokal testinloggning för utveckling och utbildning. ' +
  'Ingen riktig identitet kontrolleras.</p>';

export interface ChooserOptions {
  personas: readonly Persona[];
  /** Where the form posts the chosen persona. */
  action: string;
  /** A login_hint that names no known persona; shown as a notice. */
  unknownHint?: string;
}

export function chooserPage({ personas, action, unknownHint }: ChooserOptions): RenderedPage {
  const notice =
    unknownHint === undefined
      ? ''
      : `<p class="notice" role="alert">Det finns ingen testperson som heter ”${escapeHtml(unknownHint)}”. ` +
        'Välj en person i listan.</p>';
  const items = personas
    .map(
      (p) =>
        `<li><button class="persona" type="submit" name="persona" value="${escapeHtml(p.id)}">` +
        `<span class="persona-name">${escapeHtml(p.name)}</span>` +
        `<span class="persona-description">${escapeHtml(p.description)}</span>` +
        '</button></li>',
    )
    .join('\n');
  return renderPage({
    title: 'Logga in – lokal testinloggning',
    body: `<h1>Logga in – lokal testinloggning</h1>
${DEV_NOTE}
${notice}
<form method="post" action="${escapeHtml(action)}" aria-labelledby="choose-heading">
<h2 id="choose-heading">Välj vem du vill logga in som</h2>
<ul class="personas">
${items}
</ul>
</form>`,
  });
}

const LOGOUT_FORM_ID = 'op.logoutForm';

/**
 * Sign-out without a confirmation question: the provider's form (with its xsrf token) submits
 * itself; the visible button is there for browsers without JavaScript.
 */
export function logoutPage(providerForm: string): RenderedPage {
  // logout=yes ends the whole IdP session, so the next sign-in shows the chooser again.
  const form = providerForm.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>');
  return renderPage({
    title: 'Loggar ut – lokal testinloggning',
    body: `<h1>Loggar ut</h1>
${form}
<p>Du loggas ut från den lokala testinloggningen.</p>
<button class="primary" type="submit" form="${LOGOUT_FORM_ID}">Logga ut</button>`,
    scripts: [`document.getElementById(${JSON.stringify(LOGOUT_FORM_ID)}).submit();`],
  });
}

export function signedOutPage(appOrigin: string): RenderedPage {
  return renderPage({
    title: 'Utloggad – lokal testinloggning',
    body: `<h1>Du är utloggad</h1>
<p><a href="${escapeHtml(appOrigin)}/">Till Meddelandeklienten</a></p>`,
  });
}

export interface ErrorDetails {
  error?: unknown;
  error_description?: unknown;
}

export function errorPage(details: ErrorDetails, appOrigin: string): RenderedPage {
  const rows = [
    ['Felkod', details.error],
    ['Beskrivning', details.error_description],
  ]
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd lang="en">${escapeHtml(value)}</dd>`)
    .join('');
  return renderPage({
    title: 'Fel – lokal testinloggning',
    body: `<h1>Inloggningen kunde inte genomföras</h1>
<p>Något gick fel i den lokala testinloggningen. Gå tillbaka till appen och försök igen.</p>
${rows ? `<h2>Teknisk information</h2><dl>${rows}</dl>` : ''}
<p><a href="${escapeHtml(appOrigin)}/">Till Meddelandeklienten</a></p>`,
  });
}
