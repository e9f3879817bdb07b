/**
 * On the log page: how long the organisation's audit log is kept (ADR 0018), and changing it.
 * 0 keeps it forever; anything else is at least a year (src/sdk/auditLog.ts, checked here and
 * by the gateway). A refused value gets its reason at the field and stays as typed.
 */
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/ApiClientContext';
import { AdminApiError, adminKeys } from '../../../api/endpoints/admin/adminKeys';
import { auditLogRetentionKey, setAuditLogRetention, useAuditLogRetention, type AuditLogRetention } from '../../../api/endpoints/admin/auditLogRetention';
import { isolate } from '../../../i18n/bidi';
import { formatDateTime } from '../../../i18n/format';
import { checkAuditLogRetentionDays, type AuditLogRetentionProblem } from '../../../sdk/auditLog';
import { TextField } from '../../../ui/Field';
import { LoadError } from '../../../ui/LoadError';

const PROBLEMS: readonly AuditLogRetentionProblem[] = ['not-a-whole-number', 'too-short', 'too-large'];
const problemOf = (code: string | undefined): AuditLogRetentionProblem | undefined => PROBLEMS.find((p) => p === code);

export function LogRetention() {
  const { t } = useTranslation('console', { keyPrefix: 'log.retention' });
  const retention = useAuditLogRetention();
  return (
    <section aria-labelledby="console-log-retention" className="console-log-retention">
      <h3 id="console-log-retention">{t('heading')}</h3>
      {retention.isError ? (
        <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void retention.refetch()} />
      ) : retention.data ? (
        <RetentionForm key={`${retention.data.days}-${retention.data.updatedAt ?? ''}`} retention={retention.data} />
      ) : null}
    </section>
  );
}

function RetentionForm({ retention }: { retention: AuditLogRetention }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'log.retention' });
  const client = useApiClient();
  const queryClient = useQueryClient();
  const fieldId = useId();
  const [typed, setTyped] = useState(String(retention.days));
  const [problem, setProblem] = useState<AuditLogRetentionProblem | undefined>();
  const limits = { min: retention.minDays, max: retention.maxDays };

  const save = useMutation({
    mutationFn: (days: number) => setAuditLogRetention(client, days),
    onSuccess: async (stored) => {
      queryClient.setQueryData(auditLogRetentionKey(), stored);
      // The change is itself an entry of the log.
      await queryClient.invalidateQueries({ queryKey: [...adminKeys.all, 'log'] });
    },
    onError: (error) => setProblem(error instanceof AdminApiError ? problemOf(error.fieldIssues()['days']) : undefined),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const days = /^\s*\d+\s*$/.test(typed) ? Number(typed) : Number.NaN;
    const found = checkAuditLogRetentionDays(days);
    setProblem(found);
    if (found === undefined) save.mutate(days);
  };

  return (
    <>
      <p className="console-log-retention__current">
        {retention.days === 0 ? t('keptForever') : t('current', { count: retention.days })}{' '}
        {retention.source === 'default'
          ? t('fromDefault')
          : retention.updatedAt
            ? t('updated', { at: formatDateTime(retention.updatedAt, i18n.language), by: isolate(retention.updatedBy?.name ?? retention.updatedBy?.sub ?? '') })
            : null}
      </p>
      <p className="field__hint">{t('scope')}</p>
      <form onSubmit={onSubmit} noValidate className="console-log-retention__form">
        <TextField
          id={fieldId}
          label={t('daysLabel')}
          hint={t('daysHint', limits)}
          error={problem ? t(`errors.${problem}`, limits) : undefined}
          errorPrefix={t('errorPrefix')}
          input={{ value: typed, inputMode: 'numeric', onChange: (e) => setTyped(e.target.value), autoComplete: 'off' }}
        />
        <p className="console-form__actions">
          <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
            {save.isPending ? t('saving') : t('save')}
          </button>
        </p>
        {save.isError && !problem ? <p role="alert">{t('saveError')}</p> : null}
      </form>
    </>
  );
}
