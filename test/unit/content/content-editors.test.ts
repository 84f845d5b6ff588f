// @vitest-environment happy-dom
// Reading compose boxes: one text form for every editor (blocks joined by a
// single "\n", no trailing newline), and offsets that map back to the DOM.
import { afterEach, describe, expect, it } from 'vitest';
import { locate } from '../../../src/content/editors/apply-fix.ts';
import { editorKind } from '../../../src/content/editors/kind.ts';
import { domPointAt, endRange, rangeFor } from '../../../src/content/editors/positions.ts';
import { readEditorText } from '../../../src/content/editors/read.ts';

function mount(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.adoptNode(n)));
  const el = document.body.firstElementChild;
  if (!(el instanceof HTMLElement)) throw new Error('no element');
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
});

// Shapes as the real editors render them (Lexical 0.52, Quill 2, Draft.js 0.11).
const LEXICAL = `<div contenteditable="true" role="textbox" data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">Kommunen har </span><strong data-lexical-text="true">kuttet</strong></p><p><br></p><p dir="ltr"><span data-lexical-text="true">igjen!</span></p></div>`;
const QUILL = `<div class="ql-editor" contenteditable="true"><p>Kommunen har <strong>kuttet</strong></p><p><br></p><p>igjen!</p></div>`;
const DRAFT = `<div class="public-DraftEditor-content" contenteditable="true" role="textbox"><div data-contents="true"><div data-block="true" data-offset-key="a-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="a-0-0"><span data-offset-key="a-0-0"><span data-text="true">Kommunen har kuttet</span></span></div></div><div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">igjen!</span></span></div></div></div></div>`;

describe('editorKind', () => {
  it('tells the editors apart by their markers', () => {
    expect(editorKind(mount(LEXICAL))).toBe('lexical');
    expect(editorKind(mount(QUILL))).toBe('quill');
    expect(editorKind(mount(DRAFT))).toBe('draft');
    expect(editorKind(mount('<textarea></textarea>'))).toBe('textarea');
    expect(editorKind(mount('<div contenteditable="true"><p>x</p></div>'))).toBe('plain');
  });
});

describe('readEditorText', () => {
  it('reads Lexical, Quill and Draft.js paragraphs the same way', () => {
    const want = 'Kommunen har kuttet\n\nigjen!';
    expect(readEditorText(mount(LEXICAL)).text).toBe(want);
    expect(readEditorText(mount(QUILL)).text).toBe(want);
    expect(readEditorText(mount(DRAFT)).text).toBe(want);
  });

  it('reads an empty editor as empty', () => {
    expect(readEditorText(mount('<div contenteditable="true" data-lexical-editor="true"><p><br></p></div>')).text).toBe('');
    expect(readEditorText(mount('<div class="ql-editor" contenteditable="true"><p><br></p></div>')).text).toBe('');
    expect(readEditorText(mount('<textarea></textarea>')).text).toBe('');
  });

  it('turns line breaks inside a paragraph into "\\n" and drops placeholder <br>s', () => {
    expect(readEditorText(mount('<div contenteditable="true"><p>a<br>b</p><p>c<br></p></div>')).text).toBe('a\nb\nc');
  });

  it('starts a new line for a block after inline text (Chrome\'s plain contenteditable)', () => {
    expect(readEditorText(mount('<div contenteditable="true">first<div>second</div><div><br></div><div>fourth</div></div>')).text).toBe(
      'first\nsecond\n\nfourth',
    );
  });

  it('drops zero-width caret characters and reads no-break spaces as spaces, keeping offsets exact', () => {
    const el = mount('<div class="ql-editor" contenteditable="true"><p>a\u00a0b<span class="ql-cursor">\ufeff</span>c</p></div>');
    const read = readEditorText(el);
    expect(read.text).toBe('a bc');
    const range = rangeFor(read, 3, 4);
    expect(range?.toString()).toBe('c');
  });

  it('skips Quill list markers and images', () => {
    const el = mount('<div class="ql-editor" contenteditable="true"><ol><li data-list="bullet"><span class="ql-ui" contenteditable="false">•</span>one</li><li>two<img alt="x"></li></ol></div>');
    expect(readEditorText(el).text).toBe('one\ntwo');
  });

  it('reads a textarea\'s value as is', () => {
    const el = mount('<textarea></textarea>') as HTMLTextAreaElement;
    el.value = 'line one\nline two';
    expect(readEditorText(el)).toEqual({ text: 'line one\nline two', segments: [] });
  });
});

describe('positions', () => {
  it('maps a span across formatting back to the DOM', () => {
    const el = mount(LEXICAL);
    const read = readEditorText(el);
    const start = read.text.indexOf('har kuttet');
    expect(rangeFor(read, start, start + 'har kuttet'.length)?.toString()).toBe('har kuttet');
  });

  it('maps every single-character span back to that character', () => {
    for (const html of [LEXICAL, QUILL, DRAFT]) {
      const read = readEditorText(mount(html));
      for (let i = 0; i < read.text.length; i++) {
        if (read.text[i] === '\n') continue;
        expect(rangeFor(read, i, i + 1)?.toString()).toBe(read.text[i]);
      }
    }
  });

  it('resolves a line-break boundary by affinity', () => {
    const read = readEditorText(mount(QUILL));
    const breakAt = read.text.indexOf('\n');
    const forward = domPointAt(read, breakAt, 'forward');
    const backward = domPointAt(read, breakAt, 'backward');
    expect((forward?.node as Text).data).toBe('igjen!');
    expect((backward?.node as Text).data).toBe('kuttet');
    expect(backward?.offset).toBe(6);
  });

  it('puts the end caret after the last text', () => {
    const el = mount(QUILL);
    const range = endRange(el, readEditorText(el));
    expect((range.startContainer as Text).data).toBe('igjen!');
    expect(range.startOffset).toBe(6);
    expect(range.collapsed).toBe(true);
  });
});

describe('locate', () => {
  it('finds the analysed words where they were, or the nearest occurrence after edits', () => {
    expect(locate('nr 123 og 123', '123', 3)).toBe(3);
    expect(locate('hei nr 123 og 123', '123', 3)).toBe(7);
    expect(locate('hei nr 123 og 123', '123', 13)).toBe(14);
    expect(locate('ingen tall', '123', 3)).toBe(-1);
    expect(locate('abc', '', 0)).toBe(-1);
  });
});
