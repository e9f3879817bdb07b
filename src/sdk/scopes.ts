/** Scopes per SDK API operation (B1.4.2 §5.1): IdPs grant them, message services demand them. */
export const OPERATION_SCOPES = {
  sendMessage: 'urn:sdk.api:sendMessages',
  getMessageByFilter: 'urn:sdk.api:getMessageByFilter',
  getMessageById: 'urn:sdk.api:getMessage',
  deleteMessageById: 'urn:sdk.api:deleteMessage',
} as const;

/** The SDK API scopes, per B1.4.2 §5.1. */
export const SDK_SCOPES = [
  OPERATION_SCOPES.sendMessage,
  OPERATION_SCOPES.getMessageById,
  OPERATION_SCOPES.getMessageByFilter,
  OPERATION_SCOPES.deleteMessageById,
] as const;
