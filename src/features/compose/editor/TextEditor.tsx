/**
 * The message text: a plain textarea (the Markdown source is what is sent), a toolbar for the
 * B1.3.3 subset acting on the selection, and a preview rendered by the reader's own renderer,
 * so the preview shows exactly what the recipient's client will.
 *
 * The toolbar follows the WAI-ARIA toolbar pattern: one tab stop, ←/→/Home/End between buttons.
 * Ctrl/⌘+B and Ctrl/⌘+I work in the text field.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageText } from '../../../ui/message/MessageText';
import { applyMarkdown, type MarkdownAction } from './markdownEdits';

interface ToolbarButton {
  /** Names its text: text.actions.<id>. */
  id: `h${1 | 2 | 3 | 4 | 5 | 6}` | 'bold' | 'italic' | 'bullet' | 'numbered' | 'rule' | 'lineBreak';
  action: MarkdownAction;
  /** Visible symbol; the accessible name comes from the texts. */
  symbol: string;
}

const BUTTONS: ToolbarButton[] = [
  ...([1, 2, 3, 4, 5, 6] as const).map((level) => ({ id: `h${level}` as const, action: { kind: 'heading', level } as const, symbol: `R${level}` })),
  { id: 'bold', action: { kind: 'bold' }, symbol: 'F' },
  { id: 'italic', action: { kind: 'italic' }, symbol: 'K' },
  { id: 'bullet', action: { kind: 'bullet' }, symbol: '•' },
  { id: 'numbered', action: { kind: 'numbered' }, symbol: '1.' },
  { id: 'rule', action: { kind: 'rule' }, symbol: '―' },
  { id: 'lineBreak', action: { kind: 'lineBreak' }, symbol: '↵' },
];

export interface TextEditorProps {
  id: string;
  value: string;
  onChange(next: string): void;
  describedBy?: string;
  invalid?: boolean;
}

export function TextEditor({ id, value, onChange, describedBy, invalid }: TextEditorProps) {
  const { t } = useTranslation('compose');
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<[number, number] | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [showPreview, setShowPreview] = useState(false);

  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    const textarea = textareaRef.current;
    if (selection && textarea) {
      pendingSelection.current = null;
      textarea.focus();
      textarea.setSelectionRange(selection[0], selection[1]);
    }
  });

  const apply = (action: MarkdownAction) => {
    const textarea = textareaRef.current;
    const start = textarea?.selectionStart ?? value.length;
    const end = textarea?.selectionEnd ?? value.length;
    const next = applyMarkdown({ text: value, start, end }, action);
    pendingSelection.current = [next.start, next.end];
    onChange(next.text);
  };

  const onToolbarKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const last = BUTTONS.length - 1;
    const move: Record<string, number> = {
      ArrowRight: focusIndex === last ? 0 : focusIndex + 1,
      ArrowLeft: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    const next = move[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setFocusIndex(next);
    buttonRefs.current[next]?.focus();
  };

  const onTextKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const key = event.key.toLowerCase();
    if (key === 'b' || key === 'i') {
      event.preventDefault();
      apply({ kind: key === 'b' ? 'bold' : 'italic' });
    }
  };

  return (
    <div className="text-editor">
      <div
        role="toolbar"
        aria-label={t('text.toolbar')}
        aria-controls={id}
        className="text-editor__toolbar"
      >
        {BUTTONS.map((button, i) => (
          <button
            key={button.id}
            ref={(el) => {
              buttonRefs.current[i] = el;
            }}
            type="button"
            className={`text-editor__button text-editor__button--${button.id}`}
            tabIndex={i === focusIndex ? 0 : -1}
            aria-label={t(`text.actions.${button.id}`)}
            title={t(`text.actions.${button.id}`)}
            // Keep the text selection: clicking must not move focus before the edit reads it.
            onMouseDown={(event) => event.preventDefault()}
            onFocus={() => setFocusIndex(i)}
            onKeyDown={onToolbarKeyDown}
            onClick={() => apply(button.action)}
          >
            <span aria-hidden="true">{button.symbol}</span>
          </button>
        ))}
      </div>
      <textarea
        ref={textareaRef}
        id={id}
        className="input text-editor__textarea"
        rows={12}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onTextKeyDown}
      />
      <button
        type="button"
        className="button button--quiet text-editor__preview-toggle"
        aria-expanded={showPreview}
        aria-controls={`${id}-preview`}
        onClick={() => setShowPreview((v) => !v)}
      >
        {showPreview ? t('text.hidePreview') : t('text.showPreview')}
      </button>
      <section id={`${id}-preview`} className="text-editor__preview" hidden={!showPreview} aria-label={t('text.previewLabel')}>
        {showPreview ? (
          value.trim() === '' ? (
            <p className="status-text">{t('text.previewEmpty')}</p>
          ) : (
            <MessageText text={value} />
          )
        ) : null}
      </section>
    </div>
  );
}
