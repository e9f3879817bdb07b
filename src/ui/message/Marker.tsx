/**
 * A short text with an icon in a list row ("Sekretess", "2 bilagor"): the text carries the
 * meaning, never the icon or colour alone (WCAG 1.4.1). Rows pass the text in: they mount by
 * the dozen while scrolling and should not each set up their own translation hook.
 */
import type { ReactNode } from 'react';

export function Marker({ className, icon, text }: { className: string; icon: ReactNode; text: string }) {
  return (
    <span className={className}>
      {icon}
      {text}
    </span>
  );
}
