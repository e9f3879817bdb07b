/**
 * "Sekretess" marker for a confidential message in a list: text and a lock icon, never colour
 * alone (WCAG 1.4.1). The list passes the text in: rows mount by the dozen while scrolling and
 * should not each set up their own translation hook.
 */
import { LockIcon } from './LockIcon';
import './messages.css';

export function ConfidentialMarker({ text }: { text: string }) {
  return (
    <span className="confidential-marker">
      <LockIcon />
      {text}
    </span>
  );
}
