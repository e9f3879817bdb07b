/**
 * Texts of the 'shortcuts' namespace: the keyboard-shortcut help, loaded with the dialog (its
 * button's label is in 'common', as it is on every page).
 */
import type { Texts } from '../../i18n/texts';

// What is printed on the key caps: the same in both languages (only the arrows get words).
const keyCaps = {
  j: 'j',
  k: 'k',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  r: 'r',
  u: 'u',
  t: 't',
  h: 'h',
  c: 'c',
  slash: '/',
  question: '?',
  escape: 'Esc',
} as const;

const sv = {
  title: 'Kortkommandon',
  close: 'Stäng',
  enabled: 'Kortkommandon med en tangent är påslagna.',
  disabled: 'Kortkommandon med en tangent är avstängda. Piltangenter, Home, End och Enter fungerar ändå i meddelandelistan.',
  settingsLink: 'Stäng av eller slå på kortkommandon i inställningarna',
  columns: {
    keys: 'Tangent',
    action: 'Gör',
    switchable: 'Kan stängas av',
  },
  yes: 'Ja',
  no: 'Nej',
  or: 'eller',
  keys: { ...keyCaps, down: 'Pil ned', up: 'Pil upp' },
  actions: {
    next: 'Nästa meddelande i listan',
    previous: 'Föregående meddelande i listan',
    firstLast: 'Första eller sista meddelandet i listan',
    open: 'Öppna meddelandet',
    reply: 'Svara på ett mottaget meddelande (i listan eller när det är öppet)',
    toggleRead: 'Markera meddelandet i listan som läst eller oläst',
    compose: 'Skriv ett nytt meddelande från brevlådan',
    search: 'Gå till sökfältet i listan',
    help: 'Visa den här listan',
    back: 'Från ett öppet meddelande: tillbaka till listan',
    take: 'Ta det öppna ärendet (delad funktionsbrevlåda)',
    handled: 'Markera det öppna ärendet som klart (delad funktionsbrevlåda)',
  },
  typingNote: 'Kortkommandona fungerar inte medan du skriver i ett textfält eller håller ned Ctrl, Alt eller Cmd.',
} as const;

const en: Texts<typeof sv> = {
  title: 'Keyboard shortcuts',
  close: 'Close',
  enabled: 'Single-key shortcuts are on.',
  disabled: 'Single-key shortcuts are off. Arrow keys, Home, End and Enter still work in the message list.',
  settingsLink: 'Switch shortcuts off or on in the settings',
  columns: {
    keys: 'Key',
    action: 'Does',
    switchable: 'Can be switched off',
  },
  yes: 'Yes',
  no: 'No',
  or: 'or',
  keys: { ...keyCaps, down: 'Down arrow', up: 'Up arrow' },
  actions: {
    next: 'Next message in the list',
    previous: 'Previous message in the list',
    firstLast: 'First or last message in the list',
    open: 'Open the message',
    reply: 'Reply to a received message (in the list or when it is open)',
    toggleRead: 'Mark the message in the list as read or unread',
    compose: 'Write a new message from the mailbox',
    search: 'Go to the search field of the list',
    help: 'Show this list',
    back: 'From an open message: back to the list',
    take: 'Take the open message (shared function mailbox)',
    handled: 'Mark the open message as done (shared function mailbox)',
  },
  typingNote: 'Shortcuts do not work while you type in a text field or hold down Ctrl, Alt or Cmd.',
};

export const shortcutsResources = { sv, en } as const;
