import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { FA } from '../../../mocks/personas';
import { callApi, issueTestToken, testMessageRequest, useMockService } from '../../../mocks/testing';
import { paths, routePatterns } from '../../routes/paths';
import { renderWithProviders } from '../../test/renderWithProviders';
import { MessagePage } from './MessagePage';
import { controlFetch, isGetByIdRequest, MessagesRoutes } from './testing';

const mock = useMockService();

async function openFromInbox(label: string) {
  const result = renderWithProviders(<MessagesRoutes />, { route: paths.mailbox(FA.malmoBarnUnga, 'inbox') });
  await screen.findByRole('heading', { level: 1, name: 'Socialtjänsten barn och unga' });
  await result.user.click(await screen.findByRole('link', { name: label }));
  const heading = await screen.findByRole('heading', { level: 1, name: label });
  return { ...result, heading };
}

/** Lund sends Anna's mailbox a message; returns once it has been delivered. */
async function receiveFromLund(label: string, text: string, confidentiality = true) {
  const response = await callApi('/sdk/messages', {
    method: 'POST',
    token: await issueTestToken({ authIds: [FA.lundSocialtjanst] }),
    body: testMessageRequest({
      from: FA.lundSocialtjanst,
      to: FA.malmoBarnUnga,
      attributes: { label, confidentiality, digitalDocument: [{ documentId: 'd1', index: '1', contentTextBody: [text] }] },
    }),
  });
  expect(response.status).toBe(201);
  mock.world().clock.advance(10_000);
}

describe('MessagePage', () => {
  it('opens a message from the list: subject focused, parties, confidentiality, text and attachments', async () => {
    const fetches = controlFetch();
    const label = 'Orosanmälan – barn närvarande vid ingripande i bostad';
    const { heading } = await openFromInbox(label);

    expect(heading).toHaveFocus();
    expect(fetches.requests.filter(isGetByIdRequest)).toHaveLength(1);

    const details = document.querySelector('dl');
    expect(details).not.toBeNull();
    const detail = (term: string) => within(details as HTMLElement).getByText(term).nextElementSibling;
    expect(await screen.findByText('Polismyndigheten')).toBeInTheDocument();
    expect(detail('Avsändare')).toHaveTextContent('Polismyndigheten');
    expect(detail('Avsändande funktion')).toHaveTextContent('Orosanmälningar – polisregion Syd (sdk:orosanmalan-syd:0203:polisen.se)');
    expect(detail('Mottagande funktion')).toHaveTextContent('Socialtjänsten barn och unga');
    expect(detail('Skapat')?.querySelector('time')).not.toBeNull();

    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Omfattas av sekretess');
    expect(note.querySelector('svg[aria-hidden="true"]')).not.toBeNull();

    // The text, rendered as Markdown.
    expect(screen.getByRole('heading', { level: 1, name: 'Orosanmälan enligt 14 kap. 1 § socialtjänstlagen' })).toBeInTheDocument();
    expect(screen.getByText('Malmö (Rosengård)').tagName).toBe('STRONG');
    expect(screen.getByText('Liam Andersson, 10 år').tagName).toBe('LI');

    // Attachments: name, type, size.
    const attachments = screen.getByRole('table', { name: /Bilagor/ });
    const cells = within(attachments).getAllByRole('row')[1];
    expect(cells).toHaveTextContent('PM-ingripande-5000-K88231-26.pdf');
    expect(cells).toHaveTextContent('application/pdf');
    expect(cells).toHaveTextContent(/\d+(,\d)? (kB|byte)/);

    expect(screen.getByRole('link', { name: 'Tillbaka till inkorgen' })).toHaveAttribute('href', paths.mailbox(FA.malmoBarnUnga, 'inbox'));
  });

  it('says plainly when a message is not confidential', async () => {
    await openFromInbox('Begäran om yttrande i tillsynsärende');
    expect(screen.getByRole('note')).toHaveTextContent('Omfattas inte av sekretess');
  });

  it('renders the Markdown subset and shows hostile content as inert text', async () => {
    const hostile = [
      '## Rubrik',
      '',
      'Viktigt: **fet text** och *kursiv*.',
      '',
      '* ett',
      '* två',
      '',
      '<script>alert(1)</script>',
      '',
      '<img src=x onerror=alert(2)>',
      '',
      'Klicka [x](javascript:alert(3)) och ![spårning](https://evil.example/p.png)',
    ].join('\n');
    await receiveFromLund('Märkligt innehåll', hostile, false);
    await openFromInbox('Märkligt innehåll');

    const article = screen.getByRole('article');
    expect(within(article).getByRole('heading', { level: 2, name: 'Rubrik' })).toBeInTheDocument();
    expect(within(article).getByText('fet text').tagName).toBe('STRONG');
    expect(within(article).getByText('kursiv').tagName).toBe('EM');
    expect(within(article).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['ett', 'två']);

    expect(article.querySelector('script, img, a, iframe')).toBeNull();
    expect(document.querySelector('script, img')).toBeNull();
    expect(within(article).getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(within(article).getByText('<img src=x onerror=alert(2)>')).toBeInTheDocument();
    expect(article).toHaveTextContent('Klicka x (javascript:alert(3)) och spårning');
    expect(article).not.toHaveTextContent('evil.example');
    expect(screen.getByRole('note')).toHaveTextContent('Omfattas inte av sekretess');
  });

  it('shows a not-found message for an unknown id', async () => {
    renderWithProviders(<MessagePage />, {
      route: paths.message(FA.malmoBarnUnga, 'finns-inte'),
      path: routePatterns.message,
    });
    expect(screen.getByText('Hämtar meddelandet…')).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('Meddelandet finns inte, eller så har du inte behörighet att läsa det.');
    expect(screen.getByRole('link', { name: 'Tillbaka till inkorgen' })).toBeInTheDocument();
  });

  it('goes back to the sent list when the message was sent from this mailbox', async () => {
    const result = renderWithProviders(<MessagesRoutes />, { route: paths.mailbox(FA.malmoBarnUnga, 'sent') });
    await result.user.click(await screen.findByRole('link', { name: 'Sv: Begäran om yttrande – umgänge' }));
    await screen.findByRole('heading', { level: 1, name: 'Sv: Begäran om yttrande – umgänge' });
    expect(screen.getByText('Accepterat av mottagaren')).toBeInTheDocument();
    await result.user.click(screen.getByRole('link', { name: 'Tillbaka till skickat' }));
    expect(result.location().pathname).toBe(paths.mailbox(FA.malmoBarnUnga, 'sent'));
    expect(await screen.findByRole('link', { name: 'Sv: Begäran om yttrande – umgänge' })).toBeInTheDocument();
  });
});
