/**
 * "Leaving with unsaved changes asks first."
 *
 * - Inside the app (react-router's useBlocker): asks when a change is not yet saved, or while a
 *   send is under way. "Spara och lämna" saves the draft first.
 * - Reload, closing the tab, typing another address (beforeunload): the text is saved to this
 *   tab's session storage anyway, so the browser only asks when something would really be lost:
 *   attachments (kept in memory only) or a send that is under way.
 *
 * useBlocker needs a data router: the app's createBrowserRouter, and createMemoryRouter in tests.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';

export interface LeaveGuardProps {
  /** Unsaved changes or a send in progress: ask before leaving the composer. Read at navigation time. */
  shouldBlockNavigation(): boolean;
  /** Something a reload would lose (attachments, a running send). */
  blockUnload: boolean;
  sending: boolean;
  /** Save the draft now (before leaving). */
  onSave(): void;
  /** Drop unsaved changes (leave without saving). */
  onDiscard(): void;
}

export function LeaveGuard(props: LeaveGuardProps) {
  useBeforeUnload(props.blockUnload);
  return <NavigationBlocker {...props} />;
}

function useBeforeUnload(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a returnValue; the text itself is not shown by modern ones.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);
}

function NavigationBlocker({ shouldBlockNavigation, sending, onSave, onDiscard }: LeaveGuardProps) {
  const { t } = useTranslation('compose');
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && shouldBlockNavigation(),
  );
  if (blocker.state !== 'blocked') return null;
  return (
    <ConfirmDialog
      role="alertdialog"
      title={sending ? t('leave.sendingTitle') : t('leave.title')}
      cancelLabel={t('leave.stay')}
      onCancel={() => blocker.reset()}
      otherActions={
        sending ? null : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              onSave();
              blocker.proceed();
            }}
          >
            {t('leave.saveAndLeave')}
          </button>
        )
      }
      confirmLabel={sending ? t('leave.leaveAnyway') : t('leave.discardAndLeave')}
      tone="danger"
      onConfirm={() => {
        onDiscard();
        blocker.proceed();
      }}
    >
      <p>{sending ? t('leave.sendingBody') : t('leave.body')}</p>
    </ConfirmDialog>
  );
}
