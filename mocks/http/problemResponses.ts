/** The contract's problem responses; they live with the contract (src/api) so the gateway shares them. */
export * from '../../src/api/problemResponses';
