/**
 * Texts of the 'handling' namespace (on demand, with the message page and the composer): the
 * handling panel of a received message in a shared mailbox, its history, the internal notes, the
 * conflict messages and the reply guard. Swedish is the source; English has exactly the same keys.
 */
import type { Texts } from '../../i18n/texts';

const sv = {
  panel: {
    heading: 'Hantering',
    unassigned: 'Ingen har tagit ärendet.',
    assignedTo: 'Handläggs av {{name}}.',
    assignedToYou: 'Du handlägger ärendet.',
    handled: 'Klar.',
    changed: 'Senast ändrat av {{name}}, {{at}}.',
    changedByYou: 'Senast ändrat av dig, {{at}}.',
    loading: 'Hämtar hanteringen…',
    unavailable: 'Hanteringen kan inte visas just nu.',
    you: 'du',
  },
  actions: {
    take: 'Ta ärendet',
    release: 'Släpp ärendet',
    handle: 'Klar',
    reopen: 'Öppna igen',
    assignTo: 'Tilldela kollega',
    assign: 'Tilldela',
    chooseColleague: 'Välj kollega',
    done: {
      take: 'Du har tagit ärendet.',
      assign: 'Ärendet är tilldelat.',
      release: 'Ärendet är släppt.',
      handle: 'Ärendet är markerat som klart.',
      reopen: 'Ärendet är öppnat igen.',
    },
    failed: 'Ändringen kunde inte sparas. Försök igen.',
  },
  conflict: {
    'taken-by-other': '{{name}} har redan tagit ärendet. Tilldela det om det ska lämnas över.',
    'already-yours': 'Ärendet handläggs redan av {{name}}.',
    'not-assigned': 'Ingen har ärendet längre.',
    'already-handled': '{{name}} har redan markerat ärendet som klart. Öppna det igen först.',
    'not-handled': 'Ärendet är inte markerat som klart.',
    version: '{{name}} ändrade hanteringen under tiden. Här är det aktuella läget; försök igen om det behövs.',
  },
  history: {
    heading: 'Historik',
    empty: 'Inga händelser ännu.',
    took: '{{by}} tog ärendet',
    assigned: '{{by}} tilldelade ärendet till {{to}}',
    released: '{{by}} släppte ärendet',
    handled: '{{by}} markerade ärendet som klart',
    reopened: '{{by}} öppnade ärendet igen',
  },
  notes: {
    heading: 'Interna anteckningar',
    internal: 'INTERNT',
    internalHint: 'Bara för kollegor med behörighet till funktionsbrevlådan. Skickas aldrig till den andra organisationen.',
    empty: 'Inga anteckningar.',
    newNote: 'Ny intern anteckning',
    save: 'Spara anteckningen',
    saved: 'Anteckningen är sparad.',
    invalid: 'Skriv en anteckning på 1–{{max}} tecken.',
    failed: 'Anteckningen kunde inte sparas. Försök igen.',
  },
  replyGuard: {
    heading: 'Någon annan handlägger ärendet',
    question: '{{name}} har tagit ärendet. Vill du ändå svara?',
    replyAnyway: 'Svara ändå',
    back: 'Tillbaka till meddelandet',
    checking: 'Kontrollerar vem som handlägger ärendet…',
  },
} as const;

const en: Texts<typeof sv> = {
  panel: {
    heading: 'Handling',
    unassigned: 'Nobody has taken this message.',
    assignedTo: 'Handled by {{name}}.',
    assignedToYou: 'You are handling this message.',
    handled: 'Done.',
    changed: 'Last changed by {{name}}, {{at}}.',
    changedByYou: 'Last changed by you, {{at}}.',
    loading: 'Loading the handling…',
    unavailable: 'The handling cannot be shown right now.',
    you: 'you',
  },
  actions: {
    take: 'Take it',
    release: 'Release it',
    handle: 'Done',
    reopen: 'Reopen',
    assignTo: 'Assign to a colleague',
    assign: 'Assign',
    chooseColleague: 'Choose a colleague',
    done: {
      take: 'You have taken the message.',
      assign: 'The message is assigned.',
      release: 'The message is released.',
      handle: 'The message is marked as done.',
      reopen: 'The message is open again.',
    },
    failed: 'The change could not be saved. Try again.',
  },
  conflict: {
    'taken-by-other': '{{name}} has already taken this message. Assign it if it is to be handed over.',
    'already-yours': 'The message is already handled by {{name}}.',
    'not-assigned': 'Nobody has the message any more.',
    'already-handled': '{{name}} has already marked the message as done. Reopen it first.',
    'not-handled': 'The message is not marked as done.',
    version: '{{name}} changed the handling meanwhile. This is the current state; try again if needed.',
  },
  history: {
    heading: 'History',
    empty: 'No events yet.',
    took: '{{by}} took the message',
    assigned: '{{by}} assigned the message to {{to}}',
    released: '{{by}} released the message',
    handled: '{{by}} marked the message as done',
    reopened: '{{by}} reopened the message',
  },
  notes: {
    heading: 'Internal notes',
    internal: 'INTERNAL',
    internalHint: 'Only for colleagues with access to the function mailbox. Never sent to the other organisation.',
    empty: 'No notes.',
    newNote: 'New internal note',
    save: 'Save the note',
    saved: 'The note is saved.',
    invalid: 'Write a note of 1–{{max}} characters.',
    failed: 'The note could not be saved. Try again.',
  },
  replyGuard: {
    heading: 'Someone else is handling this message',
    question: '{{name}} has taken this message. Do you want to reply anyway?',
    replyAnyway: 'Reply anyway',
    back: 'Back to the message',
    checking: 'Checking who is handling the message…',
  },
};

export const handlingResources = { sv, en } as const;
