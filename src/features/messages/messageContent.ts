/**
 * Reading helpers for a whole message's content. They live in the domain core
 * (src/sdk/documents.ts); this module keeps the feature's existing imports working.
 */
export { decodedSize, documentsInOrder, filesOf, textBodiesOf } from '../../sdk/documents';
