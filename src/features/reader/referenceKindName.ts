/** The name of an identifier's kind ("Personnummer", "Diarienummer", …); an unknown root shown raw. */
import type { TFunction } from 'i18next';
import type { ReadIdentifier } from '../../sdk/messageHeader';
import { isolate } from '../../i18n/bidi';

export function referenceKindName(t: TFunction<'reader'>, id: Pick<ReadIdentifier, 'kind' | 'root'>): string {
  if (id.kind !== 'unknown') return t(`referenceKind.${id.kind}`);
  return id.root ? t('referenceKind.unknown', { root: isolate(id.root) }) : t('referenceKind.noRoot');
}
