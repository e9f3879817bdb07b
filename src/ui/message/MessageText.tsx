/**
 * Renders a message's text body: Markdown limited to exactly the subset of B1.3.3 (§4.3.3.2):
 * headings h1–h6, bold, italic, bullet and numbered lists, horizontal rule, line breaks and
 * paragraphs. Everything else is shown as inert text (see remarkInertMarkup) or unwrapped to
 * its content; nothing a sender writes can produce a script, an image fetch or a link.
 *
 * Kept free of message-page concerns so the composer can reuse it for its preview.
 */
import { memo } from 'react';
import Markdown from 'react-markdown';
import { remarkInertMarkup } from './remarkInertMarkup';
import './messages.css';

/** The B1.3.3 subset, as HTML elements. */
const MESSAGE_TEXT_ELEMENTS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'hr',
  'br',
] as const;

const remarkPlugins = [remarkInertMarkup];

/** No element may carry a URL; this drops any that slipped through (defence in depth). */
const noUrls = () => null;

export interface MessageTextProps {
  /** One contentTextBody entry (Markdown source). */
  text: string;
  className?: string;
}

/**
 * Memoised: parsing Markdown is the dearest part of a message page's render, and the page
 * re-renders when its read state, conversation or delivery status changes — the text has not.
 */
export const MessageText = memo(function MessageText({ text, className }: MessageTextProps) {
  return (
    <div className={className ?? 'message-text'}>
      <Markdown
        allowedElements={MESSAGE_TEXT_ELEMENTS}
        unwrapDisallowed
        skipHtml={false}
        remarkPlugins={remarkPlugins}
        urlTransform={noUrls}
      >
        {text}
      </Markdown>
    </div>
  );
});
