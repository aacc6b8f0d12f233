// Translated documentation as its authors write it (Markdown, MDX, HTML): what the readers make of
// its inline spans, with exact checked text, span ends and file offsets, and what the rules then
// report on it.
import { describe, expect, it } from 'vitest';
import { html } from '../lib/formats/html.js';
import { markdown } from '../lib/formats/markdown.js';
import { check } from './format-fixtures.js';

/** The file text each finding flags, with its rule. */
const flagged = (file: string, name: string, lang = 'en') => check(file, name, { lang }).findings.map((f) => `${f.rule}: ${file.slice(f.start, f.end)}`);

describe('names written as inline code', () => {
  it('a sentence may open with a program or identifier the file sets as code, as it is spelt; not with a keyword', () => {
    const md = 'The version of `kubectl` must match the cluster. kubectl is supported within one minor version.\n\nSet `if` in the config file. if the cluster is old, upgrade it.\n';
    expect(flagged(md, 'a.md')).toEqual(['stray-sentence-break: . if']);
    const page = '<p>Each <code>rustc</code> target has its own default for RELRO. rustc enables it on most platforms.</p>\n';
    expect(flagged(page, 'a.html')).toEqual([]);
    // The same words, never set as code: the stray break is reported.
    expect(flagged('The version of kubectl must match the cluster. kubectl is supported within one minor version.\n', 'a.md')).toEqual(['stray-sentence-break: . kubectl']);
  });
});

describe('where inline spans end', () => {
  it('Markdown: emphasis and link text close, noted in the checked text', () => {
    const file = 'Answer *how many?* questions or [which **one**?](https://example.org) ones.\n';
    const read = markdown.read(file);
    expect(read.text).toBe('Answer how many? questions or which one? ones.\n');
    expect(read.spanEnds).toEqual([16, 39, 40]);
  });

  it('HTML: phrase elements close (em, q, cite, a…), other inline elements do not', () => {
    const file = '<p>Answer <em>how many?</em> questions, <span>which?</span> ones, <q>Why?</q> he asked.</p>\n';
    const read = html.read(file);
    expect(read.text).toBe('Answer how many? questions, which? ones, Why? he asked.\n');
    expect(read.spanEnds).toEqual([16, 45]);
  });

  it('a question or exclamation that closes a span goes on in lowercase: no stray break', () => {
    expect(flagged('Regression answers *how many?* questions, and *which one!* types are next.\n', 'a.md')).toEqual([]);
    expect(flagged('<p>Regression answers <em>how many?</em> questions of all kinds.</p>\n', 'a.html')).toEqual([]);
    // Without the span, as plain text, the same words are a break.
    expect(flagged('Regression answers how many? questions of all kinds.\n', 'a.txt')).toEqual(['stray-sentence-break: ? questions']);
    // A period closing a span is still a sentence end.
    expect(flagged('We read the [guide.](https://example.org) then we left. It was late.\n', 'a.md')).toEqual(['stray-sentence-break: .](https://example.org) then']);
  });
});

describe('TeX math in dollars (Markdown)', () => {
  it('stands for content, as code does: inline $…$ and display $$…$$, over wrapped lines too', () => {
    const file = 'With $k=4$ digits, $$\\sum_i x_i$$ and $\\lambda \\in [0,\n1)$ here.\n\n$$\nP(X\\in(a, b]) = 1\n$$\n';
    const read = markdown.read(file);
    expect(read.text).toBe('With \uFFFC digits, \uFFFC and \uFFFC here.\n\uFFFC\n');
    // Each object maps to its math, dollars included.
    const objects = [...read.text.matchAll(/\uFFFC/g)].map((m) => read.map!.toFileRange(m.index, m.index + 1));
    expect(objects.map((r) => file.slice(r.start, r.end))).toEqual(['$k=4$', '$$\\sum_i x_i$$', '$\\lambda \\in [0,\n1)$', '$$\nP(X\\in(a, b]) = 1\n$$']);
  });

  it('leaves prices, escaped and unclosed dollars as text', () => {
    const file = 'It costs $5 or $10, de $10, R$ 100, US$5 or US$10 (R$10 or R$20); \\$x$ and $ x$, $x $, $$ stay.\n';
    expect(markdown.read(file).text).toBe('It costs $5 or $10, de $10, R$ 100, US$5 or US$10 (R$10 or R$20); $x$ and $ x$, $x $, $$ stay.\n');
  });

  it('finds nothing in the math: no bracket, loop or untranslated passage in its TeX', () => {
    const file = 'Durante o intervalo $(\\epsilon i, \\epsilon (i+1)]$ a probabilidade é $(\\frac{1}{3}, \\frac{1}{3}, \\frac{1}{3}, \\frac{1}{3})$.\n';
    expect(flagged(file, 'a.md', 'pt')).toEqual([]);
  });
});

describe('bare URLs (Markdown)', () => {
  it('a URL as a link\'s text ends with the text, and the link closes', () => {
    const file = 'See [https://example.org/a](https://example.org/a) or [the page at https://example.org/b](https://example.org/b).\n';
    const read = markdown.read(file);
    expect(read.text).toBe('See \uFFFC or the page at \uFFFC.\n');
    expect(flagged(file, 'a.md')).toEqual([]);
  });

  it('an unbalanced ")" ends a URL, even where text written without spaces goes on after it', () => {
    const file = 'エントリポイント(例: www.example-url.com)を公開し、パス(例: https://en.wikipedia.org/wiki/Go_(game))に基づきます。\n';
    const read = markdown.read(file);
    expect(read.text).toBe('エントリポイント(例: \uFFFC)を公開し、パス(例: \uFFFC)に基づきます。\n');
    expect(read.units?.[0].links?.map((l) => l.url)).toEqual(['www.example-url.com', 'https://en.wikipedia.org/wiki/Go_(game)']);
  });
});

describe('MDX comments (Markdown, MDX)', () => {
  it('leave no trace: a heading id takes the space before it along, a comment on lines of its own is skipped', () => {
    const file = '### Je reçois une erreur {/*im-getting-an-error*/}\n\nTexte {/* note */} ici.\n\n{/* TODO: link\n  later */}\n\nSuite.\n';
    const read = markdown.read(file);
    expect(read.text).toBe('Je reçois une erreur\nTexte  ici.\nSuite.\n');
    expect(read.units!.map((u) => read.text.slice(u.start, u.end))).toEqual(['Je reçois une erreur', 'Texte  ici.', 'Suite.']);
    // The heading's text maps to the file's, the comment after it outside.
    const heading = read.map!.toFileRange(0, 20);
    expect(file.slice(heading.start, heading.end)).toBe('Je reçois une erreur');
  });

  it('an unclosed one is text', () => {
    expect(markdown.read('Un {/* pas fermé\n').text).toBe('Un {/* pas fermé\n');
  });

  it('an .mdx file is read as Markdown', () => {
    expect(check('## Migrating from the old API {/*migrating-from-the-old-api*/}\n\nMigrer depuis l’ancienne API est simple.\n', 'guide.mdx', { lang: 'fr' }).source.format).toBe('markdown');
  });
});

describe('template expressions in double braces (Markdown: MDN macros, Liquid, Hugo)', () => {
  it('stand for content, as code does; a paragraph of macros alone has no text', () => {
    const file =
      '{{jsSidebar("JavaScript Guide")}} {{PreviousNext("Web/JavaScript/Guide/Introduction", "Web/JavaScript/Guide/Control_flow")}}\n\n' +
      'Il {{Glossary("Distributed_Denial_of_Service", "Denial of Service")}} (DoS) usa {{jsxref("Promise/any", "Promise.any()")}}.\n\n' +
      '{{EmbedLiveSample("the_verbosity", "", "400", , , , , "allow-forms")}}\n\nWie in {{rfc("RFC3550",,"6.4.1")}} und {{ page.title }} steht.\n';
    const read = markdown.read(file);
    expect(read.text).toBe('\uFFFC \uFFFC\nIl \uFFFC (DoS) usa \uFFFC.\n\uFFFC\nWie in \uFFFC und \uFFFC steht.\n');
    const objects = [...read.text.matchAll(/\uFFFC/g)].map((m) => read.map!.toFileRange(m.index, m.index + 1));
    expect(file.slice(objects[2].start, objects[2].end)).toBe('{{Glossary("Distributed_Denial_of_Service", "Denial of Service")}}');
    expect(flagged(file, 'a.md', 'it')).toEqual([]);
  });

  it('a Hugo shortcode that shows its text="…" parameter reads as that text; the names of its other parameters are markup', () => {
    const file =
      'Un {{< glossary_tooltip text="Pod" term_id="pod" >}} regroupe des {{< glossary_tooltip term_id="container" text="conteneurs" >}}.\n\n' +
      '{{< note >}}\nExécutez {{% param "cmd" %}} sur chaque nœud.\n{{< /note >}}\n';
    const read = markdown.read(file);
    expect(read.text).toBe('Un Pod regroupe des conteneurs.\n\uFFFC Exécutez \uFFFC sur chaque nœud. \uFFFC\n');
    const at = read.text.indexOf('conteneurs');
    const range = read.map!.toFileRange(at, at + 'conteneurs'.length);
    expect(file.slice(range.start, range.end)).toBe('conteneurs');
    expect(flagged(file, 'a.md', 'fr')).toEqual([]);
  });

  it('unclosed braces are text', () => {
    expect(markdown.read('Un {{ non chiuso e {{ altro.\n').text).toBe('Un {{ non chiuso e {{ altro.\n');
  });
});

describe('front matter in an HTML template (Jekyll, MDN)', () => {
  it('is skipped, and offsets stay the file\'s', () => {
    const file = '---\ntitle: Grammar and types\nslug: Web/JavaScript/Guide/Grammar_and_types\n---\n<p>この節では JavaScript の基本文法について説明します。</p>\n';
    const read = html.read(file);
    expect(read.text).toBe('この節では JavaScript の基本文法について説明します。\n');
    const r = read.map!.toFileRange(0, 5);
    expect(file.slice(r.start, r.end)).toBe('この節では');
    expect(flagged(file, 'a.html', 'ja')).toEqual([]);
  });
});

describe('fences whose info string quotes code (Markdown)', () => {
  it('javascript.info\'s boxes (```smart header="`var` or `let`") are fences: the text after the box is text, the code after it code', () => {
    const file =
      'Before the box.\n\n````smart header="`var` instead of `let`"\nIn old scripts "var" is used:\n\n```js\nvar message = "Hello";\n```\n````\n\n' +
      'After the box.\n\n```js\nlet x = "a. b";\n```\n\nThe end.\n';
    expect(markdown.read(file).text).toBe('Before the box.\nAfter the box.\nThe end.\n');
  });

  it('a run as long as the fence closes inline code: "``` a ``` b" is a paragraph', () => {
    expect(markdown.read('``` a ``` b\nc.\n').text).toBe('\uFFFC b c.\n');
  });
});

describe('reStructuredText roles (Sphinx-flavoured Markdown, d2l)', () => {
  it('a role with its code span is one reference, standing for content', () => {
    const file = 'Como em :numref:`fig_x`, a *normalização* :cite:`Ba.2016` ajuda.\n![Abrir o Jupyter](../img/open.png)\n:width:`400px`\n:label:`fig_open`\n';
    const read = markdown.read(file);
    expect(read.text).toBe('Como em \uFFFC, a normalização \uFFFC ajuda. Abrir o Jupyter\uFFFC \uFFFC \uFFFC\n');
    const objects = [...read.text.matchAll(/\uFFFC/g)].map((m) => read.map!.toFileRange(m.index, m.index + 1));
    expect(objects.map((r) => file.slice(r.start, r.end))).toEqual([':numref:`fig_x`', ':cite:`Ba.2016`', '](../img/open.png)', ':width:`400px`', ':label:`fig_open`']);
  });

  it('a colon inside a word, or a role without its code, is text', () => {
    expect(markdown.read('Ratio a:b:`c` and :note: here.\n').text).toBe('Ratio a:b:\uFFFC and :note: here.\n');
  });
});

describe('images (Markdown)', () => {
  it('an image stands after its alt text as content, so a row of badges is no doubled word', () => {
    const md = '[![npm](https://img.shields.io/npm/v/x.svg)](https://npmjs.org/x) [![npm](https://img.shields.io/npm/dm/x.svg)](https://npmjs.org/x)\n\nClick ![the gear](gear.png) to open the settings.\n';
    expect(markdown.read(md).text).toBe('npm\uFFFC npm\uFFFC\nClick the gear\uFFFC to open the settings.\n');
    expect(flagged(md, 'a.md')).toEqual([]);
    // Words said twice inside one alt text still are.
    expect(flagged('![the the chart](c.png)\n', 'a.md')).toEqual(['doubled-word: the the']);
  });
});

describe('HTML inside Markdown', () => {
  it('elements that stand for content (code, kbd, img…) are one U+FFFC, as in an HTML page; an unclosed one is a tag', () => {
    const file = 'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, then add <code>"&lt;/tr&gt;"</code> or <img src="x.png" alt="x"> and <code>open.\n';
    const read = markdown.read(file);
    expect(read.text).toBe('Press \uFFFC+\uFFFC, then add \uFFFC or \uFFFC and open.\n');
    const objects = [...read.text.matchAll(/\uFFFC/g)].map((m) => read.map!.toFileRange(m.index, m.index + 1));
    expect(objects.map((r) => file.slice(r.start, r.end))).toEqual(['<kbd>Ctrl</kbd>', '<kbd>C</kbd>', '<code>"&lt;/tr&gt;"</code>', '<img src="x.png" alt="x">']);
    // An HTML page reads the closed ones alike.
    const closed = 'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, then add <code>"&lt;/tr&gt;"</code> or <img src="x.png">.\n';
    expect(html.read(`<p>${closed}</p>`).text).toBe(markdown.read(closed).text);
  });
});

describe('JSX in MDX', () => {
  it('a tag with attribute expressions or a spread is markup, on a line of its own or inline', () => {
    const file = 'Voici la maquette :\n\n<img src="/images/ui.png" width="300" style={{margin: \'0 auto\'}} />\n\nUn <Foo {...props} bar={1}>texte</Foo> ici.\n';
    const read = markdown.read(file);
    expect(read.text).toBe('Voici la maquette :\nUn texte ici.\n');
    expect(flagged(file, 'a.mdx', 'fr')).toEqual([]);
  });
});

describe('heading attributes (pandoc, kramdown, VitePress)', () => {
  it('an id or class block at a heading\'s end is markup; braces elsewhere are text', () => {
    const file = '## Les props {#props}\n\n### Titre {.note #t}\n\n## Un {ensemble} de choses\n';
    expect(markdown.read(file).text).toBe('Les props\nTitre\nUn {ensemble} de choses\n');
  });
});

describe('block attributes (kramdown, Hugo Goldmark)', () => {
  it('an id or class block on its own line after a block is markup; one inside a line is text', () => {
    const file = '![Logo du cours][]\n{.border-0 .pt-3}\n\n| a | b |\n|---|---|\n| x | y |\n\n{.table-wide}\n\nUn {.ensemble} de choses.\n';
    expect(markdown.read(file).text).toBe('Logo du cours\ufffc\na\nb\nx\ny\nUn {.ensemble} de choses.\n');
  });
});

describe('link reference definitions (Markdown)', () => {
  it('a destination on the line after the label, as Prettier wraps it, is markup and the reference\'s target', () => {
    const file = 'Voir la [politique de sécurité][csp].\n\n[csp]:\n  https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP\n[cross-origin resource sharing]:\n  <https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS> "CORS"\n';
    const read = markdown.read(file);
    expect(read.text).toBe('Voir la politique de sécurité.\n');
    expect(read.units?.[0].links?.map((l) => l.url)).toEqual(['https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP']);
  });

  it('a label line followed by prose is text', () => {
    expect(markdown.read('[Note]:\nceci est une remarque.\n').text).toBe('[Note]: ceci est une remarque.\n');
  });
});

describe('containers (pandoc fenced divs, VitePress, Docusaurus)', () => {
  it('the colon lines are markup, a title after the name is a segment of its own, the content is Markdown', () => {
    const file = '::: warning Attention\nCe texte est important.\n:::\n\n:::tip[Mon titre]\n\nUn *conseil*.\n\n:::\n\n::: {.note}\nNote.\n::::\n\n- Item\n\n  :::tip\n  Dans la liste.\n  :::\n';
    const read = markdown.read(file);
    expect(read.text).toBe('Attention\nCe texte est important.\nMon titre\nUn conseil.\nNote.\nItem\nDans la liste.\n');
    const title = read.map!.toFileRange(read.text.indexOf('Mon titre'), read.text.indexOf('Mon titre') + 9);
    expect([title.start, file.slice(title.start, title.end)]).toEqual([file.indexOf('Mon titre'), 'Mon titre']);
  });
});

describe('footnote definitions (Markdown)', () => {
  it('each opens a block of its own, even right after a paragraph or another note; its text is checked', () => {
    // German federal law as Markdown (public domain, § 5 UrhG): notes one after another, further lines indented.
    const file =
      'Registriernummer des Chemical Abstracts Service.\n' +
      '[^1]:     Vorausgesetzt, das Gemisch wäre nicht als\n    gewässergefährdend eingestuft.\n' +
      '[^2]:     Die Gefahrenklasse gilt.\n\nDanach geht es weiter.\n';
    expect(markdown.read(file).text).toBe(
      'Registriernummer des Chemical Abstracts Service.\nVorausgesetzt, das Gemisch wäre nicht als gewässergefährdend eingestuft.\nDie Gefahrenklasse gilt.\nDanach geht es weiter.\n',
    );
    expect(flagged(file, 'a.md', 'de')).toEqual([]);
  });
});
