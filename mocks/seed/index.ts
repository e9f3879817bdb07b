/** The seeded world: address book and messages (see the files next to this one). */
import { createAddressBook, type AddressBook } from '../addressBook/addressBook';
import type { OutgoingRecord } from '../store/messageRecord';
import { buildSeedMessages } from './buildSeedMessages';
import { SEED_FUNCTION_ADDRESSES } from './functionAddresses';
import { LUND_MESSAGES } from './messages/lundSocialtjanst';
import { MALMO_ALDREOMSORG_MESSAGES } from './messages/malmoAldreomsorg';
import { MALMO_BARN_UNGA_MESSAGES } from './messages/malmoBarnUnga';
import { MALMO_REGISTRATOR_MESSAGES } from './messages/malmoRegistrator';
import { THREAD_MALMO_LUND } from './messages/threadMalmoLund';
import { TRAINING_MESSAGES } from './messages/training';
import { SEED_ORGANIZATIONS } from './organizations';
import { PRACTICE_FUNCTION_ADDRESSES, PRACTICE_ORGANIZATIONS } from './practiceAddresses';
import type { SeedMessage } from './seedMessage';

export { TRAINING } from './trainingAddresses';
export { seedMessageId, seedRecordId } from './buildSeedMessages';

export const SEED_MESSAGES: readonly SeedMessage[] = [
  ...THREAD_MALMO_LUND,
  ...MALMO_BARN_UNGA_MESSAGES,
  ...MALMO_ALDREOMSORG_MESSAGES,
  ...MALMO_REGISTRATOR_MESSAGES,
  ...LUND_MESSAGES,
  ...TRAINING_MESSAGES,
];

export function createSeedAddressBook(): AddressBook {
  return createAddressBook([...SEED_ORGANIZATIONS, ...PRACTICE_ORGANIZATIONS], [...SEED_FUNCTION_ADDRESSES, ...PRACTICE_FUNCTION_ADDRESSES]);
}

/** The seed's sent messages, with times relative to `base` (the clock's start). */
export function seedOutgoingRecords(addressBook: AddressBook, base: Date): OutgoingRecord[] {
  return buildSeedMessages(SEED_MESSAGES, addressBook, base);
}
