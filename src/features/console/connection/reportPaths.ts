/**
 * Where a connection-test report lives in the console (/konsol/anslutningstest/<run id>). Its own
 * small module so other sections (the mailbox list's "last connection test") can link to a
 * report without loading the connection-test section's code.
 */
import { paths } from '../../../routes/paths';

export const CONNECTION_TEST_SEGMENT = 'anslutningstest';
export const connectionTestRunPath = (id: string) => `${paths.console(CONNECTION_TEST_SEGMENT)}/${encodeURIComponent(id)}`;
