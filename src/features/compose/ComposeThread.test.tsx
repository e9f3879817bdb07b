import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { FA } from '../../../mocks/personas';
import { withInProcessGateway } from '../../testing/inProcessGateway';
import { paths } from '../../routes/paths';
import { useDraftStore } from './drafts/draftStore';
import { renderCompose } from './testing/renderCompose';

const gateway = withInProcessGateway();
const { world } = gateway;

beforeEach(() => {
  window.sessionStorage.clear();
  useDraftStore.setState({ drafts: {}, attachments: {} });
});

function receivedBy(mailbox: string) {
  world().settle();
  const record = world()
    .store.all()
    .find((r) => r.direction === 'incoming' && r.message.recipientAttention?.subOrganization.extension === mailbox);
  if (!record) throw new Error(`No incoming message for ${mailbox} in the seed`);
  return record;
}

function sentFrom(mailbox: string) {
  const record = world()
    .store.all()
    .find((r) => r.direction === 'outgoing' && r.message.senderAttention?.subOrganization.extension === mailbox);
  if (!record) throw new Error(`No outgoing message from ${mailbox} in the seed`);
  return record;
}

describe('reply and complement', () => {
  it('a reply is prefilled: to the sender’s function, "SV:" label, same conversation; confidentiality still to be chosen', async () => {
    const original = receivedBy(FA.malmoBarnUnga);
    const { user } = renderCompose({ ...gateway.as('anna'), route: paths.compose(FA.malmoBarnUnga, { kind: 'reply', messageId: original.id }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Svara' })).toBeInTheDocument();
    await screen.findByLabelText('Rubrik');
    const senderFa = original.message.senderAttention?.subOrganization.extension ?? '';
    const chips = screen.getByRole('list', { name: 'Vald mottagare' });
    expect(within(chips).getByRole('listitem')).toHaveTextContent(/.+, .+/);
    expect(within(chips).getByTitle(senderFa)).toBeInTheDocument();
    // The recipient is fixed in a reply: no search field, no remove button.
    expect(screen.queryByRole('combobox', { name: 'Till' })).not.toBeInTheDocument();
    expect(within(chips).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Rubrik')).toHaveValue(`SV: ${original.message.label}`);
    expect(screen.getByRole('radio', { name: 'Ja, omfattas av sekretess' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Nej' })).not.toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Nej' }));
    await user.type(screen.getByRole('textbox', { name: 'Meddelande' }), 'Tack, vi återkommer.');
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    await screen.findByRole('heading', { name: 'Skickat' });

    const reply = world()
      .store.all()
      .find((r) => r.direction === 'outgoing' && r.message.refToMessageId === original.message.messageId);
    expect(reply?.message).toMatchObject({
      conversationId: original.message.conversationId,
      sender: original.message.recipient,
      recipient: original.message.sender,
      recipientAttention: {
        subOrganization: { extension: senderFa },
        ...(original.message.senderAttention?.referenceId ? { referenceId: original.message.senderAttention.referenceId } : {}),
      },
      senderAttention: { subOrganization: { extension: FA.malmoBarnUnga } },
    });
    expect(reply?.message.messageId).not.toBe(original.message.messageId);
  });

  it('a complement is prefilled: same recipient, same conversation, refers to the complemented message', async () => {
    const original = sentFrom(FA.malmoBarnUnga);
    const { user } = renderCompose({ ...gateway.as('anna'), route: paths.compose(FA.malmoBarnUnga, { kind: 'complement', messageId: original.id }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Komplettera' })).toBeInTheDocument();
    await screen.findByLabelText('Rubrik');
    expect(screen.getByLabelText('Rubrik')).toHaveValue(`Komplettering: ${original.message.label}`.slice(0, 256));
    expect(within(screen.getByRole('list', { name: 'Vald mottagare' })).getByTitle(original.message.recipientAttention?.subOrganization.extension ?? '')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Nej' }));
    await user.type(screen.getByRole('textbox', { name: 'Meddelande' }), 'Här kommer det som saknades.');
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    await screen.findByRole('heading', { name: 'Skickat' });
    const complement = world()
      .store.all()
      .find((r) => r.direction === 'outgoing' && r.message.refToMessageId === original.message.messageId && r.message.label.startsWith('Komplettering: '));
    expect(complement?.message).toMatchObject({
      senderAttention: { subOrganization: { extension: FA.malmoBarnUnga } },
      conversationId: original.message.conversationId,
      recipient: original.message.recipient,
      recipientAttention: { subOrganization: { extension: original.message.recipientAttention?.subOrganization.extension } },
    });
  });

  it('explains when the message cannot be answered from this mailbox', async () => {
    const original = receivedBy(FA.malmoBarnUnga);
    renderCompose({
      ...gateway.as('anna'),
      route: paths.compose(FA.malmoAldreomsorg, { kind: 'reply', messageId: original.id }),
      user: { functionAddresses: [FA.malmoAldreomsorg] },
    });
    // The service will not show another mailbox's message to this user, or the prefill refuses it.
    expect(await screen.findByRole('alert')).toHaveTextContent(/finns inte längre|hör inte till någon av dina funktionsbrevlådor|kunde inte hämtas/);
  });
});
