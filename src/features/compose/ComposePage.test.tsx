import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FA } from '../../../mocks/personas';
import { useMockService } from '../../../mocks/testing';
import { paths } from '../../routes/paths';
import { defaultTestUser } from '../../testing/renderWithProviders';
import { useDraftStore } from './drafts/draftStore';
import { simulatePageReload } from './drafts/draftSchema';
import { rememberRecipients } from './recipients/recentRecipients';
import { abortableSleep } from './sending/abortableSleep';
import { renderCompose } from './testing/renderCompose';

// The real wait between send attempts, observable and replaceable per test.
vi.mock('./sending/abortableSleep', async (importOriginal) => {
  const real = await importOriginal<typeof import('./sending/abortableSleep')>();
  return { abortableSleep: vi.fn<typeof real.abortableSleep>(real.abortableSleep) };
});

const { world } = useMockService();

beforeEach(() => {
  window.sessionStorage.clear();
  useDraftStore.setState({ drafts: {}, attachments: {} });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const combobox = () => screen.getByRole('combobox', { name: 'Till' });

async function chooseRecipient(user: UserEvent, query: string, option: string | RegExp) {
  const input = combobox();
  await user.clear(input);
  await user.type(input, query);
  const listbox = await screen.findByRole('listbox');
  await user.click(within(listbox).getByRole('option', { name: option }));
}

async function fillValidMessage(user: UserEvent, options: { label?: string; text?: string } = {}) {
  await user.type(screen.getByLabelText('Rubrik'), options.label ?? 'Kallelse till SIP-möte');
  await user.click(screen.getByRole('radio', { name: 'Nej' }));
  await user.type(screen.getByRole('textbox', { name: 'Meddelande' }), options.text ?? 'Hej! Välkommen till mötet.');
}

function outgoingTo(label: string) {
  return world()
    .store.all()
    .filter((r) => r.direction === 'outgoing' && r.message.label === label);
}

async function renderNew() {
  const result = renderCompose({ route: paths.compose(FA.malmoBarnUnga) });
  await screen.findByRole('heading', { level: 1, name: 'Nytt meddelande' });
  // The address book is loaded before the recipient search is useful.
  await waitFor(() => expect(screen.queryByText('Adressboken laddas…')).not.toBeInTheDocument());
  return result;
}

describe('ComposePage: form rules', () => {
  it('counts the label live and refuses more than 256 characters next to the field', async () => {
    const { user } = await renderNew();
    const label = screen.getByLabelText('Rubrik');
    await user.type(label, 'Kallelse');
    expect(screen.getByText('8 av 256 tecken')).toBeInTheDocument();
    await user.clear(label);
    await user.click(label);
    await user.paste('x'.repeat(260));
    expect(screen.getByText('4 tecken för mycket (högst 256)')).toBeInTheDocument();
    await user.tab();
    expect(label).toHaveAccessibleDescription(expect.stringContaining('Rubriken får vara högst 256 tecken'));
    expect(label).toHaveAttribute('aria-invalid', 'true');
  });

  it('on a failed submit lists every problem in a focused summary linking to the fields; confidentiality has no default', async () => {
    const { user } = await renderNew();
    expect(screen.getByRole('radio', { name: 'Ja, omfattas av sekretess' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Nej' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    const summary = await screen.findByRole('alert', { name: 'Det finns fel i meddelandet' });
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link').map((l) => l.textContent);
    expect(links).toEqual(
      expect.arrayContaining([
        'Välj minst en mottagare',
        'Skriv en rubrik',
        'Välj om meddelandet omfattas av sekretess',
        'Skriv ett meddelande eller bifoga en fil',
      ]),
    );
    await user.click(within(summary).getByRole('link', { name: 'Välj om meddelandet omfattas av sekretess' }));
    expect(screen.getByRole('radio', { name: 'Ja, omfattas av sekretess' })).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: 'Välj minst en mottagare' }));
    expect(combobox()).toHaveFocus();
    expect(world().store.all().filter((r) => r.direction === 'outgoing' && r.message.label === '')).toHaveLength(0);
  });

  it('validates personnummer and samordningsnummer (date and check digit) as they are typed', async () => {
    const { user } = await renderNew();
    await user.click(screen.getByRole('button', { name: 'Lägg till referens' }));
    await user.selectOptions(screen.getByLabelText('Typ av referens 1'), 'Personnummer');
    const value = screen.getByLabelText('Referens 1');
    await user.type(value, '19121212-1213');
    await user.tab();
    expect(value).toHaveAccessibleDescription(expect.stringContaining('Kontrollsiffran stämmer inte'));
    await user.clear(value);
    await user.type(value, '19121312-1212');
    expect(value).toHaveAccessibleDescription(expect.stringContaining('inget giltigt datum'));
    await user.clear(value);
    await user.type(value, '191212121212');
    expect(value).not.toHaveAttribute('aria-invalid');
    expect(value).toHaveAccessibleDescription(expect.stringContaining('Skickas som \u206819121212-1212\u2069'));

    await user.selectOptions(screen.getByLabelText('Typ av referens 1'), 'Samordningsnummer');
    expect(value).toHaveAccessibleDescription(expect.stringContaining('Det här är ett personnummer'));
    await user.clear(value);
    await user.type(value, '19701063-2391');
    expect(value).not.toHaveAttribute('aria-invalid');
  });
});

describe('ComposePage: recipients combobox', () => {
  it('finds "Lund soc" with the keyboard: arrows, Home/End, Enter; announces the count; Escape closes', async () => {
    const { user } = await renderNew();
    await user.type(combobox(), 'Lund soc');
    const listbox = await screen.findByRole('listbox');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    const options = within(listbox).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Socialtjänsten, Lunds kommun');
    expect(screen.getByText(/\d+ träff(ar)?\. Välj med pil upp och pil ned/)).toBeInTheDocument();

    await user.keyboard('{ArrowDown}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{End}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', options.at(-1)?.id);
    await user.keyboard('{Home}');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');

    const chips = screen.getByRole('list', { name: 'Vald mottagare' });
    expect(within(chips).getByText('Socialtjänsten, Lunds kommun')).toBeInTheDocument();
    expect(combobox()).toHaveValue('');
    expect(screen.getByText('\u2068Socialtjänsten, Lunds kommun\u2069 tillagd. 1 mottagare vald.')).toBeInTheDocument();

    await user.type(combobox(), 'regist');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Escape}');
    expect(combobox()).toHaveValue('');
    // Backspace in the empty field removes the last chip.
    await user.keyboard('{Backspace}');
    expect(screen.queryByRole('list', { name: 'Vald mottagare' })).not.toBeInTheDocument();
  });

  it('offers recently used recipients first when the field is empty', async () => {
    rememberRecipients(defaultTestUser().subject, [FA.lundOverformyndare, FA.lundSocialtjanst]);
    const { user } = await renderNew();
    await user.click(combobox());
    const listbox = await screen.findByRole('listbox', { name: 'Senast använda mottagare' });
    expect(within(listbox).getAllByRole('option').map((o) => o.querySelector('.combobox__primary')?.textContent)).toEqual([
      'Överförmyndare, Lunds kommun',
      'Socialtjänsten, Lunds kommun',
    ]);
  });

  it('shows address-book text as text, never as markup', async () => {
    const { user } = await renderNew();
    await user.type(combobox(), '<script>');
    expect(await screen.findByText('Inga träffar på ”\u2068<script>\u2069”.', { selector: '.combobox__more' })).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
  });
});

function pdfFile(name: string): File {
  return new File(['%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'], name, { type: 'application/pdf' });
}

describe('ComposePage: sending', () => {
  it('sends a confidential message with a personnummer reference and goes to Skickat with a confirmation', async () => {
    const { user, location } = await renderNew();
    await chooseRecipient(user, 'Lund soc', /^Socialtjänsten, Lunds kommun/);
    await user.type(screen.getByLabelText('Rubrik'), 'Orosanmälan');
    await user.click(screen.getByRole('radio', { name: 'Ja, omfattas av sekretess' }));
    await user.type(screen.getByRole('textbox', { name: 'Meddelande' }), 'Vi behöver ett **SIP-möte**.');
    await user.click(screen.getByRole('button', { name: 'Lägg till referens' }));
    await user.selectOptions(screen.getByLabelText('Typ av referens 1'), 'Personnummer');
    await user.type(screen.getByLabelText('Referens 1'), '19121212-1212');
    await user.click(screen.getByRole('button', { name: 'Skicka' }));

    await screen.findByRole('heading', { name: 'Skickat' });
    expect(location().pathname).toBe(paths.mailbox(FA.malmoBarnUnga, 'sent'));
    expect(screen.getByText('Meddelandet ”\u2068Orosanmälan\u2069” är skickat. Du ser dess status här i Skickat.')).toBeInTheDocument();

    const [record, ...others] = outgoingTo('Orosanmälan');
    expect(others).toHaveLength(0);
    expect(record?.message).toMatchObject({
      confidentiality: true,
      sender: '0203:malmo.se',
      recipient: '0203:lund.se',
      senderAttention: { subOrganization: { extension: FA.malmoBarnUnga }, referenceId: [{ root: '1.2.752.129.2.1.3.1', extension: '191212121212' }] },
      recipientAttention: { subOrganization: { extension: FA.lundSocialtjanst } },
    });
    // Sent: the draft is gone, and the recipient is remembered for next time.
    expect(Object.keys(useDraftStore.getState().drafts)).toHaveLength(0);
  });

  it('sends to three recipients as three messages with their own messageIds, after a summary; shared conversation on request', async () => {
    const { user } = await renderNew();
    await chooseRecipient(user, 'Lund soc', /^Socialtjänsten, Lunds kommun/);
    await chooseRecipient(user, 'ystad soc', /^Socialtjänsten, Ystads kommun/);
    await chooseRecipient(user, 'skåne registrator', /^Registrator, Region Skåne/);
    await fillValidMessage(user, { label: 'Inbjudan till samverkan' });
    await user.click(screen.getByRole('radio', { name: 'Samma konversation för alla' }));
    await user.click(screen.getByRole('button', { name: 'Skicka 3 meddelanden' }));

    const dialog = await screen.findByRole('dialog', { name: 'Skicka 3 meddelanden?' });
    expect(within(dialog).getByText('3 meddelanden skickas:')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Socialtjänsten, Lunds kommun – Inbjudan till samverkan',
      'Socialtjänsten, Ystads kommun – Inbjudan till samverkan',
      'Registrator, Region Skåne – Inbjudan till samverkan',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Skicka 3 meddelanden' }));
    await screen.findByRole('heading', { name: 'Skickat' });

    const records = outgoingTo('Inbjudan till samverkan');
    expect(records.map((r) => r.message.recipientAttention?.subOrganization.extension).sort()).toEqual(
      [FA.lundSocialtjanst, 'sdk:socialtjanst:0203:ystad.se', 'sdk:registrator:0203:skane.se'].sort(),
    );
    expect(new Set(records.map((r) => r.message.messageId)).size).toBe(3);
    expect(new Set(records.map((r) => r.message.conversationId)).size).toBe(1);
  });

  it('separate conversations by default for a send list', async () => {
    const { user } = await renderNew();
    await chooseRecipient(user, 'Lund soc', /^Socialtjänsten, Lunds kommun/);
    await chooseRecipient(user, 'ystad soc', /^Socialtjänsten, Ystads kommun/);
    await fillValidMessage(user, { label: 'Två separata' });
    expect(screen.getByRole('radio', { name: 'En egen konversation för varje mottagare' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Skicka 2 meddelanden' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Skicka 2 meddelanden' }));
    await screen.findByRole('heading', { name: 'Skickat' });
    const records = outgoingTo('Två separata');
    expect(records).toHaveLength(2);
    expect(new Set(records.map((r) => r.message.conversationId)).size).toBe(2);
  });

  it('shows a 400’s eventIssues next to the fields they name and keeps everything typed', async () => {
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.method === 'POST' && request.url.endsWith('/sdk/messages')) {
        return Response.json(
          {
            type: 'urn:problem-type:sdk:badRequest',
            title: 'Bad Request',
            status: 400,
            detail: 'MESSAGE_EXCHANGE_ERROR',
            eventIssues: [
              {
                typeCode: 'MESSAGE_EXCHANGE_ERROR',
                title: 'BV/not-found: recipientAttention.subOrganization.extension.not-found',
                detail: 'function address is not in the address book',
                in: 'data.attributes.recipientAttention.subOrganization.extension',
                dateTime: '2026-03-02T09:00:00Z',
              },
              { typeCode: 'MESSAGE_EXCHANGE_ERROR', title: 'Odd', detail: 'Something only the service knows', dateTime: '2026-03-02T08:59:00Z' },
            ],
          },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        );
      }
      return realFetch(request);
    });
    const { user, location } = await renderNew();
    await chooseRecipient(user, 'Lund soc', /^Socialtjänsten, Lunds kommun/);
    await fillValidMessage(user, { label: 'Avvisas av tjänsten' });
    await user.click(screen.getByRole('button', { name: 'Skicka' }));

    const summary = await screen.findByRole('alert', { name: 'Det finns fel i meddelandet' });
    expect(within(summary).getByRole('link', { name: /Mottagaren finns inte i adressboken/ })).toHaveAttribute('href', '#compose-recipients');
    expect(within(summary).getByText('Fel i meddelandet: Something only the service knows')).toBeInTheDocument();
    expect(combobox()).toHaveAccessibleDescription(expect.stringContaining('Mottagaren finns inte i adressboken'));
    expect(screen.getByLabelText('Rubrik')).toHaveValue('Avvisas av tjänsten');
    expect(location().pathname).toBe(paths.compose(FA.malmoBarnUnga));
    // The draft keeps the ids of the failed send, so a retry sends the very same message.
    const draft = Object.values(useDraftStore.getState().drafts)[0];
    expect(Object.values(draft?.sendIds ?? {})).toHaveLength(1);
  });
});

describe('ComposePage: never twice', () => {
  it('a send whose answer was lost, cancelled and sent again after a reload gives exactly one message', async () => {
    const realFetch = globalThis.fetch;
    let posts = 0;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.method === 'POST' && request.url.endsWith('/sdk/messages')) {
        posts++;
        const response = await realFetch(request);
        // The first time the service stores the message, but the answer never arrives.
        if (posts === 1) throw new TypeError('Failed to fetch');
        return response;
      }
      return realFetch(request);
    });
    // The wait before the retry (2 s ± 20 %) lasts until the user cancels, however slow the
    // machine running the test: the retry must not race the click.
    vi.mocked(abortableSleep).mockImplementation(
      (_ms, signal) => new Promise<void>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
    );
    const first = await renderNew();
    await chooseRecipient(first.user, 'Lund soc', /^Socialtjänsten, Lunds kommun/);
    await fillValidMessage(first.user, { label: 'Bara en gång' });
    await first.user.click(screen.getByRole('button', { name: 'Skicka' }));
    // The engine waits to retry; the user gives up for now.
    await first.user.click(await screen.findByRole('button', { name: 'Avbryt sändningen' }));
    expect(abortableSleep).toHaveBeenCalledTimes(1);
    expect(vi.mocked(abortableSleep).mock.calls[0]?.[0]).toBeGreaterThanOrEqual(1600);
    expect(await screen.findByText(/Sändningen avbröts/)).toBeInTheDocument();
    expect(outgoingTo('Bara en gång')).toHaveLength(1);
    const url = `${first.location().pathname}${first.location().search}`;
    expect(url).toMatch(/\?utkast=/);
    first.unmount();

    simulatePageReload();
    const second = renderCompose({ route: url });
    expect(await screen.findByLabelText('Rubrik')).toHaveValue('Bara en gång');
    await second.user.click(screen.getByRole('button', { name: 'Skicka' }));
    await screen.findByRole('heading', { name: 'Skickat' });
    expect(posts).toBe(2);
    expect(outgoingTo('Bara en gång')).toHaveLength(1);
  });
});

describe('ComposePage: pre-send warnings', () => {
  async function readyToSend(user: UserEvent, change: { text?: string; confidential?: boolean } = {}) {
    await chooseRecipient(user, 'Lund soc', /^Socialtjänsten, Lunds kommun/);
    await user.type(screen.getByLabelText('Rubrik'), 'Varning');
    await user.click(screen.getByRole('radio', { name: change.confidential ? 'Ja, omfattas av sekretess' : 'Nej' }));
    if (change.text !== undefined) await user.type(screen.getByRole('textbox', { name: 'Meddelande' }), change.text);
  }

  it('warns when the text is empty; with a PDF attached the message can still be sent', async () => {
    const { user } = await renderNew();
    await readyToSend(user);
    await user.upload(screen.getByTestId('attachment-input'), pdfFile('beslut.pdf'));
    await screen.findByText('beslut.pdf');
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vill du skicka ändå?' });
    expect(within(dialog).getByText('Meddelandet har ingen text.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Skicka ändå' }));
    await screen.findByRole('heading', { name: 'Skickat' }, { timeout: 5000 });
    const [record] = outgoingTo('Varning');
    expect(record?.message.digitalDocument?.[0]?.contentFiles?.[0]).toMatchObject({ fileName: 'beslut.pdf', contentType: 'application/pdf' });
    expect(record?.message.digitalDocument?.[0]?.contentTextBody).toBeUndefined();
  });

  it('warns when the text mentions an attachment but none is attached; "Tillbaka" sends nothing', async () => {
    const { user } = await renderNew();
    await readyToSend(user, { text: 'Jag bifogar utredningen.' });
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vill du skicka ändå?' });
    expect(within(dialog).getByText('Texten nämner en bilaga, men ingen fil är bifogad.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Tillbaka till meddelandet' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(outgoingTo('Varning')).toHaveLength(0);
  });

  it('warns when a confidential message has no reference; "Skicka ändå" sends', async () => {
    const { user } = await renderNew();
    await readyToSend(user, { text: 'Hej', confidential: true });
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vill du skicka ändå?' });
    expect(within(dialog).getByText(/omfattas av sekretess men har ingen referens/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Skicka ändå' }));
    await screen.findByRole('heading', { name: 'Skickat' });
    expect(outgoingTo('Varning')).toHaveLength(1);
  });

  it('warns about many recipients', async () => {
    const { user } = await renderNew();
    for (const town of ['Lund', 'Ystad', 'Eslöv', 'Trelleborg', 'Landskrona', 'Burlöv']) {
      await chooseRecipient(user, `${town} soc`, new RegExp(`^Socialtjänsten, ${town}`));
    }
    await fillValidMessage(user, { label: 'Till många' });
    await user.click(screen.getByRole('button', { name: 'Skicka 6 meddelanden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vill du skicka ändå?' });
    expect(within(dialog).getByText('Meddelandet skickas till 6 mottagare.')).toBeInTheDocument();
    expect(within(dialog).getByText('6 meddelanden skickas:')).toBeInTheDocument();
  });
});
