/**
 * Texts of drafts (autosave, the drafts page, discarding, the leave guard): part of the 'compose' namespace, merged by ../i18n.ts under the top-level keys
 * `draft`, `drafts`, `discard`, `leave`. Swedish is the source; English has exactly the same keys.
 */
import type { Texts } from '../../../i18n/texts';

const sv = {
  draft: {
    notYetSaved: 'Utkastet sparas automatiskt när du börjar skriva.',
    unsaved: 'Sparar utkastet…',
    savedAt: 'Utkastet sparades {{time}}.',
    lostFiles_one: 'Bilagan finns inte kvar efter att sidan laddades om. Lägg till den igen:',
    lostFiles_other: '{{count}} bilagor finns inte kvar efter att sidan laddades om. Lägg till dem igen:',
  },
  drafts: {
    title: 'Utkast',
    intro: 'Utkast sparas bara i den här webbläsarfliken och tas bort när du loggar ut eller stänger fliken. Bilagor finns kvar bara tills sidan laddas om.',
    empty: 'Du har inga utkast i den här funktionsbrevlådan.',
    newMessage: 'Nytt meddelande',
    noLabel: '(ingen rubrik)',
    noRecipients: 'Ingen mottagare vald',
    columns: { label: 'Rubrik', recipients: 'Till', savedAt: 'Senast sparat', actions: 'Åtgärder' },
    tableCaption: 'Utkast i {{mailbox}}',
    open: 'Öppna',
    openLabel: 'Öppna utkastet {{label}}',
    delete: 'Ta bort',
    deleteLabel: 'Ta bort utkastet {{label}}',
    deleteTitle: 'Ta bort utkastet?',
    deleteBody: 'Utkastet ”{{label}}” tas bort. Det går inte att ångra.',
    deleteConfirm: 'Ta bort utkastet',
    deleteCancel: 'Behåll',
    deleted: 'Utkastet ”{{label}}” togs bort.',
    kind: { reply: 'Svar', complement: 'Komplettering' },
    attachments_one: '1 bilaga',
    attachments_other: '{{count}} bilagor',
  },
  discard: {
    title: 'Släng utkastet?',
    body: 'Utkastet och bilagorna tas bort. Det går inte att ångra.',
    keep: 'Behåll utkastet',
    confirm: 'Släng utkastet',
  },
  leave: {
    title: 'Lämna meddelandet?',
    body: 'Dina senaste ändringar är inte sparade i utkastet än.',
    stay: 'Stanna kvar',
    saveAndLeave: 'Spara utkastet och lämna',
    discardAndLeave: 'Lämna utan att spara ändringarna',
    sendingTitle: 'Meddelandet skickas just nu',
    sendingBody: 'Om du lämnar sidan avbryts sändningen. Utkastet finns kvar, så du kan skicka senare – samma meddelande skickas då aldrig två gånger.',
    leaveAnyway: 'Avbryt sändningen och lämna',
  },
} as const;

const en: Texts<typeof sv> = {
  draft: {
    notYetSaved: 'The draft is saved automatically once you start writing.',
    unsaved: 'Saving the draft…',
    savedAt: 'Draft saved {{time}}.',
    lostFiles_one: 'The attachment is gone after the page was reloaded. Please add it again:',
    lostFiles_other: '{{count}} attachments are gone after the page was reloaded. Please add them again:',
  },
  drafts: {
    title: 'Drafts',
    intro: 'Drafts are kept only in this browser tab and are removed when you sign out or close the tab. Attachments are kept only until the page is reloaded.',
    empty: 'You have no drafts in this function mailbox.',
    newMessage: 'New message',
    noLabel: '(no subject)',
    noRecipients: 'No recipient chosen',
    columns: { label: 'Subject', recipients: 'To', savedAt: 'Last saved', actions: 'Actions' },
    tableCaption: 'Drafts in {{mailbox}}',
    open: 'Open',
    openLabel: 'Open the draft {{label}}',
    delete: 'Delete',
    deleteLabel: 'Delete the draft {{label}}',
    deleteTitle: 'Delete the draft?',
    deleteBody: 'The draft “{{label}}” is removed. This cannot be undone.',
    deleteConfirm: 'Delete the draft',
    deleteCancel: 'Keep',
    deleted: 'The draft “{{label}}” was deleted.',
    kind: { reply: 'Reply', complement: 'Complement' },
    attachments_one: '1 attachment',
    attachments_other: '{{count}} attachments',
  },
  discard: {
    title: 'Discard the draft?',
    body: 'The draft and its attachments are removed. This cannot be undone.',
    keep: 'Keep the draft',
    confirm: 'Discard the draft',
  },
  leave: {
    title: 'Leave the message?',
    body: 'Your latest changes are not saved in the draft yet.',
    stay: 'Stay',
    saveAndLeave: 'Save the draft and leave',
    discardAndLeave: 'Leave without saving the changes',
    sendingTitle: 'The message is being sent',
    sendingBody: 'Leaving the page cancels sending. The draft is kept, so you can send later – the same message is never sent twice.',
    leaveAnyway: 'Cancel sending and leave',
  },
};

export const draftsTexts = { sv, en } as const;
