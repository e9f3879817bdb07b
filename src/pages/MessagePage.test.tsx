import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { FA } from '../../mocks/personas';
import type { TestMessageOptions } from '../../mocks/testing';
import { deliveredRecordId } from '../../mocks/store/delivery';
import { paths, routePatterns } from '../routes/paths';
import { bidiLeaks } from '../testing/bidi';
import { withInProcessGateway } from '../testing/inProcessGateway';
import { renderWithProviders } from '../testing/renderWithProviders';
import { ReaderRoutes, receivedSeedId, sentSeedId } from '../testing/readerRoutes';
import { sendIntoWorld } from '../testing/sendIntoWorld';
import { MessagePage } from './MessagePage';
import { isGetByIdRequest, isListRequest } from '../testing/controlFetch';

const gateway = withInProcessGateway();

async function open(id: string, mailbox: string = FA.malmoBarnUnga) {
  const result = renderWithProviders(<ReaderRoutes />, { ...gateway.as('anna'), route: paths.message(mailbox, id) });
  const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 3000 });
  return { ...result, heading };
}

/** The <dd> of a term in the message's facts list. */
function fact(term: string): HTMLElement {
  const dt = within(screen.getByRole('article')).getAllByText(term, { selector: 'dt' })[0];
  const dd = dt?.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`No fact ${term}`);
  return dd;
}

/** Lund sends Anna's mailbox a message; returns the id of Malmö's copy once delivered. */
async function receiveFromLund(attributes: TestMessageOptions['attributes']): Promise<string> {
  const sent = await sendIntoWorld(gateway.world(), { from: FA.lundSocialtjanst, to: FA.malmoBarnUnga, attributes });
  gateway.world().clock.advance(10_000);
  return deliveredRecordId(sent);
}

/** Answers getMessageById for `id` with `body` (a malformed message from a misbehaving service). */
function serveRaw(id: string, body: unknown) {
  const realFetch = globalThis.fetch;
  const requests: Request[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    if (request.method === 'GET' && new URL(request.url).pathname.endsWith(`/sdk/messages/${id}`)) {
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    }
    return realFetch(request);
  });
  return requests;
}

/** serveRaw with a received message from Lund to Malmö: well formed but for `attributes`. */
function serveReceived(id: string, messageId: string, attributes: Record<string, unknown>) {
  return serveRaw(id, {
    data: {
      type: 'messages',
      id,
      attributes: {
        messageStatus: 'NEW',
        creationDateTime: '2026-03-01T13:05:00Z',
        messageId,
        conversationId: messageId,
        confidentiality: true,
        sender: '0203:lund.se',
        recipient: '0203:malmo.se',
        ...attributes,
      },
    },
  });
}

describe('MessagePage', () => {
  it('shows the header: parties, Swedish time, references and persons with their kinds, generating system', async () => {
    const id = await receiveFromLund({
      label: 'Begäran om uppgifter – samordning',
      generatingSystem: { root: '1.2.752.129.2.1.4.1', extension: 'Treserva', label: 'Treserva verksamhetssystem' },
      creationDateTime: '2026-03-01T13:05:00Z',
      senderAttention: {
        subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.lundSocialtjanst },
        attentionPerson: [{ root: '1.2.752.29.6.2.1', extension: 'SE2321000016-AB12', label: 'Erik Johansson' }],
        // Sent labels that only name the kind (as the composer does, Digg's API requiring a
        // label) are shown as the kind in the reader's language, not twice.
        referenceId: [
          { root: 'dnr', extension: 'SOF 2026/0101', label: 'Diarienummer' },
          { root: '1.3.88', extension: '7350000000001', label: 'GLN' },
          { root: '1.2.3.4.5.egen', extension: 'X-77', label: 'Referens' },
        ],
      },
      recipientAttention: {
        subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.malmoBarnUnga },
        referenceId: [
          { root: '1.2.752.129.2.1.3.1', extension: '19121212-1212', label: 'Tolvan Tolvansson' },
          { root: '1.2.752.129.2.1.3.3', extension: '20050181-9981', label: 'Amir Rahimi' },
          { root: '1.2.752.74.9.1', extension: 'NR-123', label: 'Nationell reservidentitet' },
          { root: 'unregistred', extension: 'Övrigt 5', label: 'Övrig referens' },
        ],
      },
    });
    const { heading } = await open(id);

    expect(heading).toHaveTextContent('Begäran om uppgifter – samordning');
    // Focus moves in the frame after the page is shown (see MessageDetails).
    await waitFor(() => expect(heading).toHaveFocus());
    expect(await within(fact('Avsändare')).findByText('Lunds kommun')).toBeInTheDocument();
    expect(fact('Avsändande funktion')).toHaveTextContent(FA.lundSocialtjanst);
    expect(fact('Mottagare')).toHaveTextContent('Malmö stad');
    expect(fact('Mottagande funktion')).toHaveTextContent('Socialtjänsten barn och unga');
    // 13:05 UTC is 14:05 in Sweden (CET).
    expect(fact('Skapat')).toHaveTextContent('1 mars 2026 14:05');
    expect(fact('Skapat').querySelector('time')).toHaveAttribute('datetime', '2026-03-01T13:05:00Z');

    const items = (term: string) => within(fact(term)).getAllByRole('listitem').map((li) => li.textContent);
    expect(items('Person hos avsändaren')).toEqual(['Erik Johansson, HSA-id SE2321000016-AB12']);
    expect(items('Avsändarens referenser')).toEqual(['Diarienummer SOF 2026/0101', 'GLN 7350000000001', 'Okänd typ (\u20681.2.3.4.5.egen\u2069) X-77']);
    expect(items('Mottagarens referenser')).toEqual([
      'Tolvan Tolvansson, Personnummer 19121212-1212',
      'Amir Rahimi, Samordningsnummer 20050181-9981',
      'Nationellt reservnummer NR-123',
      'Övrig referens Övrigt 5',
    ]);
    expect(fact('Genererande system (för support)')).toHaveTextContent('Treserva verksamhetssystem, Treserva (rot \u20681.2.752.129.2.1.4.1\u2069)');
    expect(screen.getByRole('note')).toHaveTextContent('Omfattas av sekretess');
    // A received message: no delivery status, and nothing is said to be missing.
    expect(screen.queryByRole('heading', { name: 'Leveransstatus' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Meddelandet är ofullständigt' })).toBeNull();
  });

  it('shows references and persons that came without a label (B1.3.3 and the XSD allow it; only sending needs one)', async () => {
    const id = 'utan-etiketter';
    serveReceived(id, '0d7c6fd4-4a4e-4a55-9a58-1d6d0a5a0001', {
      label: 'Utan etiketter',
      senderAttention: {
        subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.lundSocialtjanst },
        attentionPerson: [{ root: '1.2.752.29.6.2.1', extension: 'SE2321000016-AB12' }],
        referenceId: [{ root: 'dnr', extension: 'SOF 2026/0101' }, { root: '37.3.818.dummy', extension: 'X-1' }],
      },
      recipientAttention: {
        subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.malmoBarnUnga },
        referenceId: [{ root: '1.2.752.129.2.1.3.1', extension: '19121212-1212' }],
      },
      digitalDocument: [{ documentId: 'a', index: '1', contentTextBody: ['Hej.'] }],
    });
    await open(id);
    const items = (term: string) => within(fact(term)).getAllByRole('listitem').map((li) => li.textContent);
    expect(items('Person hos avsändaren')).toEqual(['HSA-id SE2321000016-AB12']);
    expect(items('Avsändarens referenser')).toEqual(['Diarienummer SOF 2026/0101', 'Okänd typ (\u206837.3.818.dummy\u2069) X-1']);
    expect(items('Mottagarens referenser')).toEqual(['Personnummer 19121212-1212']);
    expect(screen.queryByRole('heading', { name: 'Meddelandet är ofullständigt' })).toBeNull();
  });

  it('renders a hostile message inert: markup, entities, event handlers, javascript: URLs, bidi overrides, a huge label', async () => {
    const id = 'fientligt-meddelande';
    const hugeLabel = `${'Ä'.repeat(5000)} slut`;
    const bidi = 'Faktura \u202Efdp.exe';
    serveReceived(id, '9b2f0a52-8b0c-4f7e-9a57-3a3f7b0d2c11', {
      label: hugeLabel,
      senderAttention: {
        subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.lundSocialtjanst, label: '<img src=x onerror=alert(1)>' },
        referenceId: [{ root: 'dnr', extension: bidi, label: '<script>alert(2)</script>' }],
      },
      recipientAttention: { subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.malmoBarnUnga } },
      digitalDocument: [
        {
          documentId: 'text',
          index: '1',
          documentName: '<svg onload=alert(3)>',
          contentTextBody: [
            [
              '&lt;img src=x onerror=alert(4)&gt; och &amp;amp;',
              '',
              '<a href="javascript:alert(5)" onclick="alert(6)">klicka</a>',
              '',
              '[länk](javascript:alert(7))',
              '',
              `Bidi: ${bidi}`,
            ].join('\n'),
          ],
        },
      ],
    });
    const { container, heading } = await open(id);

    expect(heading).toHaveTextContent(hugeLabel);
    // (The app's own icons are SVG; none may come from the message.)
    expect(container.querySelector('script, img, iframe, object, embed, a[href^="javascript"], svg[onload]')).toBeNull();
    expect([...container.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent('<img src=x onerror=alert(4)> och &amp;');
    expect(article).toHaveTextContent('<a href="javascript:alert(5)" onclick="alert(6)">klicka</a>');
    expect(article).toHaveTextContent('länk (javascript:alert(7))');
    expect(article).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(article).toHaveTextContent('<svg onload=alert(3)>');
    // Texts from the message sit in <bdi>, so the override cannot reorder the app's text after them.
    expect(within(article).getByText(bidi, { selector: 'bdi' })).toBeInTheDocument();
    expect(within(article).getByText('<script>alert(2)</script>', { selector: 'bdi' })).toBeInTheDocument();
    expect(screen.getByText('Omfattas av sekretess')).toBeInTheDocument();
  });

  it('renders a malformed message as far as it can, with notes on what is missing', async () => {
    const id = 'trasigt-meddelande';
    serveRaw(id, {
      data: {
        type: 'messages',
        id,
        attributes: {
          messageStatus: 'DELIVERED_MAYBE',
          creationDateTime: 'igår',
          sender: '0203:lund.se',
          recipientAttention: {
            subOrganization: { extension: FA.malmoBarnUnga },
            referenceId: [{ root: 'dnr' }, 'nonsens', { root: 'dnr', extension: 'SOF 1' }],
          },
          digitalDocument: [
            null,
            { documentId: 'a', index: '1', documentName: 'Tomt', contentTextBody: ['   '] },
            { documentId: 'b', index: '2', contentTextBody: ['Det här **går** att läsa.'], contentFiles: [{ fileName: 'x.pdf', contentType: 'application/pdf', content: '@@@ inte base64' }] },
          ],
        },
      },
    });
    const { heading } = await open(id);

    expect(heading).toHaveTextContent('(Ärendemening saknas)');
    const notes = screen.getByRole('region', { name: 'Meddelandet är ofullständigt' });
    const noteTexts = within(notes).getAllByRole('listitem').map((li) => li.textContent);
    expect(noteTexts).toEqual([
      'Meddelandet saknar ärendemening.',
      'Tidpunkten ”\u2068igår\u2069” är inget giltigt datum.',
      'Statusen ”\u2068DELIVERED_MAYBE\u2069” finns inte i kodverket Meddelandestatus.',
      'Meddelandet anger inte om det omfattas av sekretess. Det visas som sekretessmarkerat för säkerhets skull.',
      '2 referenser eller personer saknade id och visas inte.',
      'Dokument \u2068Tomt\u2069 är tomt.',
      '1 bilaga saknar innehåll eller kunde inte avkodas.',
    ]);
    // Shown as confidential when the message does not say.
    expect(screen.getByRole('note')).toHaveTextContent('Omfattas av sekretess');
    expect(fact('Skapat')).toHaveTextContent('Okänt datum');
    expect(fact('Avsändande funktion')).toHaveTextContent('Uppgift saknas');
    expect(within(fact('Mottagarens referenser')).getByRole('listitem')).toHaveTextContent('Diarienummer SOF 1');
    expect(screen.getByText('går').tagName).toBe('STRONG');
    expect(screen.getByRole('row', { name: /x\.pdf/ })).toHaveTextContent('inte giltig base64');
  });

  it('shows the whole conversation of the mailbox, received and sent, in chain order, with the open one marked', async () => {
    const current = receivedSeedId('lund-komplettering-lind');
    await open(current);
    const conversation = screen.getByRole('region', { name: 'Konversation' });
    const list = await within(conversation).findByRole('list', { name: 'Meddelanden i konversationen, i ordning' });
    // The list grows as the received and the sent list arrive (either may come first).
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(5));
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
      'Överflyttning av ärende – familjen Lind',
      'Sv: Överflyttning av ärende – familjen Lind',
      'Sv: Sv: Överflyttning av ärende – familjen Lind',
      'Sv: Sv: Sv: Överflyttning av ärende – familjen Lind',
      'Fråga om kontaktfamilj – familjen Lind',
    ]);
    expect(items.map((li) => li.textContent?.match(/^(Mottaget|Skickat)/)?.[0])).toEqual(['Mottaget', 'Skickat', 'Mottaget', 'Skickat', 'Skickat']);
    expect(items[0]).toHaveTextContent(/från \u2068Lunds kommun – Socialtjänsten\u2069/);
    expect(items[1]).toHaveTextContent(/till \u2068Lunds kommun – Socialtjänsten\u2069/);
    // Sent ones carry their delivery status.
    expect(within(items[1] as HTMLElement).getByText('Accepterat av mottagaren')).toBeInTheDocument();
    expect(within(items[0] as HTMLElement).queryByText(/Accepterat|Nytt/)).toBeNull();

    const links = within(list).getAllByRole('link');
    expect(links.filter((link) => link.getAttribute('aria-current') === 'page')).toEqual([links[2]]);
    expect(links[2]).toHaveAttribute('href', paths.message(FA.malmoBarnUnga, current));
    expect(links[1]).toHaveAttribute('href', paths.message(FA.malmoBarnUnga, sentSeedId('malmo-svar-overflyttning-lind')));
  });

  it('builds the conversation from the list queries, without fetching other messages whole', async () => {
    const requests = serveRaw('none', {});
    await open(receivedSeedId('lund-komplettering-lind'));
    await screen.findByRole('list', { name: 'Meddelanden i konversationen, i ordning' });
    expect(requests.filter(isGetByIdRequest)).toHaveLength(1);
    const lists = requests.filter(isListRequest).map((r) => new URL(r.url).searchParams.toString());
    expect(lists).toEqual(
      expect.arrayContaining([
        expect.stringContaining('filter%5BrecipientAttention.subOrganization.extension%5D='),
        expect.stringContaining('filter%5BsenderAttention.subOrganization.extension%5D='),
      ]),
    );
  });

  it('offers Svara on a received message, carrying the reply intent to the composer', async () => {
    const id = receivedSeedId('lund-komplettering-lind');
    const { user, location } = await open(id);
    const actions = screen.getByRole('region', { name: 'Åtgärder för meddelandet' });
    expect(within(actions).queryByRole('link', { name: 'Komplettera' })).toBeNull();
    const reply = within(actions).getByRole('link', { name: 'Svara' });
    expect(reply).toHaveAttribute('href', paths.compose(FA.malmoBarnUnga, { kind: 'reply', messageId: id }));
    await user.click(reply);
    expect(location().search).toBe(`?svar=${id}`);
    expect(await screen.findByRole('heading', { name: `Nytt meddelande ?svar=${id}` })).toBeInTheDocument();
  });

  it('marks a received message read on open, and offers to mark it unread again', async () => {
    const { user } = await open(receivedSeedId('ivo-begaran-yttrande'));
    const actions = screen.getByRole('region', { name: 'Åtgärder för meddelandet' });
    const toggle = await within(actions).findByRole('button', { name: 'Markera som oläst' });
    await user.click(toggle);
    expect(within(actions).getByRole('button', { name: 'Markera som läst' })).toBeInTheDocument();
    expect(within(actions).getByText('Meddelandet är markerat som oläst.')).toBeInTheDocument();
  });

  it('offers Komplettera on a sent message, carrying the complement intent', async () => {
    const id = sentSeedId('malmo-bekraftelse-lind');
    await open(id);
    const actions = screen.getByRole('region', { name: 'Åtgärder för meddelandet' });
    expect(within(actions).queryByRole('link', { name: 'Svara' })).toBeNull();
    expect(within(actions).getByRole('link', { name: 'Komplettera' })).toHaveAttribute(
      'href',
      paths.compose(FA.malmoBarnUnga, { kind: 'complement', messageId: id }),
    );
    expect(within(actions).getByRole('link', { name: 'Skriv ut' })).toHaveAttribute('href', paths.print(FA.malmoBarnUnga, id));
    expect(within(actions).getByRole('button', { name: /Exportera/ })).toBeInTheDocument();
  });

  it('says it is fetching the message until the message is on screen, and no longer after', async () => {
    renderWithProviders(<ReaderRoutes />, { ...gateway.as('anna'), route: paths.message(FA.malmoBarnUnga, receivedSeedId('ivo-begaran-yttrande')) });
    const status = await screen.findByText('Hämtar meddelandet…');
    await screen.findByRole('heading', { level: 1 }, { timeout: 3000 });
    expect(status).toBeEmptyDOMElement();
  });

  it('says plainly when a message is not confidential', async () => {
    await open(receivedSeedId('ivo-begaran-yttrande'));
    expect(screen.getByRole('note')).toHaveTextContent('Omfattas inte av sekretess');
  });

  it('keeps each sentence in order around a right-to-left document name with an override in it (bidi isolation)', async () => {
    const arabicDocument = 'تقرير \u202Eexe.pdf';
    const id = await receiveFromLund({
      label: 'Dokument på arabiska',
      digitalDocument: [
        { documentId: 'a', index: '1', documentName: arabicDocument, contentTextBody: ['Se bilagan.'], contentFiles: [{ fileName: 'a.pdf', contentType: 'application/pdf', content: 'JVBERi0xLjQK' }] },
      ],
    });
    await open(id);

    const caption = screen.getByRole('table', { name: /^Bilagor – / }).querySelector('caption')?.textContent ?? '';
    // The name sits in one isolate, and the Swedish words keep their logical order.
    expect(caption).toBe(`Bilagor – \u2068${arabicDocument}\u2069`);
    // Nothing right-to-left, and no override, is left outside an isolate to reorder the sentence.
    expect(bidiLeaks(caption)).toEqual([]);
    // The check itself: the same sentence without isolation would leak the name's direction.
    expect(bidiLeaks(`Bilagor – ${arabicDocument}`).length).toBeGreaterThan(0);
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
    const id = await receiveFromLund({
      label: 'Märkligt innehåll',
      confidentiality: false,
      digitalDocument: [{ documentId: 'd1', index: '1', contentTextBody: [hostile] }],
    });
    await open(id);

    const content = screen.getByRole('region', { name: 'Innehåll' });
    expect(within(content).getByRole('heading', { level: 2, name: 'Rubrik' })).toBeInTheDocument();
    expect(within(content).getByText('fet text').tagName).toBe('STRONG');
    expect(within(content).getByText('kursiv').tagName).toBe('EM');
    expect(within(content).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['ett', 'två']);

    expect(content.querySelector('script, img, a, iframe')).toBeNull();
    expect(document.querySelector('script, img')).toBeNull();
    expect(within(content).getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(within(content).getByText('<img src=x onerror=alert(2)>')).toBeInTheDocument();
    expect(content).toHaveTextContent('Klicka x (javascript:alert(3)) och spårning');
    expect(content).not.toHaveTextContent('evil.example');
  });

  it('lists the attachments of a document with name, type and size', async () => {
    await open(receivedSeedId('lund-overflyttning-lind'));
    const table = screen.getByRole('table', { name: /Bilagor/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(['Beslut-kontaktfamilj-Lind.pdf', 'Uppfoljning-Lind.pdf']);
    expect(rows[0]).toHaveTextContent('application/pdf');
    expect(rows[0]).toHaveTextContent(/\d+(,\d)? (kB|byte)/);
  });

  it('shows a not-found message for an unknown id', async () => {
    renderWithProviders(<MessagePage />, {
      ...gateway.as('anna'),
      route: paths.message(FA.malmoBarnUnga, 'finns-inte'),
      path: routePatterns.message,
    });
    expect(screen.getByText('Hämtar meddelandet…')).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('Meddelandet finns inte, eller så har du inte behörighet att läsa det.');
    expect(screen.getByRole('link', { name: 'Tillbaka till inkorgen' })).toBeInTheDocument();
  });

  it('goes back to the sent list when the message was sent from this mailbox', async () => {
    const { user, location } = await open(sentSeedId('malmo-svar-yttrande-helsingborg'));
    await user.click(screen.getByRole('link', { name: 'Tillbaka till skickat' }));
    expect(location().pathname).toBe(paths.mailbox(FA.malmoBarnUnga, 'sent'));
  });

  it('only reads when a message is opened (nothing is sent or changed)', async () => {
    const requests = serveRaw('none', {});
    await open(receivedSeedId('ivo-begaran-yttrande'));
    expect(await screen.findByText('Inga andra meddelanden i konversationen finns i den här brevlådan.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });
});
