/**
 * What the case worker should do now about a failed delivery, one piece of advice per reason
 * (src/sdk/delivery.ts decides which; the words are here).
 */
import { useTranslation } from 'react-i18next';
import type { Advice } from '../../sdk/delivery';
import { isolateEach } from '../../i18n/bidi';

export function DeliveryAdvice({ advice }: { advice: readonly Advice[] }) {
  const { t } = useTranslation('delivery');
  if (advice.length === 0) return null;
  return (
    <section className="delivery-advice" aria-labelledby="delivery-advice-heading">
      <h3 id="delivery-advice-heading">{t('adviceHeading')}</h3>
      <ul className="delivery-advice__list">
        {advice.map((item) => (
          <li key={item.kind} className="delivery-advice__item" data-advice={item.kind}>
            <p className="delivery-advice__what">
              <strong>
                {item.kind === 'recipient-rule' && item.rules?.length
                  ? t('advice.recipient-rule.whatRules', { rules: isolateEach(item.rules) })
                  : t(`advice.${item.kind}.what`)}
              </strong>
            </p>
            <p className="delivery-advice__todo">{t(`advice.${item.kind}.todo`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
