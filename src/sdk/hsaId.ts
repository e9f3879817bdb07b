/**
 * HSA-id (the Swedish health and care directory's person/unit id): "SE", the organisation
 * number (10 digits), "-", then letters and digits; at most 31 characters in all.
 * E.g. SE2321000016-anna. Used as attentionPerson with root 1.2.752.29.6.2.1.
 */
const HSA_ID = /^SE\d{10}-[A-Za-z0-9]+$/;

export const HSA_ID_MAX_LENGTH = 31;

export function isHsaId(value: string): boolean {
  const v = value.trim();
  return v.length <= HSA_ID_MAX_LENGTH && HSA_ID.test(v);
}
