/**
 * "Bilaga" / "3 bilagor" with a paperclip in a list row: text, not the icon alone. The row
 * passes the text in (no translation hook per row).
 */
import { Marker } from '../../../ui/message/Marker';

function PaperclipIcon() {
  return (
    <svg className="icon icon--paperclip" aria-hidden="true" focusable="false" width="1em" height="1em" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
      <path d="M10.5 4.5 5.3 9.7a1.4 1.4 0 0 0 2 2l5.4-5.4a2.8 2.8 0 0 0-4-4L3.3 7.7a4.2 4.2 0 0 0 6 6l4.2-4.2" />
    </svg>
  );
}

export function AttachmentMarker({ text }: { text: string }) {
  return <Marker className="attachment-marker" icon={<PaperclipIcon />} text={text} />;
}
