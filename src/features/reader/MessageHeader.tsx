/**
 * The facts of a message under its subject: parties (organisation and function, from the
 * address book with the message's own labels as fallback), creation time in Swedish time,
 * references and persons of both sides with their kinds, the generating system and
 * the message id (for support). Missing parts read "Uppgift saknas"; nothing throws.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import type { MessageHeaderData, PartySide, ReadIdentifier } from '../../sdk/messageHeader';
import { useFunctionAddressDirectory } from '../mailboxes';
import { partyNames } from '../../sdk/parties';
import { IdentifierList } from './IdentifierList';
import { isolate } from '../../i18n/bidi';

export interface MessageHeaderProps {
  header: MessageHeaderData;
  /** The resource id the message is opened by. */
  id: string;
}

export function MessageHeader({ header, id }: MessageHeaderProps) {
  const { t, i18n } = useTranslation('reader');
  const directory = useFunctionAddressDirectory();
  const missing = t('header.unknownParty');
  const names = (side: PartySide) => partyNames(side, directory);
  const sender = names(header.sender);
  const recipient = names(header.recipient);
  const system = header.generatingSystem;

  return (
    <dl className="facts message__details">
      <Fact term={t('header.sender')}>{sender.organization ?? missing}</Fact>
      <Fact term={t('header.senderFunction')}>
        <FunctionName name={sender.functionName} identifier={header.sender.functionAddress} missing={missing} />
      </Fact>
      <Persons term={t('header.senderPersons')} ids={header.sender.persons} />
      <Persons term={t('header.senderReferences')} ids={header.sender.references} />
      <Fact term={t('header.recipient')}>{recipient.organization ?? missing}</Fact>
      <Fact term={t('header.recipientFunction')}>
        <FunctionName name={recipient.functionName} identifier={header.recipient.functionAddress} missing={missing} />
      </Fact>
      <Persons term={t('header.recipientPersons')} ids={header.recipient.persons} />
      <Persons term={t('header.recipientReferences')} ids={header.recipient.references} />
      <Fact term={t('header.created')}>
        {header.dateValid && header.creationDateTime ? (
          <time dateTime={header.creationDateTime}>{formatDateTime(header.creationDateTime, i18n.language)}</time>
        ) : (
          t('header.dateUnknown')
        )}
      </Fact>
      {system ? (
        <Fact term={t('header.generatingSystem')}>
          <bdi>{[system.label, system.extension].filter(Boolean).join(', ')}</bdi>
          {system.root ? <span className="message__identifier"> ({t('header.systemRoot', { root: isolate(system.root) })})</span> : null}
        </Fact>
      ) : null}
      <Fact term={t('header.messageId')}>
        <span className="message__identifier">{header.messageId ?? id}</span>
      </Fact>
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Persons({ term, ids }: { term: string; ids: readonly ReadIdentifier[] }) {
  if (ids.length === 0) return null;
  return (
    <Fact term={term}>
      <IdentifierList ids={ids} />
    </Fact>
  );
}

/** A function's name with its identifier as secondary text (when they differ). */
export function FunctionName({ name, identifier, missing }: { name: string | undefined; identifier: string | undefined; missing: string }) {
  if (!name) return <>{missing}</>;
  return (
    <>
      {/* <bdi>: text from the service or address book; a bidi override in it must not reorder what follows. */}
      <bdi>{name}</bdi>
      {identifier && identifier !== name ? <span className="message__identifier"> ({identifier})</span> : null}
    </>
  );
}
