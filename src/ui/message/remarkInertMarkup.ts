/**
 * Remark plugin that makes everything outside B1.3.3's Markdown subset inert *before* it can
 * become an element:
 * - raw HTML (`html` nodes) becomes literal text, so `<script>` or `<img onerror>` is shown as
 *   the characters the sender typed, never parsed as markup;
 * - links become their text followed by the URL as plain text (no <a>, nothing clickable,
 *   so a `javascript:` URL is harmless and the reader sees where a link would have gone);
 * - images become their alt text (nothing is ever fetched from a sender-chosen URL);
 * - reference definitions (`[x]: url`) are shown literally instead of silently vanishing.
 *
 * react-markdown's allow-list (MessageText.tsx) is the second line of defence; this plugin is
 * what keeps the sender's words visible instead of dropping them.
 *
 * The tree is typed structurally on purpose: the mdast type package is only a transitive
 * dependency of react-markdown, not one of ours.
 */

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  label?: string | null;
  identifier?: string;
  children?: MdNode[];
}

/** Parents whose children are inline (phrasing) content; anything else holds blocks. */
const PHRASING_PARENTS = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);

function text(value: string): MdNode {
  return { type: 'text', value };
}

/** Literal text placed where the replaced node was: wrapped in a paragraph at block level. */
function literal(value: string, parent: MdNode): MdNode {
  return PHRASING_PARENTS.has(parent.type) ? text(value) : { type: 'paragraph', children: [text(value)] };
}

function plainTextOf(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return (node.children ?? []).map(plainTextOf).join('');
}

/** What replaces one node (several nodes for a link: its text plus the URL). */
function replacement(node: MdNode, parent: MdNode): MdNode[] | undefined {
  switch (node.type) {
    case 'html':
      return [literal(node.value ?? '', parent)];
    case 'image':
    case 'imageReference':
      return node.alt ? [text(node.alt)] : [];
    case 'link': {
      const children = node.children ?? [];
      const url = node.url ?? '';
      // An autolink (<https://…>) already shows its URL as its text.
      if (!url || plainTextOf(node) === url) return children;
      return [...children, text(` (${url})`)];
    }
    case 'linkReference':
      return node.children ?? [];
    case 'definition':
      return [literal(`[${node.label ?? node.identifier ?? ''}]: ${node.url ?? ''}`, parent)];
    default:
      return undefined;
  }
}

function makeInert(parent: MdNode): void {
  const children = parent.children;
  if (!children) return;
  const next: MdNode[] = [];
  for (const child of children) {
    const replaced = replacement(child, parent);
    if (replaced) {
      // Replacement children (a link's text) may themselves hold images or HTML.
      const holder: MdNode = { type: parent.type, children: replaced };
      makeInert(holder);
      next.push(...(holder.children ?? []));
    } else {
      makeInert(child);
      next.push(child);
    }
  }
  parent.children = next;
}

export function remarkInertMarkup() {
  return (tree: MdNode) => {
    makeInert(tree);
  };
}
