/** Texts of the 'settings' namespace: the settings page, loaded with it (its header link's label is in 'common'). */
import type { Texts } from '../../i18n/texts';

const sv = {
  title: 'Inställningar',
  intro: 'Inställningarna gäller den här webbläsaren på den här datorn. De innehåller inga meddelanden.',
  shortcuts: {
    legend: 'Kortkommandon',
    toggle: 'Använd kortkommandon med en tangent',
    hint: 'Till exempel j och k för att gå i listan, r för att svara och / för att söka. Stäng av dem om du använder taligenkänning eller lätt råkar trycka på tangenter. Piltangenter, Home, End och Enter fungerar i listan ändå.',
    showHelp: 'Visa alla kortkommandon',
  },
  density: {
    legend: 'Radavstånd i meddelandelistan',
    comfortable: 'Normalt',
    compact: 'Kompakt',
  },
  saved: 'Inställningen är sparad.',
  back: 'Tillbaka till brevlådan',
} as const;

const en: Texts<typeof sv> = {
  title: 'Settings',
  intro: 'The settings apply to this browser on this computer. They contain no messages.',
  shortcuts: {
    legend: 'Keyboard shortcuts',
    toggle: 'Use single-key shortcuts',
    hint: 'For example j and k to move in the list, r to reply and / to search. Switch them off if you use speech recognition or easily press keys by mistake. Arrow keys, Home, End and Enter still work in the list.',
    showHelp: 'Show all keyboard shortcuts',
  },
  density: {
    legend: 'Row spacing in the message list',
    comfortable: 'Normal',
    compact: 'Compact',
  },
  saved: 'The setting is saved.',
  back: 'Back to the mailbox',
};

export const settingsResources = { sv, en } as const;
