import { describe, expect, it } from 'vitest';
import { applyMarkdown, type MarkdownAction } from './markdownEdits';

/** Text with the selection marked as [ and ]. */
function edit(marked: string, action: MarkdownAction): string {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  const out = applyMarkdown({ text, start, end }, action);
  return `${out.text.slice(0, out.start)}[${out.text.slice(out.start, out.end)}]${out.text.slice(out.end)}`;
}

describe('applyMarkdown', () => {
  it('makes the selection bold or italic, and toggles back', () => {
    expect(edit('Hej [du] där', { kind: 'bold' })).toBe('Hej **[du]** där');
    expect(edit('Hej **[du]** där', { kind: 'bold' })).toBe('Hej [du] där');
    expect(edit('Hej [du] där', { kind: 'italic' })).toBe('Hej *[du]* där');
    expect(edit('Hej *[du]* där', { kind: 'italic' })).toBe('Hej [du] där');
    // Spaces at the edges stay outside the markers.
    expect(edit('Hej[ du ]där', { kind: 'bold' })).toBe('Hej **[du]** där');
    // Nothing selected: the markers with the caret between them.
    expect(edit('Hej []', { kind: 'bold' })).toBe('Hej **[]**');
  });

  it('turns the selected lines into a heading of the chosen level, replacing another level', () => {
    expect(edit('Intro\nKal[lelse]\nText', { kind: 'heading', level: 2 })).toBe('Intro\n[## Kallelse]\nText');
    expect(edit('[# Kallelse]', { kind: 'heading', level: 3 })).toBe('[### Kallelse]');
    expect(edit('[## Kallelse]', { kind: 'heading', level: 2 })).toBe('[Kallelse]');
    expect(edit('[x]', { kind: 'heading', level: 6 })).toBe('[###### x]');
  });

  it('makes bullet and numbered lists of the selected lines, and toggles back', () => {
    expect(edit('[ett\ntvå]', { kind: 'bullet' })).toBe('[* ett\n* två]');
    expect(edit('[* ett\n* två]', { kind: 'bullet' })).toBe('[ett\ntvå]');
    expect(edit('[ett\ntvå\ntre]', { kind: 'numbered' })).toBe('[1. ett\n2. två\n3. tre]');
    expect(edit('[* ett\n* två]', { kind: 'numbered' })).toBe('[1. ett\n2. två]');
  });

  it('inserts a horizontal rule on a line of its own with blank lines around it', () => {
    expect(edit('Första[]', { kind: 'rule' })).toBe('Första\n\n---\n\n[]');
    expect(edit('[]', { kind: 'rule' })).toBe('---\n\n[]');
  });

  it('inserts a Markdown line break (two spaces and a return)', () => {
    expect(edit('Rad ett[]Rad två', { kind: 'lineBreak' })).toBe('Rad ett  \n[]Rad två');
  });
});
