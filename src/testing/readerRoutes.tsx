/**
 * Test helpers for the reader (message page, conversation, delivery, removal, print): the
 * pages routed as in the app, with stand-ins for the lists and the composer (other features),
 * and ids of seed messages as this mailbox sees them.
 */
import { Route, Routes, useLocation } from 'react-router';
import { expect } from 'vitest';
import { FA } from '../../mocks/personas';
import { seedRecordId } from '../../mocks/seed';
import { deliveredRecordId } from '../../mocks/store/delivery';
import { callApi, issueTestToken, testMessageRequest, type TestMessageOptions } from '../../mocks/testing';
import { routePatterns } from '../routes/paths';
import { MessagePage } from '../pages/MessagePage';
import { PrintPage } from '../features/print/PrintPage';
import { FlashNotice } from '../ui/layout/FlashNotice';

/** Id of a seed message in the sender's service (a message this mailbox sent). */
export const sentSeedId = (key: string) => seedRecordId(key);
/** Id of the delivered copy of a seed message (a message this mailbox received). */
export const receivedSeedId = (key: string) => deliveredRecordId(seedRecordId(key));

function ListStandIn({ view }: { view: string }) {
  return (
    <>
      <FlashNotice />
      <h1>Lista: {view}</h1>
    </>
  );
}

function ComposerStandIn() {
  const location = useLocation();
  return <h1>Nytt meddelande {location.search}</h1>;
}

export function ReaderRoutes() {
  return (
    <Routes>
      <Route path={routePatterns.inbox} element={<ListStandIn view="inbox" />} />
      <Route path={routePatterns.sent} element={<ListStandIn view="sent" />} />
      <Route path={routePatterns.message} element={<MessagePage />} />
      <Route path={routePatterns.print} element={<PrintPage />} />
      <Route path={routePatterns.compose} element={<ComposerStandIn />} />
    </Routes>
  );
}

/** Sends a message through the mock API as the sending function address; returns its resource id there. */
export async function sendAs(options: TestMessageOptions & { from: string }): Promise<string> {
  const response = await callApi('/sdk/messages', {
    method: 'POST',
    token: await issueTestToken({ authIds: [options.from] }),
    body: testMessageRequest(options),
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { data: { id: string } };
  return body.data.id;
}

export { FA };
