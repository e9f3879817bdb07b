/**
 * The console's Gallring section (issue 9 part 6, ADR 0017): per mailbox of the organisation,
 * how many days messages in a final status are kept (0 = kept), a preview of how many a run
 * would delete now, and "run now" behind a confirmation in which the mailbox's name must be
 * typed exactly (the gateway checks it too). Bad input gets a field-level error and keeps what
 * was typed.
 */
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MessagesApiError } from '../../../api/apiError';
import { useApiClient } from '../../../api/ApiClientContext';
import {
  retentionKeys,
  retentionPreviewQuery,
  retentionQuery,
  runRetentionNow,
  setRetention,
  type RetentionRunResult,
  type RetentionSetting,
} from '../../../api/endpoints/admin/retention';
import { isolate } from '../../../i18n/bidi';
import { formatDateTime } from '../../../i18n/format';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { TextField } from '../../../ui/Field';
import { LoadError } from '../../../ui/LoadError';
import { checkRetentionDays } from '../../../sdk/retention';
import './retention.css';

const fieldOf = (error: unknown): string | undefined =>
  error instanceof MessagesApiError ? error.problem?.eventIssues?.find((issue) => issue.in)?.in : undefined;

export function RetentionSection() {
  const { t } = useTranslation('consoleRetention');
  const client = useApiClient();
  const list = useQuery(retentionQuery(client));
  return (
    <section aria-labelledby="retention-heading" className="retention">
      <h2 id="retention-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      {list.isPending ? <output>{t('loading')}</output> : null}
      {list.isError ? <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <>
          <p>{list.data.defaultDays === 0 ? t('defaultKeep') : t('defaultDays', { count: list.data.defaultDays })}</p>
          {list.data.data.length === 0 ? <p>{t('empty')}</p> : null}
          <ul className="retention__list">
            {list.data.data.map((setting) => (
              <li key={setting.mailbox}>
                <MailboxRetention setting={setting} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function MailboxRetention({ setting }: { setting: RetentionSetting }) {
  const { t, i18n } = useTranslation('consoleRetention');
  const client = useApiClient();
  const queryClient = useQueryClient();
  const headingId = useId();
  const fieldId = useId();
  const [typed, setTyped] = useState(String(setting.days));
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [lastRun, setLastRun] = useState<RetentionRunResult | undefined>();
  const preview = useQuery({ ...retentionPreviewQuery(client, setting.mailbox), enabled: setting.days > 0 });

  const save = useMutation({
    mutationFn: (days: number) => setRetention(client, setting.mailbox, days),
    onSuccess: async () => {
      setFieldError(undefined);
      await queryClient.invalidateQueries({ queryKey: retentionKeys.all });
    },
    onError: (error) => setFieldError(fieldOf(error) === 'days' ? t('daysError') : undefined),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const days = /^\s*\d+\s*$/.test(typed) ? Number(typed) : Number.NaN;
    if (checkRetentionDays(days) !== undefined) {
      setFieldError(t('daysError'));
      return;
    }
    setFieldError(undefined);
    save.mutate(days);
  };

  return (
    <section aria-labelledby={headingId} className="retention__mailbox">
      <h3 id={headingId}>
        {setting.name} {setting.active ? null : <span className="retention__inactive">({t('inactive')})</span>}
      </h3>
      <p className="retention__id">{setting.mailbox}</p>
      <form onSubmit={onSubmit} noValidate className="retention__form">
        <TextField
          id={fieldId}
          label={t('daysLabel')}
          hint={t('daysHint')}
          error={fieldError}
          errorPrefix={t('errorPrefix')}
          input={{ value: typed, inputMode: 'numeric', onChange: (e) => setTyped(e.target.value), autoComplete: 'off' }}
        />
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {save.isPending ? t('saving') : t('save')}
        </button>
        {save.isSuccess && !fieldError ? <output className="retention__saved">{t('saved')}</output> : null}
        {save.isError && !fieldError ? <p role="alert">{t('saveError')}</p> : null}
      </form>
      <p className="retention__meta">
        {setting.source === 'default'
          ? t('fromDefault')
          : setting.updatedAt
            ? t('updated', { at: formatDateTime(setting.updatedAt, i18n.language), by: isolate(setting.updatedBy?.name ?? setting.updatedBy?.sub ?? '') })
            : null}
      </p>
      <div className="retention__preview" aria-live="polite">
        {setting.days === 0 ? <p>{t('previewKeep')}</p> : null}
        {setting.days > 0 && preview.isPending ? <p>{t('previewLoading')}</p> : null}
        {setting.days > 0 && preview.isError ? <p>{t('previewError')}</p> : null}
        {setting.days > 0 && preview.data ? <p className="retention__count">{t('preview', { count: preview.data.due })}</p> : null}
      </div>
      {setting.days > 0 ? (
        <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          {t('runNow')}
        </button>
      ) : null}
      {lastRun ? (
        <output className="retention__done">
          {t('done', { count: lastRun.deleted + lastRun.gone })} {lastRun.failed > 0 ? t('failedSome', { count: lastRun.failed }) : null}
        </output>
      ) : null}
      {confirming ? (
        <RunNowDialog
          setting={setting}
          onCancel={() => setConfirming(false)}
          onDone={async (result) => {
            setConfirming(false);
            setLastRun(result);
            await queryClient.invalidateQueries({ queryKey: retentionKeys.all });
          }}
        />
      ) : null}
    </section>
  );
}

function RunNowDialog({ setting, onCancel, onDone }: { setting: RetentionSetting; onCancel(): void; onDone(result: RetentionRunResult): void }) {
  const { t } = useTranslation('consoleRetention');
  const client = useApiClient();
  const fieldId = useId();
  const [typed, setTyped] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const run = useMutation({
    mutationFn: () => runRetentionNow(client, setting.mailbox, typed),
    onSuccess: onDone,
    onError: (error) => setNameError(fieldOf(error) === 'confirmMailboxName' ? t('confirm.nameError') : undefined),
  });
  const confirm = () => {
    if (typed !== setting.name) {
      setNameError(t('confirm.nameError'));
      return;
    }
    setNameError(undefined);
    run.mutate();
  };
  return (
    <ConfirmDialog
      title={t('confirm.title', { name: isolate(setting.name) })}
      confirmLabel={t('confirm.run')}
      cancelLabel={t('confirm.cancel')}
      busy={run.isPending}
      busyLabel={t('confirm.running')}
      tone="danger"
      role="alertdialog"
      onCancel={onCancel}
      onConfirm={confirm}
    >
      <p>{t('confirm.body')}</p>
      <TextField
        id={fieldId}
        label={t('confirm.nameLabel')}
        hint={t('confirm.nameHint', { name: isolate(setting.name) })}
        error={nameError}
        errorPrefix={t('errorPrefix')}
        input={{
          value: typed,
          autoComplete: 'off',
          onChange: (e) => setTyped(e.target.value),
          onKeyDown: (e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              confirm();
            }
          },
        }}
      />
      {run.isError && !nameError ? <p role="alert">{t('confirm.error')}</p> : null}
    </ConfirmDialog>
  );
}
