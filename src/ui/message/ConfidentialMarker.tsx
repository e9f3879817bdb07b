/** "Sekretess" marker for a confidential message in a list: text and a lock icon. */
import { LockIcon } from './LockIcon';
import { Marker } from './Marker';
import './messages.css';

export function ConfidentialMarker({ text }: { text: string }) {
  return <Marker className="confidential-marker" icon={<LockIcon />} text={text} />;
}
