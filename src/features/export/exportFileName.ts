/**
 * The download name of an exported message: "<label or message id>.xml", made safe by the
 * shared attachment-name sanitiser (path separators, control and bidi characters, reserved
 * names, length).
 */
import { safeFileName } from '../../sdk/fileName';

export function exportFileName(label: string | undefined, messageId: string | undefined): string {
  const base = label?.trim() ? label : (messageId ?? '');
  return safeFileName(base, 'application/xml');
}
