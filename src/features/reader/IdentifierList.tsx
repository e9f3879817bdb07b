/**
 * References or persons of a message (IIType: root, extension, label): each with its kind
 * named, so "19121212-1212" reads as a personnummer and "SOF 2025/0877" as a diarienummer.
 */
import { useTranslation } from 'react-i18next';
import type { ReadIdentifier } from '../../sdk/messageHeader';
import { isStandardLabel } from '../../sdk/references';
import { referenceKindName } from './referenceKindName';

export function IdentifierList({ ids }: { ids: readonly ReadIdentifier[] }) {
  const { t } = useTranslation('reader');
  return (
    <ul className="identifier-list">
      {ids.map((id, i) => (
        <li key={`${i}-${id.root}-${id.extension}`}>
          {/* <bdi>: the sender's text; a bidi override in it must not reorder the kind or the next item. */}
          {/* A label that only names the kind (as every sent reference now has one) is shown as the kind, in the reader's language. */}
          {id.label && !isStandardLabel(id.root, id.label) ? (
            <span className="identifier-list__label">
              <bdi>{id.label}</bdi>,{' '}
            </span>
          ) : null}
          <span className="identifier-list__kind">{referenceKindName(t, id)}</span>{' '}
          <bdi className="identifier-list__value">{id.extension}</bdi>
        </li>
      ))}
    </ul>
  );
}
