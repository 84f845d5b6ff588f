// Reads a compose box's text the same way for every editor, remembering where
// each character came from so that a finding's span can be selected again.
//
// Editors disagree on paragraphs: Lexical's innerText puts "\n\n" between
// them, Quill's getText "\n" plus a trailing newline, Draft.js nests three
// divs per block. Walking the DOM ourselves gives one form for all of them:
// one "\n" between blocks and for each line break, no trailing newline.
import { isTextArea } from './kind.ts';

/** A run of the output text copied from one DOM text node. */
export interface TextSegment {
  node: Text;
  /** Offset in the node's data where the run starts. */
  nodeStart: number;
  /** Offset in the output text where the run starts. */
  start: number;
  length: number;
}

export interface EditorText {
  text: string;
  /** Where each run of `text` lives in the DOM; empty for a textarea (offsets are the value's). */
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Editors' own furniture that is not part of the text: Quill's list markers, images (emoji pictures).
function isSkipped(el: Element): boolean {
  const tag = el.localName;
  return (
    tag === 'script' || tag === 'style' || tag === 'template' || tag === 'img' || tag === 'svg' ||
    el.classList.contains('ql-ui') || el.getAttribute('aria-hidden') === 'true'
  );
}

// Zero-width characters editors leave for caret placement (Quill's cursor blot, old Lexical).
const INVISIBLE = /[\u200B\uFEFF]/;
const NBSP = /\u00A0/g;

export function readEditorText(editor: HTMLElement): EditorText {
  if (isTextArea(editor)) return { text: editor.value, segments: [] };
  const reader = new TextCollector();
  reader.walk(editor);
  return { text: reader.parts.join(''), segments: reader.segments };
}

class TextCollector {
  parts: string[] = [];
  segments: TextSegment[] = [];
  private length = 0;
  /** A block ended: the next text starts a new line. */
  private pendingBreak = false;

  walk(parent: Node): void {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        this.text(child as Text);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (isSkipped(el)) continue;
        if (el.localName === 'br') {
          // A <br> that ends its block is the placeholder editors put in empty lines.
          if (!isLastInBlock(el)) this.newline();
        } else if (BLOCK_TAGS.has(el.localName)) {
          this.block(el);
        } else {
          this.walk(el);
        }
      }
    }
  }

  private block(el: Element): void {
    // A block after inline text starts on a new line ("a<div>b</div>" is two lines).
    if (this.length > 0 && !this.endsWithNewline()) this.pendingBreak = true;
    const lengthBefore = this.length;
    const segmentsBefore = this.segments.length;
    this.walk(el);
    const empty = this.segments.length === segmentsBefore && this.length === lengthBefore;
    if (empty && !hasBlockChild(el)) {
      // An empty paragraph is still a line: "a", "", "b" reads "a\n\nb". A leading one is dropped.
      if (this.length > 0) {
        if (this.pendingBreak) this.emit('\n');
        this.pendingBreak = true;
      }
      return;
    }
    this.pendingBreak = true;
  }

  private newline(): void {
    if (this.pendingBreak && this.length > 0) this.emit('\n');
    this.pendingBreak = false;
    this.emit('\n');
  }

  private endsWithNewline(): boolean {
    const last = this.parts[this.parts.length - 1];
    return last !== undefined && last.endsWith('\n');
  }

  private text(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    if (!INVISIBLE.test(data)) {
      this.run(node, 0, data);
      return;
    }
    // Keep the mapping exact: each visible run becomes its own segment.
    let runStart = -1;
    for (let i = 0; i <= data.length; i++) {
      const visible = i < data.length && !INVISIBLE.test(data.charAt(i));
      if (visible && runStart < 0) runStart = i;
      if (!visible && runStart >= 0) {
        this.run(node, runStart, data.slice(runStart, i));
        runStart = -1;
      }
    }
  }

  private run(node: Text, nodeStart: number, value: string): void {
    if (this.pendingBreak && this.length > 0) this.emit('\n');
    this.pendingBreak = false;
    this.segments.push({ node, nodeStart, start: this.length, length: value.length });
    this.emit(value.replace(NBSP, ' '));
  }

  private emit(value: string): void {
    this.parts.push(value);
    this.length += value.length;
  }
}

function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(child.localName)) return true;
  }
  return false;
}

/** True when nothing but inline wrappers follows the <br> before its block ends. */
function isLastInBlock(br: Element): boolean {
  let node: Node = br;
  for (;;) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE && (next as Text).data.length > 0) return false;
      if (next.nodeType === Node.ELEMENT_NODE && !isSkipped(next as Element)) return false;
    }
    const parent = node.parentElement;
    if (!parent || BLOCK_TAGS.has(parent.localName) || parent.hasAttribute('contenteditable')) {
      return true;
    }
    node = parent;
  }
}
