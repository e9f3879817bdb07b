/**
 * The SDK message model, as the rest of the app sees it.
 *
 * The shapes come from the project's OpenAPI contract (src/api/openapi.yaml) through the
 * generated types, so the UI, the domain rules and the mock service can never disagree
 * about a field. Only names are given here; nothing is re-declared by hand.
 */
import type { components } from '../api/schema.gen';

type Schemas = components['schemas'];

export type MessageStatus = Schemas['MessageStatus'];
export type InstanceIdentifier = Schemas['II'];
/** A person or reference as sent: Digg's API requires the label (see references.withLabel). */
export type LabelledInstanceIdentifier = Schemas['LabelledII'];
export type SubOrganization = Schemas['SubOrganization'];
export type Attention = Schemas['Attention'];
export type CreateAttention = Schemas['CreateAttention'];
export type ContentFile = Schemas['ContentFile'];
export type DigitalDocument = Schemas['DigitalDocument'];
export type EventIssue = Schemas['EventIssue'];
export type Problem = Schemas['Problem'];
export type MessageAttributes = Schemas['MessageAttributes'];
export type CreateMessageAttributes = Schemas['CreateMessageAttributes'];
export type MessageResource = Schemas['MessageResource'];
export type CreateMessageRequest = Schemas['CreateMessageRequest'];
export type MessageList = Schemas['MessageList'];
export type MessageSingle = Schemas['MessageSingle'];
export type Organization = Schemas['Organization'];
export type FunctionAddress = Schemas['FunctionAddress'];
export type OrganizationCollection = Schemas['OrganizationCollection'];
export type AddressCollection = Schemas['AddressCollection'];

/** A message as listed by getMessageByFilter: never carries digitalDocument. */
export type MessageSummary = Omit<MessageAttributes, 'digitalDocument'> & { id: string };
export type MessageFacts = Schemas['MessageFacts'];
