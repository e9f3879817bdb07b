import type { TFunction } from 'i18next';
import { isolate } from '../../i18n/bidi';
import type { HandlingPerson } from '../../sdk/handling';

/** A person as the panel names her: "du" for the signed-in user, else her name (or subject). */
export function personName(person: HandlingPerson | null | undefined, me: string, t: TFunction<'handling'>): string {
  if (!person) return '';
  return person.sub === me ? t('panel.you') : isolate(person.name ?? person.sub);
}
