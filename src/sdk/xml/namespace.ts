/**
 * Names of the SDK message document (B1.3.3, MessageWithAttachments_3.0.xsd).
 */

/** Target namespace of the SDK message XSD. */
export const SDK_MESSAGE_NAMESPACE = 'urn:riv:infrastructure:messaging:MessageWithAttachments:3';

/** The root element of an SDK message document. */
export const MESSAGE_PAYLOAD_ELEMENT = 'messagePayload';

/** Prefix we write (the one the XSD and B1.3.3 use); readers must not depend on it. */
export const SDK_MESSAGE_PREFIX = 'tns';
