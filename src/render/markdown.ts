/**
 * The small Markdown subset the templates are written in, and its conversion to plain text
 * and to HTML. Supported: `#`/`##`/`###` headings, paragraphs (a line break stays a line
 * break), `- ` bullets, `- [ ] ` checklist items, `1. ` numbered items and `**bold**`.
 */

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'para'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: { text: string; box: boolean }[] };

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^[-*]\s+(\[[ xX]\]\s+)?(.*)$/;
const NUMBERED = /^\d+[.)]\s+(.*)$/;

function blocks(text: string): Block[] {
  const out: Block[] = [];
  let para: string[] | undefined;
  let list: Extract<Block, { kind: 'list' }> | undefined;
  const close = () => {
    para = undefined;
    list = undefined;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      close();
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (heading) {
      close();
      out.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
    } else if (bullet || numbered) {
      const ordered = numbered !== null;
      if (!list || list.ordered !== ordered) {
        para = undefined;
        list = { kind: 'list', ordered, items: [] };
        out.push(list);
      }
      list.items.push(bullet ? { text: bullet[2]!, box: bullet[1] !== undefined } : { text: numbered![1]!, box: false });
    } else if (list && /^\s+/.test(line) && list.items.length > 0) {
      list.items[list.items.length - 1]!.text += ` ${line.trim()}`;
    } else {
      if (!para) {
        list = undefined;
        para = [];
        out.push({ kind: 'para', lines: para });
      }
      para.push(line.trim());
    }
  }
  return out;
}

const BOLD = /\*\*(?=\S)(.+?)\*\*/g;

/** Plain text: headings underlined, bold markers dropped, lists and boxes kept as they read. */
export function markdownToText(text: string): string {
  const parts = blocks(text).map((b) => {
    if (b.kind === 'heading') {
      const plain = b.text.replace(BOLD, '$1');
      return b.level === 3 ? plain : `${plain}\n${(b.level === 1 ? '=' : '-').repeat(plain.length)}`;
    }
    if (b.kind === 'para') return b.lines.map((l) => l.replace(BOLD, '$1')).join('\n');
    return b.items
      .map((item, i) => `${b.ordered ? `${i + 1}.` : item.box ? '[ ]' : '-'} ${item.text.replace(BOLD, '$1')}`)
      .join('\n');
  });
  return `${parts.join('\n\n')}\n`;
}

/** `&` that does not start an entity, so literal template text such as `Q&A` stays valid HTML. */
const BARE_AMP = /&(?!(?:#\d+|#x[\da-fA-F]+|[a-zA-Z][a-zA-Z\d]*);)/g;

function inline(text: string): string {
  return text.replace(BARE_AMP, '&amp;').replace(BOLD, '<strong>$1</strong>');
}

/**
 * HTML body for text whose values Handlebars has already escaped; only markup is added here,
 * so nothing is escaped twice.
 */
export function markdownToHtml(text: string): string {
  return blocks(text)
    .map((b) => {
      if (b.kind === 'heading') return `<h${b.level}>${inline(b.text)}</h${b.level}>`;
      if (b.kind === 'para') return `<p>${b.lines.map(inline).join('<br>\n')}</p>`;
      const tag = b.ordered ? 'ol' : 'ul';
      const items = b.items.map((item) => `  <li>${item.box ? '&#9744; ' : ''}${inline(item.text)}</li>`);
      return `<${tag}${b.items.every((i) => i.box) ? ' class="checklist"' : ''}>\n${items.join('\n')}\n</${tag}>`;
    })
    .join('\n');
}
