/**
 * The toolbar's edits on the text and its selection, for exactly the Markdown subset B1.3.3
 * allows: headings 1–6, bold, italic, bullet and numbered lists, horizontal rule and line break
 * (two spaces before the return). Pure, so each edit is tested without a browser.
 */
export type MarkdownAction =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6 }
  | { kind: 'bold' }
  | { kind: 'italic' }
  | { kind: 'bullet' }
  | { kind: 'numbered' }
  | { kind: 'rule' }
  | { kind: 'lineBreak' };

export interface TextSelection {
  text: string;
  start: number;
  end: number;
}

function wrap(sel: TextSelection, marker: string): TextSelection {
  const { text, start, end } = sel;
  const before = text.slice(0, start);
  const selected = text.slice(start, end);
  const after = text.slice(end);
  const n = marker.length;
  // Already wrapped (markers just outside the selection): unwrap, so the button toggles.
  if (before.endsWith(marker) && after.startsWith(marker) && !(marker === '*' && before.endsWith('**') && after.startsWith('**'))) {
    return { text: before.slice(0, -n) + selected + after.slice(n), start: start - n, end: end - n };
  }
  // Spaces at the edges of the selection stay outside the markers (**word ** is not bold).
  const lead = /^\s*/.exec(selected)?.[0] ?? '';
  const trail = selected.length > lead.length ? (/\s*$/.exec(selected)?.[0] ?? '') : '';
  const core = selected.slice(lead.length, selected.length - trail.length);
  const wrapped = `${lead}${marker}${core}${marker}${trail}`;
  const coreStart = start + lead.length + n;
  return { text: before + wrapped + after, start: coreStart, end: coreStart + core.length };
}

/** Start and end offsets of the whole lines the selection touches. */
function lineRange(text: string, start: number, end: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const endAt = end > start && text[end - 1] === '\n' ? end - 1 : end;
  const nl = text.indexOf('\n', endAt);
  return [lineStart, nl === -1 ? text.length : nl];
}

function mapLines(sel: TextSelection, transform: (lines: string[]) => string[]): TextSelection {
  const [from, to] = lineRange(sel.text, sel.start, sel.end);
  const replaced = transform(sel.text.slice(from, to).split('\n')).join('\n');
  const text = sel.text.slice(0, from) + replaced + sel.text.slice(to);
  return { text, start: from, end: from + replaced.length };
}

const HEADING = /^#{1,6}\s+/;
const BULLET = /^[*-]\s+/;
const NUMBERED = /^\d+\.\s+/;

function heading(sel: TextSelection, level: number): TextSelection {
  const marker = `${'#'.repeat(level)} `;
  return mapLines(sel, (lines) => {
    const all = lines.every((line) => line.startsWith(marker) && !line.startsWith(`${marker.trim()}#`));
    return lines.map((line) => (all ? line.slice(marker.length) : marker + line.replace(HEADING, '')));
  });
}

function list(sel: TextSelection, numbered: boolean): TextSelection {
  const pattern = numbered ? NUMBERED : BULLET;
  return mapLines(sel, (lines) => {
    const items = lines.filter((line) => line.trim() !== '');
    const all = items.length > 0 && items.every((line) => pattern.test(line));
    if (all) return lines.map((line) => line.replace(pattern, ''));
    let n = 0;
    return lines.map((line) => {
      if (line.trim() === '' && lines.length > 1) return line;
      n++;
      const content = line.replace(BULLET, '').replace(NUMBERED, '');
      return numbered ? `${n}. ${content}` : `* ${content}`;
    });
  });
}

/** A rule on a line of its own, with blank lines around it (else "---" makes a heading). */
function rule(sel: TextSelection): TextSelection {
  const { text, end } = sel;
  const nl = text.indexOf('\n', end);
  const at = nl === -1 ? text.length : nl;
  const before = text.slice(0, at);
  const after = text.slice(at).replace(/^\n*/, '');
  const lead = before === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const inserted = `${lead}---\n\n`;
  const caret = before.length + inserted.length;
  return { text: before + inserted + after, start: caret, end: caret };
}

function lineBreak(sel: TextSelection): TextSelection {
  const { text, start, end } = sel;
  const before = text.slice(0, start).replace(/ +$/, '');
  const inserted = '  \n';
  const caret = before.length + inserted.length;
  return { text: before + inserted + text.slice(end), start: caret, end: caret };
}

export function applyMarkdown(sel: TextSelection, action: MarkdownAction): TextSelection {
  switch (action.kind) {
    case 'bold':
      return wrap(sel, '**');
    case 'italic':
      return wrap(sel, '*');
    case 'heading':
      return heading(sel, action.level);
    case 'bullet':
      return list(sel, false);
    case 'numbered':
      return list(sel, true);
    case 'rule':
      return rule(sel);
    case 'lineBreak':
      return lineBreak(sel);
  }
}
