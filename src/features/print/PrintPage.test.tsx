import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { Outlet, Route, Routes } from 'react-router';
import { FA } from '../../../mocks/personas';
import { AppLayout } from '../../testing/appLayout';
import { paths, routePatterns } from '../../routes/paths';
import { withInProcessGateway } from '../../testing/inProcessGateway';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { receivedSeedId } from '../../testing/readerRoutes';
import { PrintPage } from './PrintPage';

const gateway = withInProcessGateway();

/** The print route and a normal page, inside the app's signed-in layout. */
function LayoutRoutes() {
  return (
    <Routes>
      <Route
        element={
          <AppLayout>
            <Outlet />
          </AppLayout>
        }
      >
        <Route path={routePatterns.print} element={<PrintPage />} />
        <Route path={routePatterns.message} element={<h1>Meddelandesidan</h1>} />
      </Route>
    </Routes>
  );
}

async function openPrint(id: string) {
  const result = renderWithProviders(<LayoutRoutes />, { ...gateway.as('anna'), route: paths.print(FA.malmoBarnUnga, id) });
  const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 3000 });
  return { ...result, heading };
}

describe('PrintPage', () => {
  it('shows the message without the app chrome, with the confidentiality marking in the repeated page header', async () => {
    const { heading } = await openPrint(receivedSeedId('lund-overflyttning-lind'));
    expect(heading).toHaveTextContent('Överflyttning av ärende – familjen Lind');
    expect(heading).toHaveFocus();

    // No site header, no mailbox navigation: only the main content.
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Logga ut' })).toBeNull();
    expect(screen.getByRole('main')).toContainElement(heading);

    // The marking sits in the layout table's <thead>, which Chromium repeats on every printed
    // page (checked on a real PDF in e2e/reader.spec.ts).
    const marking = screen.getByTestId('print-marking');
    expect(marking.closest('thead')).not.toBeNull();
    expect(marking).toHaveTextContent('Omfattas av sekretess – Överflyttning av ärende – familjen Lind');
    expect(marking.closest('table')?.querySelector('tbody')).toContainElement(heading);
  });

  it('prints the whole text, the references and persons, and the attachment list', async () => {
    await openPrint(receivedSeedId('lund-overflyttning-lind'));
    const article = screen.getByRole('article');
    expect(within(article).getByText('Lind').tagName).toBe('STRONG');
    expect(article).toHaveTextContent('Med vänlig hälsning');
    expect(article).toHaveTextContent('Diarienummer SOF 2025/0877');
    expect(article).toHaveTextContent('Ebbe Lind, Personnummer 20120229-9986');
    expect(article).toHaveTextContent('Erik Johansson, E-postadress erik.johansson@lund.se');
    const attachments = within(article).getByRole('table', { name: /Bilagor/ });
    const rows = within(attachments).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(['Beslut-kontaktfamilj-Lind.pdf', 'Uppfoljning-Lind.pdf']);
    expect(rows[1]).toHaveTextContent(/application\/pdf\s*\d+(,\d)? (kB|byte)/);
  });

  it('marks a message that is not confidential as such on every page', async () => {
    await openPrint(receivedSeedId('ivo-begaran-yttrande'));
    expect(screen.getByTestId('print-marking')).toHaveTextContent('Omfattas inte av sekretess');
  });

  it('prints with the browser on request and links back to the message, which has the normal chrome', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const id = receivedSeedId('ivo-begaran-yttrande');
    const { user } = await openPrint(id);
    await user.click(screen.getByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('link', { name: 'Tillbaka till meddelandet' }));
    expect(await screen.findByRole('heading', { name: 'Meddelandesidan' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Funktionsbrevlådor' })).toBeInTheDocument();
  });
});
