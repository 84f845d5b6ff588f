// @vitest-environment happy-dom
// Site adapters: which editable elements are compose boxes, and their surface
// and recipient, on small DOM snippets shaped like docs/site-shapes.md.
import { afterEach, describe, expect, it } from 'vitest';
import { facebook } from '../../../src/content/sites/facebook.ts';
import { siteForHostname, siteForUrl } from '../../../src/content/sites/hosts.ts';
import { adapterForHostname } from '../../../src/content/sites/index.ts';
import { instagram } from '../../../src/content/sites/instagram.ts';
import { linkedin } from '../../../src/content/sites/linkedin.ts';
import type { SiteAdapter } from '../../../src/content/sites/adapter.ts';

/** Puts a snippet into the document (parsed as an inert document, then moved in). */
function mount(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.adoptNode(n)));
}

function editor(selector = '[data-test="editor"]'): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

function classify(adapter: SiteAdapter, path: string) {
  const el = editor();
  return { box: adapter.isComposeBox(el), surface: adapter.surfaceOf(el, path), recipient: adapter.recipientOf(el) };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('hosts', () => {
  it('maps www and bare hosts, messenger to facebook', () => {
    expect(siteForHostname('www.facebook.com')).toBe('facebook');
    expect(siteForHostname('messenger.com')).toBe('facebook');
    expect(siteForHostname('www.messenger.com')).toBe('facebook');
    expect(siteForHostname('instagram.com')).toBe('instagram');
    expect(siteForHostname('www.linkedin.com')).toBe('linkedin');
    expect(siteForHostname('m.facebook.com')).toBeNull();
    expect(siteForHostname('evil-facebook.com')).toBeNull();
    expect(siteForUrl('https://www.linkedin.com/feed/')).toBe('linkedin');
    expect(siteForUrl('http://www.linkedin.com/feed/')).toBeNull();
    expect(siteForUrl('not a url')).toBeNull();
    expect(adapterForHostname('www.instagram.com')?.site).toBe('instagram');
    expect(adapterForHostname('example.com')).toBeUndefined();
  });
});

describe('facebook', () => {
  it('post: Lexical textbox in a dialog', () => {
    mount(`<div role="main"><div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" data-test="editor"></div></div></div>`);
    expect(classify(facebook, '/')).toEqual({ box: true, surface: 'post', recipient: undefined });
  });

  it('comment: article → form → editor', () => {
    mount(`<div role="article"><h3>Ringebu-nytt</h3><form><div contenteditable="true" role="textbox" data-lexical-editor="true" data-test="editor"></div></form></div>`);
    expect(classify(facebook, '/groups/foo/')).toMatchObject({ box: true, surface: 'comment' });
  });

  it('legacy Draft.js post in a group dialog', () => {
    mount(`<div role="dialog"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-test="editor"></div></div></div>`);
    expect(classify(facebook, '/groups/foreldre/')).toMatchObject({ box: true, surface: 'post' });
  });

  it('dm on /messages/t/ and messenger.com, recipient from the first h2 in main', () => {
    mount(`<div role="navigation"><h2>Chatter</h2></div><div role="main"><div><h2><span>Ola  Nordmann</span></h2></div><div><div contenteditable="true" role="textbox" data-test="editor"></div></div></div>`);
    expect(classify(facebook, '/messages/t/100064512345678/')).toEqual({ box: true, surface: 'dm', recipient: 'Ola Nordmann' });
    expect(classify(facebook, '/e2ee/t/8123/').surface).toBe('dm');
    expect(classify(facebook, '/t/8123/').surface).toBe('dm');
  });

  it('skips search boxes and type-ahead comboboxes, whatever their labels', () => {
    mount(`<div role="banner"><div role="combobox"><div contenteditable="true" role="textbox" data-test="editor"></div></div></div>`);
    expect(facebook.isComposeBox(editor())).toBe(false);
    mount(`<div role="search"><div contenteditable="true" role="textbox" data-test="editor"></div></div>`);
    expect(facebook.isComposeBox(editor())).toBe(false);
    mount(`<div contenteditable="true" role="textbox" aria-autocomplete="list" data-test="editor"></div>`);
    expect(facebook.isComposeBox(editor())).toBe(false);
  });

  it('skips nested editables and elements without the textbox role', () => {
    mount(`<div contenteditable="true" role="textbox"><span contenteditable="true" role="textbox" data-test="editor"></span></div>`);
    expect(facebook.isComposeBox(editor())).toBe(false);
    mount(`<div contenteditable="true" data-test="editor"></div>`);
    expect(facebook.isComposeBox(editor())).toBe(false);
    mount(`<div contenteditable="false" role="textbox" data-test="editor"></div>`);
    expect(facebook.isComposeBox(editor())).toBe(false);
  });
});

describe('instagram', () => {
  it('comment: section → form → textarea', () => {
    mount(`<main><article><section><form><textarea data-test="editor"></textarea></form></section></article></main>`);
    expect(classify(instagram, '/p/C7xQ2aLs9Kp/')).toMatchObject({ box: true, surface: 'comment' });
  });

  it('caption: Lexical in the create dialog', () => {
    mount(`<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" data-test="editor"></div></div>`);
    expect(classify(instagram, '/')).toMatchObject({ box: true, surface: 'post' });
  });

  it('dm: recipient from the h2, else the header link', () => {
    mount(`<div role="main"><div><a href="/ola/"><h2>Ola Nordmann</h2></a></div><div contenteditable="true" role="textbox" data-test="editor"></div></div>`);
    expect(classify(instagram, '/direct/t/3402823/')).toEqual({ box: true, surface: 'dm', recipient: 'Ola Nordmann' });
    mount(`<main><header><a href="/kari/">Kari Hansen</a></header><div contenteditable="true" role="textbox" data-test="editor"></div></main>`);
    expect(classify(instagram, '/direct/t/1/').recipient).toBe('Kari Hansen');
  });

  it('leaves textareas outside forms and the search combobox alone', () => {
    mount(`<div><textarea data-test="editor"></textarea></div>`);
    expect(instagram.isComposeBox(editor())).toBe(false);
    mount(`<form><textarea role="combobox" data-test="editor"></textarea></form>`);
    expect(instagram.isComposeBox(editor())).toBe(false);
    mount(`<form><textarea disabled data-test="editor"></textarea></form>`);
    expect(instagram.isComposeBox(editor())).toBe(false);
  });
});

describe('linkedin', () => {
  it('post: Quill in the share dialog', () => {
    mount(`<main role="main"><div role="dialog"><div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox" data-test="editor"><p><br></p></div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div></div></main>`);
    expect(classify(linkedin, '/feed/')).toMatchObject({ box: true, surface: 'post' });
  });

  it('comment: .comments-comment-box → Quill', () => {
    mount(`<article role="article"><div class="comments-comment-box"><form><div class="ql-editor" contenteditable="true" data-test="editor"></div></form></div></article>`);
    expect(classify(linkedin, '/feed/')).toMatchObject({ box: true, surface: 'comment' });
  });

  it('dm: form.msg-form, recipient from the thread header (also in the chat overlay)', () => {
    mount(`<main><div class="msg-title-bar"><h2 class="msg-entity-lockup__entity-title">Ola Nordmann</h2></div><form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" data-test="editor"><p><br></p></div></form></main>`);
    expect(classify(linkedin, '/messaging/thread/2-ZTQx/')).toEqual({ box: true, surface: 'dm', recipient: 'Ola Nordmann' });
    expect(classify(linkedin, '/feed/').surface).toBe('dm');
  });

  it('skips the global search', () => {
    mount(`<header><div class="search-global-typeahead" role="combobox"><div contenteditable="true" role="textbox" data-test="editor"></div></div></header>`);
    expect(linkedin.isComposeBox(editor())).toBe(false);
  });
});

/** Mounts `html` into an open shadow root of `#interop-outlet` (LinkedIn's overlay host). */
function mountInOutlet(html: string, light = ''): ShadowRoot {
  mount(`${light}<div id="interop-outlet" data-testid="interop-shadowdom"></div>`);
  const host = editor('#interop-outlet');
  const shadow = host.attachShadow({ mode: 'open' });
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  shadow.append(...Array.from(parsed.body.childNodes).map((n) => document.adoptNode(n)));
  return shadow;
}

function inShadow(shadow: ShadowRoot, selector = '[data-test="editor"]'): HTMLElement {
  const el = shadow.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector} in the shadow root`);
  return el;
}

describe('the 2026 shapes', () => {
  it('linkedin: TipTap composer in a dialog inside the #interop-outlet shadow root is a post', () => {
    const shadow = mountInOutlet(
      `<dialog open><h2>Opprett et innlegg</h2><div class="tiptap ProseMirror" contenteditable="true" role="textbox" translate="no" data-test="editor"><p></p></div></dialog>`,
      `<main><div role="list"><div role="listitem"><p>Et innlegg</p></div></div></main>`,
    );
    const el = inShadow(shadow);
    expect(linkedin.isComposeBox(el)).toBe(true);
    expect(linkedin.surfaceOf(el, '/feed/')).toBe('post');
  });

  it('linkedin: a v2 comment box (no form, data-view-name) is a comment, also by componentkey alone', () => {
    mount(`<main><div role="list"><div role="listitem"><div data-view-name="comment-box" componentkey="commentBox-urn:li:activity:7">
      <div class="tiptap ProseMirror" contenteditable="true" role="textbox" data-test="editor"><p></p></div></div></div></div></main>`);
    expect(classify(linkedin, '/feed/')).toMatchObject({ box: true, surface: 'comment' });
    mount(`<div componentkey="commentBox-urn:li:activity:8"><div class="ProseMirror" contenteditable="true" data-test="editor"><p></p></div></div>`);
    expect(classify(linkedin, '/feed/')).toMatchObject({ box: true, surface: 'comment' });
  });

  it('linkedin: a message bubble in the shadow root is a DM with the person from the bubble header', () => {
    const shadow = mountInOutlet(`<aside class="msg-overlay-container"><div class="msg-overlay-conversation-bubble">
      <header class="msg-overlay-bubble-header"><h2 class="msg-overlay-bubble-header__title"><a href="/in/ola-nordmann/"><span>Ola Nordmann</span></a></h2></header>
      <form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" data-test="editor"><p><br></p></div></form>
    </div></aside>`);
    const el = inShadow(shadow);
    expect(linkedin.isComposeBox(el)).toBe(true);
    expect(linkedin.surfaceOf(el, '/in/ola-nordmann/')).toBe('dm');
    expect(linkedin.recipientOf(el)).toBe('Ola Nordmann');
  });

  it('linkedin: a new-message bubble has no recipient ("New message" is no name)', () => {
    const shadow = mountInOutlet(`<div class="msg-overlay-conversation-bubble">
      <header class="msg-overlay-bubble-header"><h2 class="msg-overlay-bubble-header__title">Ny melding</h2></header>
      <div class="msg-connections-typeahead"><input type="text" role="combobox" aria-autocomplete="list" placeholder="Skriv inn ett eller flere navn"></div>
      <form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" data-test="editor"><p><br></p></div></form>
    </div>`);
    const el = inShadow(shadow);
    expect(linkedin.surfaceOf(el, '/mynetwork/')).toBe('dm');
    expect(linkedin.recipientOf(el)).toBeUndefined();
  });

  it('facebook: a docked chat popup on the feed is a DM with the popup\'s person', () => {
    mount(`<div role="main"><div role="feed"></div></div>
      <div class="chat-dock"><div role="dialog" aria-label="Ola Nordmann">
        <div class="chat-header"><a role="link" href="/ola.nordmann"><h2><span dir="auto">Ola Nordmann</span></h2></a></div>
        <div role="grid" aria-label="Meldinger"><div role="row">Hei!</div></div>
        <div contenteditable="true" role="textbox" data-lexical-editor="true" data-test="editor"></div>
      </div></div>`);
    expect(classify(facebook, '/')).toEqual({ box: true, surface: 'dm', recipient: 'Ola Nordmann' });
  });

  it('facebook: the comment box of a post opened in a dialog (outside the article) is a comment; the composer dialog stays a post', () => {
    mount(`<div role="dialog"><div role="article"><h2>Ringebu kommune</h2><p>Innlegget</p></div>
      <form><div contenteditable="true" role="textbox" data-lexical-editor="true" data-test="editor"></div></form></div>`);
    expect(classify(facebook, '/ringebukommune/posts/pfbid02')).toMatchObject({ surface: 'comment' });
    mount(`<div role="dialog"><h2>Opprett innlegg</h2><form><div contenteditable="true" role="textbox" data-lexical-editor="true" data-test="editor"></div></form></div>`);
    expect(classify(facebook, '/')).toMatchObject({ surface: 'post' });
  });

  it('facebook: /messages/e2ee/t/ in two panes takes the conversation header, not the chat list heading', () => {
    mount(`<div role="main"><div role="navigation"><h2>Chatter</h2><ul><li>Anne Hansen</li></ul></div>
      <div class="conversation"><div class="header"><h2><span>Ola Nordmann</span></h2></div><div role="grid"></div>
      <div><div contenteditable="true" role="textbox" data-lexical-editor="true" data-test="editor"></div></div></div></div>`);
    expect(classify(facebook, '/messages/e2ee/t/7312345678901234/')).toEqual({ box: true, surface: 'dm', recipient: 'Ola Nordmann' });
  });

  it('instagram: two panes, spellcheck="false" Lexical: the recipient is the conversation pane\'s, not the inbox heading', () => {
    mount(`<div role="main"><div class="inbox"><h2>kari.nordmann</h2><div role="list"></div></div>
      <div class="thread"><header><a href="/ola.nordmann/"><span>Ola Nordmann</span></a></header><div role="grid"></div>
      <div contenteditable="true" role="textbox" spellcheck="false" data-lexical-editor="true" aria-label="Melding" data-test="editor"><p><br></p></div></div></div>`);
    expect(classify(instagram, '/direct/t/17843012345678901/')).toEqual({ box: true, surface: 'dm', recipient: 'Ola Nordmann' });
  });

  it('a heading that is a sentence or a bare count is no name', () => {
    mount(`<div role="main"><h2>Du har 3 uleste meldinger i denne samtalen fra forrige uke</h2><h2>12</h2>
      <div contenteditable="true" role="textbox" data-test="editor"></div></div>`);
    expect(facebook.recipientOf(editor())).toBeUndefined();
  });
});
