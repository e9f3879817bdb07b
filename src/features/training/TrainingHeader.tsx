/**
 * Loaded only for trainers and practice accounts (the app shell checks the role first, so the
 * inbox's start-up bundle carries none of this): the "Utbildning" link for a trainer, and for a
 * practice account the ÖVNING badge with the trainer's latest hint. Its few words are here
 * rather than in a namespace, so nothing is fetched before it shows.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { useApiClient } from '../../api/ApiClientContext';
import { trainingMeQuery } from '../../api/endpoints/training/me';
import { isolate } from '../../i18n/bidi';

const WORDS = {
  sv: { link: 'Utbildning', badge: 'ÖVNING', badgeLabel: 'Övningsmiljö: inget når en riktig meddelandetjänst', hint: 'Tips från utbildaren:' },
  en: { link: 'Training', badge: 'PRACTICE', badgeLabel: 'Practice environment: nothing reaches a real message service', hint: 'Hint from the trainer:' },
} as const;
const HINT_POLL_MS = 10_000;

export default function TrainingHeader() {
  const { i18n } = useTranslation();
  const words = i18n.language === 'en' ? WORDS.en : WORDS.sv;
  const { user } = useSession();
  const current = useMatch('/utbildning/*') !== null;
  return (
    <>
      {user.roles.includes('practice') ? <PracticeBadge words={words} /> : null}
      {user.roles.includes('trainer') ? (
        <Link to="/utbildning" className="button button--quiet" aria-current={current ? 'page' : undefined}>
          {words.link}
        </Link>
      ) : null}
    </>
  );
}

function PracticeBadge({ words }: { words: (typeof WORDS)['sv' | 'en'] }) {
  const client = useApiClient();
  const me = useQuery({ ...trainingMeQuery(client), refetchInterval: HINT_POLL_MS, retry: false });
  const hint = me.data?.hints[0];
  return (
    <span className="practice-badge" role="note" aria-label={words.badgeLabel} style={{ background: '#7a1fa2', color: '#fff', fontWeight: 700, padding: '0.2rem 0.6rem', borderRadius: '0.25rem' }}>
      {words.badge}
      {hint ? (
        <output style={{ fontWeight: 400, marginInlineStart: '0.5rem' }}>
          {words.hint} {isolate(hint.text)}
        </output>
      ) : null}
    </span>
  );
}
