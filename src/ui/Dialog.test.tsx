import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog } from './Dialog';

/** A page with a button that opens `dialog`; the dialog closes by being unmounted. */
function Page({ dialog, onClose }: { dialog(close: () => void): ReactNode; onClose?(): void }) {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <button type="button">Before</button>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open
        ? dialog(() => {
            onClose?.();
            setOpen(false);
          })
        : null}
    </main>
  );
}

function Settings({ close, dismissible }: { close(): void; dismissible?: boolean }) {
  return (
    <Dialog labelledBy="t" describedBy="d" onClose={close} dismissible={dismissible}>
      <h2 id="t">Inställningar</h2>
      <p id="d">Ändringar sparas direkt.</p>
      <label>
        Namn <input />
      </label>
      <button type="button" disabled>
        Avstängd
      </button>
      <button type="button" onClick={close}>
        Stäng
      </button>
      <div hidden>
        <button type="button">Dold</button>
      </div>
    </Dialog>
  );
}

async function openWith(dialog: (close: () => void) => ReactNode, onClose?: () => void) {
  const user = userEvent.setup();
  render(<Page dialog={dialog} onClose={onClose} />);
  const opener = screen.getByRole('button', { name: 'Open' });
  await user.click(opener);
  return { user, opener };
}

describe('Dialog', () => {
  it('opens as a labelled, described modal dialog with focus on its first control', async () => {
    await openWith((close) => <Settings close={close} />);
    const dialog = screen.getByRole('dialog', { name: 'Inställningar' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('Ändringar sparas direkt.');
    expect(within(dialog).getByRole('textbox', { name: 'Namn' })).toHaveFocus();
  });

  it('focuses the element marked data-autofocus', async () => {
    await openWith((close) => (
      <Dialog labelledBy="t" onClose={close}>
        <h2 id="t" tabIndex={-1} data-autofocus>
          Hjälp
        </h2>
        <button type="button">Stäng</button>
      </Dialog>
    ));
    expect(screen.getByRole('heading', { name: 'Hjälp' })).toHaveFocus();
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const onClose = vi.fn<() => void>();
    const { user, opener } = await openWith((close) => <Settings close={close} />, onClose);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('gives focus back after closing with a button too', async () => {
    const { user, opener } = await openWith((close) => <Settings close={close} />);
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('keeps Escape from page-wide shortcuts', async () => {
    const pageKeys = vi.fn<(event: KeyboardEvent) => void>();
    document.addEventListener('keydown', pageKeys);
    try {
      const { user } = await openWith((close) => <Settings close={close} />);
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(pageKeys).not.toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));
    } finally {
      document.removeEventListener('keydown', pageKeys);
    }
  });

  it('stays open on Escape while it must not be dismissed', async () => {
    const onClose = vi.fn<() => void>();
    const { user } = await openWith((close) => <Settings close={close} dismissible={false} />, onClose);
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('leaves Escape to a control inside that uses it itself', async () => {
    const onClose = vi.fn<() => void>();
    const { user } = await openWith(
      (close) => (
        <Dialog labelledBy="t" onClose={close}>
          <h2 id="t">Sök</h2>
          <input aria-label="Sök" onKeyDown={(event) => event.key === 'Escape' && event.preventDefault()} />
        </Dialog>
      ),
      onClose,
    );
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('keeps Tab and Shift+Tab inside, skipping disabled and hidden controls', async () => {
    const { user } = await openWith((close) => <Settings close={close} />);
    const dialog = screen.getByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: 'Namn' });
    const closeButton = within(dialog).getByRole('button', { name: 'Stäng' });
    expect(name).toHaveFocus();
    await user.tab();
    expect(closeButton).toHaveFocus();
    await user.tab();
    expect(name).toHaveFocus();
    await user.tab({ shift: true });
    expect(closeButton).toHaveFocus();
  });

  it('wraps Shift+Tab from a focused heading to the last control', async () => {
    const { user } = await openWith((close) => (
      <Dialog labelledBy="t" onClose={close}>
        <h2 id="t" tabIndex={-1} data-autofocus>
          Hjälp
        </h2>
        <a href="/installningar">Inställningar</a>
        <button type="button">Stäng</button>
      </Dialog>
    ));
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Stäng' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Inställningar' })).toHaveFocus();
  });

  it('gives focus back to returnFocusTo when the owner names it', async () => {
    function Owner() {
      const [open, setOpen] = useState(false);
      const trigger = useRef<HTMLButtonElement>(null);
      return (
        <>
          <button type="button" ref={trigger}>
            Utlösare
          </button>
          <button type="button" onClick={() => setOpen(true)}>
            Open
          </button>
          {open ? (
            <Dialog labelledBy="t" onClose={() => setOpen(false)} returnFocusTo={trigger}>
              <h2 id="t">Fråga</h2>
              <button type="button">OK</button>
            </Dialog>
          ) : null}
        </>
      );
    }
    const user = userEvent.setup();
    render(<Owner />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Utlösare' })).toHaveFocus();
  });

  describe('where the browser has showModal (stubbed: jsdom 29 lacks it)', () => {
    afterEach(() => {
      delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal;
      delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).close;
    });

    it('opens with showModal, closes with close, and lets React decide on the browser’s cancel', async () => {
      const showModal = vi.fn<(this: HTMLDialogElement) => void>(function (this: HTMLDialogElement) {
        this.setAttribute('open', '');
      });
      const close = vi.fn<(this: HTMLDialogElement) => void>(function (this: HTMLDialogElement) {
        this.removeAttribute('open');
      });
      Object.assign(HTMLDialogElement.prototype, { showModal, close });
      const onClose = vi.fn<() => void>();
      const { opener } = await openWith((closeIt) => <Settings close={closeIt} />, onClose);
      expect(showModal).toHaveBeenCalledTimes(1);

      // Escape in the browser: a cancelable `cancel` event that would close the dialog natively.
      const cancel = new Event('cancel', { cancelable: true });
      fireEvent(screen.getByRole('dialog'), cancel);
      expect(cancel.defaultPrevented).toBe(true);
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(close).toHaveBeenCalledTimes(1);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(opener).toHaveFocus();
    });
  });
});

describe('ConfirmDialog', () => {
  function Remove({ busy = false, failed = false, onConfirm = () => {} }: { busy?: boolean; failed?: boolean; onConfirm?(): void }) {
    const [open, setOpen] = useState(true);
    return open ? (
      <ConfirmDialog
        title="Ta bort meddelandet?"
        confirmLabel="Ta bort"
        cancelLabel="Avbryt"
        tone="danger"
        busy={busy}
        busyLabel="Tar bort…"
        onConfirm={onConfirm}
        onCancel={() => setOpen(false)}
      >
        <p>Det går inte att ångra.</p>
        {failed ? <p role="alert">Meddelandet kunde inte tas bort.</p> : null}
      </ConfirmDialog>
    ) : null;
  }

  it('puts the safe choice first and focuses it; the body describes the dialog', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn<() => void>();
    render(<Remove onConfirm={onConfirm} />);
    const dialog = screen.getByRole('dialog', { name: 'Ta bort meddelandet?' });
    expect(dialog).toHaveAccessibleDescription('Det går inte att ångra.');
    const buttons = within(dialog).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Avbryt', 'Ta bort']);
    expect(buttons[0]).toHaveFocus();
    await user.tab();
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('while busy: says so, keeps focus, and neither the buttons nor Escape act', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn<() => void>();
    render(<Remove busy onConfirm={onConfirm} />);
    const dialog = screen.getByRole('dialog');
    const cancel = within(dialog).getByRole('button', { name: 'Avbryt' });
    const confirm = within(dialog).getByRole('button', { name: 'Tar bort…' });
    expect(cancel).toHaveAttribute('aria-disabled', 'true');
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    await user.click(confirm);
    expect(confirm).toHaveFocus();
    await user.click(cancel);
    await user.keyboard('{Escape}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('shows a failure inside the dialog as an alert', () => {
    render(<Remove failed />);
    expect(within(screen.getByRole('dialog')).getByRole('alert')).toHaveTextContent('Meddelandet kunde inte tas bort.');
  });

  it('can be an alertdialog with further choices between cancel and confirm', () => {
    render(
      <ConfirmDialog
        role="alertdialog"
        title="Lämna meddelandet?"
        cancelLabel="Stanna kvar"
        confirmLabel="Släng ändringarna och lämna"
        tone="danger"
        otherActions={
          <button type="button" className="button button--primary">
            Spara och lämna
          </button>
        }
        onConfirm={() => {}}
        onCancel={() => {}}
      >
        <p>Ändringarna är inte sparade.</p>
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Lämna meddelandet?' });
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Stanna kvar',
      'Spara och lämna',
      'Släng ändringarna och lämna',
    ]);
    expect(within(dialog).getByRole('button', { name: 'Stanna kvar' })).toHaveFocus();
  });
});
