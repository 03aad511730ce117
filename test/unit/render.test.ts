import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { programmeTitle, renderProgramme, renderStandalone, type RenderOptions } from '../../src/core/outputs/render';
import { parseAgenda } from '../../src/core/parse/parse';
import { countryName } from '../../src/core/words/countries';

const root = path.join(__dirname, '../../..');
const example = fs.readFileSync(path.join(root, 'examples/kyoto-2020-workshop-4.agenda.yaml'), 'utf8');
const hostile = fs.readFileSync(path.join(root, 'test/fixtures/render/hostile.agenda.yaml'), 'utf8');

function render(text: string, options?: RenderOptions): string {
  return renderProgramme(parseAgenda(text), options);
}

function sessionOrder(output: string): string[] {
  return [...output.matchAll(/<article class="session[^"]*" id="session-([^"]+)"/g)].map((m) => m[1]);
}

function textOf(output: string, className: string): string[] {
  return [...output.matchAll(new RegExp(`<[a-z0-9]+ class="${className}"[^>]*>(.*?)</`, 'g'))].map((m) => m[1]);
}

const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body',
  'article', 'header', 'section', 'div', 'p', 'span', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'strong', 'em', 'code', 'pre', 'blockquote', 'br', 'hr',
]);
const ALLOWED_ATTRIBUTES = new Set(['class', 'id', 'href', 'rel', 'data-line', 'data-session', 'lang', 'dir', 'title', 'charset', 'http-equiv', 'content', 'name']);

/** Every tag and attribute of some HTML, checked against what a programme may contain. */
function assertInert(output: string): void {
  const tags = [...output.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)];
  assert.ok(tags.length > 10);
  for (const [tag, name, attributes] of tags) {
    assert.ok(ALLOWED_TAGS.has(name.toLowerCase()), `unexpected tag ${tag}`);
    const rest = attributes.replace(/\s+([a-zA-Z-]+)="([^"]*)"/g, (_, attribute: string, value: string) => {
      assert.ok(ALLOWED_ATTRIBUTES.has(attribute), `unexpected attribute ${attribute} in ${tag}`);
      if (attribute === 'href') assert.match(value, /^(https?:\/\/|mailto:|#)/, `unsafe link in ${tag}`);
      return '';
    });
    assert.match(rest, /^\s*\/?$/, `unparsed attribute text in ${tag}`);
  }
}

describe('renderProgramme', () => {
  describe('escaping and inert HTML', () => {
    const output = render(hostile);

    it('renders an agenda full of scripts, event handlers and javascript: links as inert text', () => {
      assertInert(output);
      assert.doesNotMatch(output, /href="(?!https?:|mailto:|#)/i);
      assert.doesNotMatch(output, /<script|<img|<iframe|<svg|<style|<object/i);
    });

    it('shows the hostile text itself, escaped', () => {
      assert.strictEqual(textOf(output, 'event-title')[0], '&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
      assert.strictEqual(textOf(output, 'series')[0], '&lt;img src=x onerror=alert(&quot;series&quot;)&gt;');
      assert.strictEqual(textOf(output, 'session-title-text')[0], '&lt;script&gt;alert(&quot;session&quot;)&lt;/script&gt;');
      assert.strictEqual(textOf(output, 'session-room')[0], '&lt;/article&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
      assert.strictEqual(textOf(output, 'person-name')[0], '&lt;svg onload=alert(1)&gt;');
      assert.strictEqual(textOf(output, 'person-detail')[0], ', &#39; onfocus=&#39;alert(1), &lt;b onclick=&quot;alert(1)&quot;&gt;Evil&lt;/b&gt;');
      assert.strictEqual(textOf(output, 'topic-title')[0], '&lt;style&gt;body{display:none}&lt;/style&gt;');
      assert.strictEqual(textOf(output, 'item-title')[0], '&lt;img src=x onerror=alert(1)&gt;');
    });

    it('keeps links with unsafe schemes as text, in Markdown and in url fields', () => {
      assert.ok(output.includes('<p>[click me](JaVaScRiPt:alert(1)) and &lt;a href=x onerror=y&gt;x&lt;/a&gt;</p>'));
      assert.ok(output.includes('[a javascript link](javascript:alert(‘md’))'), 'typographer quotes, no link');
      assert.ok(output.includes('[a data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'));
      assert.ok(output.includes('<dt>Organized by</dt><dd>&lt;b onclick=&quot;alert(1)&quot;&gt;Evil&lt;/b&gt;</dd>'));
      assert.ok(output.includes('<span class="document-symbol">&lt;script&gt;1&lt;/script&gt;</span>'));
      assert.ok(!output.includes('Web page'), 'a javascript: event url is left out');
      assert.ok(!output.includes('session-url'), 'a javascript: session url is left out');
    });

    it('shows an unknown reference by its escaped id', () => {
      assert.ok(output.includes('<span class="unresolved" title="not defined in this agenda">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</span>'));
    });

    it('gives a session whose id cannot be an anchor an anchor from its position', () => {
      const weird = render('version: 1\nevent: {title: t, start: 2020-04-24, end: 2020-04-24}\nsessions:\n  - {id: "a\\"b", title: x, date: 2020-04-24}\n  - {id: ok, title: y, date: 2020-04-24}\n  - {id: ok, title: z, date: 2020-04-24}\n');
      assert.deepStrictEqual(sessionOrder(weird), ['1', 'ok', 'ok-2']);
    });
  });

  describe('ordering', () => {
    const agenda = `version: 1
event: {title: Ordering, start: 2020-04-24, end: 2020-04-25}
sessions:
  - {id: day2-morning, title: D2 morning, date: 2020-04-25, start: "09:00", end: "10:00"}
  - {id: day1-evening, title: D1 evening, date: 2020-04-24, part: evening}
  - {id: day1-late, title: D1 late, date: 2020-04-24, start: "15:00", duration: 90}
  - {id: no-date, title: No date yet}
  - {id: day1-early, title: D1 early, date: 2020-04-24, start: "08:30", end: "09:00"}
  - {id: day1-morning-part, title: D1 morning part, date: 2020-04-24, part: morning}
  - {id: bad-date, title: Bad date, date: 2020-02-30}
`;
    const output = render(agenda);

    it('groups sessions by date in date order, sessions in time order, a session known by its part of the day first in that part', () => {
      assert.deepStrictEqual(sessionOrder(output), ['day1-morning-part', 'day1-early', 'day1-late', 'day1-evening', 'day2-morning', 'no-date', 'bad-date']);
    });

    it('heads each day with its date, and sessions without a real date with "Date to be announced"', () => {
      assert.deepStrictEqual(textOf(output, 'day-title'), ['Friday, 24 April 2020', 'Saturday, 25 April 2020', 'Date to be announced']);
    });

    it('prints time ranges from end or duration, and the part of the day', () => {
      assert.deepStrictEqual(textOf(output, 'session-time'), ['08:30–09:00', '15:00–16:30', '09:00–10:00']);
      assert.deepStrictEqual(textOf(output, 'session-part'), ['Morning', 'Evening']);
    });
  });

  describe('the example agenda', () => {
    const output = render(example);

    it('prints the header: series, dateline with the country name, body, title, agenda item', () => {
      assert.strictEqual(textOf(output, 'series')[0], 'Fourteenth United Nations Congress on Crime Prevention and Criminal Justice');
      assert.strictEqual(textOf(output, 'dateline')[0], 'Kyoto, Japan, 24\u2009–\u200925 April 2020');
      assert.strictEqual(textOf(output, 'body')[0], 'Committee II · Workshop 4');
      assert.strictEqual(textOf(output, 'agenda-item-number')[0], 'Agenda item 6');
    });

    it('resolves organisers and partners to their names, acronyms and links', () => {
      assert.ok(output.includes('<dt>Organized by</dt><dd><a href="https://www.unodc.org/" rel="noopener noreferrer">United Nations Office on Drugs and Crime (UNODC)</a></dd>'));
      assert.ok(output.includes('<dt>In partnership with</dt><dd><a href="https://www.kic.re.kr/" rel="noopener noreferrer">Korean Institute of Criminology (KIC)</a>; <a href="https://nij.ojp.gov/" rel="noopener noreferrer">National Institute of Justice, United States Department of Justice (NIJ)</a></dd>'));
      assert.ok(output.includes('All times are local time (Japan Standard Time).'));
    });

    it('prints speakers with their affiliation and country, in the order the session lists them', () => {
      const second = output.slice(output.indexOf('id="session-second-meeting"'), output.indexOf('id="session-third-meeting"'));
      assert.deepStrictEqual(textOf(second, 'person-name'), ['Chair of Committee II', 'Expert of the National Institute of Justice', 'Panellist from civil society', 'Panellist from the private sector', 'Expert of the National Institute of Justice', 'Panellist from civil society', 'Panellist from civil society', 'Panellist from the private sector']);
      assert.ok(second.includes('<span class="person-name">Expert of the National Institute of Justice</span><span class="person-detail">, National Institute of Justice, United States Department of Justice, United States of America</span>'));
    });

    it('computes the times of items that follow the one before', () => {
      const first = output.slice(output.indexOf('id="session-first-meeting"'), output.indexOf('id="session-second-meeting"'));
      assert.deepStrictEqual(textOf(first, 'item-time'), ['10:00–10:15', '10:15–10:35', '10:35–11:35', '11:35–13:00']);
    });

    it('ends with an index of topics, alphabetical, each with the sessions covering it', () => {
      const index = output.slice(output.indexOf('<section class="topic-index" data-line="90">'));
      assert.ok(output.includes('<section class="schedule" data-line="117">'), 'the sections carry the lines of `topics:` and `sessions:`');
      assert.deepStrictEqual(textOf(index, 'topic-title').slice(0, 3), ['Artificial intelligence', 'Cryptocurrencies', 'Effects of new information and communication technologies on the abuse and exploitation of children']);
      assert.ok(index.includes('<div class="topic" id="topic-cryptocurrencies" data-line="91"><dt class="topic-title">Cryptocurrencies</dt><dd><div class="topic-description prose"><p>Their misuse for laundering and ransom, and how investigators trace them.</p>\n</div><ul class="topic-sessions"><li><a href="#session-first-meeting">First meeting</a> <span class="topic-when">Fri 24 April, <span dir="ltr">10:00–13:00</span></span></li></ul></dd></div>'));
    });

    it('marks a programme with a description or documents, so that print starts the schedule on a new page', () => {
      assert.ok(output.startsWith('<article class="programme has-preamble" lang="en" dir="ltr">'));
    });

    it('is inert', () => assertInert(output));
  });

  describe('source lines', () => {
    const agenda = [
      'version: 1',               // 0
      'event:',                    // 1
      '  title: Lines',            // 2
      '  start: 2020-04-24',       // 3
      '  end: 2020-04-24',         // 4
      'sessions:',                 // 5
      '  - id: only',              // 6
      '    title: Only session',   // 7
      '    date: 2020-04-24',      // 8
      '    start: "10:00"',        // 9
      '    end: "11:00"',          // 10
      '    room: Room A',          // 11
      '    items:',                // 12
      '      - title: Opening',    // 13
      '        duration: 10',      // 14
      '',
    ].join('\n');

    it('marks the session, its fields and its items with their 0-based source lines', () => {
      const output = render(agenda);
      assert.ok(output.includes('<article class="session" id="session-only" data-session="0" data-line="6">'));
      assert.ok(output.includes('<div class="session-when" data-line="9">'));
      assert.ok(output.includes('<h4 class="session-title" data-line="7">'));
      assert.ok(output.includes('<span class="session-room" data-line="11">Room A</span>'));
      assert.ok(output.includes('<ol class="items" data-line="12"><li class="item" data-line="13"><span class="item-time" dir="ltr">10:00–10:10</span>'));
      assert.ok(output.includes('<h1 class="event-title" data-line="2">Lines</h1>'));
    });

    it('leaves source lines out when asked', () => {
      const output = render(agenda, { sourceLines: false });
      assert.ok(!output.includes('data-line'));
      assert.ok(output.includes('<article class="session" id="session-only">'));
    });
  });

  describe('broken agendas', () => {
    it('renders what could be parsed of an agenda with a syntax error', () => {
      const output = render('version: 1\nevent:\n  title: Still shown\nsessions:\n  - id: first\n    title: First\n    date: 2020-04-24\n  - id: second\n    title: [unclosed\n');
      assert.strictEqual(textOf(output, 'event-title')[0], 'Still shown');
      assert.deepStrictEqual(sessionOrder(output), ['first', 'second']);
    });

    it('renders an empty programme for empty text, a list, a scalar or values of the wrong type', () => {
      for (const text of ['', '- a\n- b\n', 'just text', 'version: 1\nevent: 3\nsessions: {a: 1}\ntopics: [1, {id: [x]}]\npeople: nope\n']) {
        const output = render(text);
        assert.ok(output.includes('<p class="empty">No sessions yet.</p>'), text);
        assertInert(output);
      }
    });

    it('prints an unknown person, topic or organisation as its id, marked', () => {
      const output = render('version: 1\nevent: {title: t, start: 2020-04-24, end: 2020-04-24, organizers: [nobody]}\nsessions:\n  - {id: s, title: S, date: 2020-04-24, chair: ghost, topics: [nothing]}\n');
      assert.ok(output.includes('<dd><ul class="people"><li class="person" data-line="3"><span class="unresolved" title="not defined in this agenda">ghost</span></li></ul></dd>'));
      assert.ok(output.includes('<span class="label">Topics</span> <span class="unresolved" title="not defined in this agenda">nothing</span>'));
      assert.ok(output.includes('<dt>Organized by</dt><dd><span class="unresolved" title="not defined in this agenda">nobody</span></dd>'));
    });
  });

  describe('languages', () => {
    const agenda = `version: 1
event:
  title: {en: English title, fr: Titre français}
  start: 2020-04-24
  end: 2020-04-24
  languages: [fr, en]
sessions:
  - {id: s, title: {en: Opening, fr: Ouverture}, date: 2020-04-24, room: {es: Sala B}}
`;

    it('prints texts in the event’s first language by default', () => {
      const output = render(agenda);
      assert.strictEqual(textOf(output, 'event-title')[0], 'Titre français');
      assert.strictEqual(textOf(output, 'session-title-text')[0], 'Ouverture');
      assert.ok(output.startsWith('<article class="programme" lang="fr" dir="ltr">'), 'no preamble class without description or documents');
    });

    it('prints texts in the language asked for, falling back to the event’s languages, then any', () => {
      const output = render(agenda, { language: 'en' });
      assert.strictEqual(textOf(output, 'event-title')[0], 'English title');
      assert.strictEqual(textOf(output, 'session-room')[0], 'Sala B');
      assert.strictEqual(textOf(render(agenda, { language: 'es' }), 'event-title')[0], 'Titre français');
    });

    it('prints the programme’s own words, dates and country names in the language shown', () => {
      const french = render(example, { language: 'fr' });
      assert.deepStrictEqual(textOf(french, 'session-title-text'), ['Première séance', 'Deuxième séance', 'Troisième séance']);
      assert.deepStrictEqual(textOf(french, 'day-title'), ['vendredi 24 avril 2020', 'samedi 25 avril 2020']);
      assert.strictEqual(textOf(french, 'dateline')[0], 'Kyoto, Japon, 24–25 avril 2020');
      assert.ok(french.includes('<dt>Présidence</dt>'));
      assert.ok(french.includes('<dt>Langues</dt><dd>anglais, français, espagnol</dd>'));
      assert.ok(french.includes('<h2 class="section-title">Index des thèmes</h2>'));
    });

    it('lays out right-to-left languages right to left, keeping times left to right', () => {
      assert.ok(render(agenda, { language: 'ar' }).startsWith('<article class="programme" lang="ar" dir="rtl">'));
      const arabic = render(example, { language: 'ar' });
      assert.ok(arabic.includes('<span class="session-time" dir="ltr">10:00–13:00</span>'), 'times read left to right inside right-to-left text');
      assert.ok(arabic.includes('<span class="item-time" dir="ltr">10:15–10:35</span>'));
    });
  });
});

describe('renderStandalone', () => {
  const output = renderStandalone(parseAgenda(example));

  it('is a complete document with its styles embedded, A4 print styles, and a policy that forbids scripts and requests', () => {
    assert.ok(output.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n'));
    assert.ok(output.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`));
    assert.ok(output.includes('<title>Workshop 4 — Programme</title>'));
    assert.ok(output.includes('size: A4;'));
    assert.strictEqual(output.match(/<style>/g)?.length, 1);
    assert.doesNotMatch(output, /<script|<link|<img|src=|url\(|@import/i);
    assert.ok(!output.includes('data-line'));
    assertInert(output);
  });

  it('keeps a hostile title out of markup and out of the style sheet', () => {
    const hostileOutput = renderStandalone(parseAgenda(hostile));
    assertInert(hostileOutput);
    assert.strictEqual(hostileOutput.match(/<\/style>/g)?.length, 1);
    assert.ok(hostileOutput.includes('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; — Programme</title>'));
    assert.ok(hostileOutput.includes('@page { @bottom-left { content: "\\3c \\2f title\\3e \\3c script\\3e alert(1)\\3c \\2f script\\3e  \\2014  Programme"; } }'));
  });

  it('titles the programme from the short title, or the title', () => {
    assert.strictEqual(programmeTitle(parseAgenda('event: {title: Full title}')), 'Full title — Programme');
    assert.strictEqual(programmeTitle(parseAgenda('')), 'Programme');
  });
});

describe('countryName', () => {
  it('uses the United Nations short names in English and CLDR names elsewhere', () => {
    assert.strictEqual(countryName('KR', 'en'), 'Republic of Korea');
    assert.strictEqual(countryName('US', 'en'), 'United States of America');
    assert.strictEqual(countryName('JP', 'en'), 'Japan');
    assert.strictEqual(countryName('AG', 'en'), 'Antigua and Barbuda');
    assert.strictEqual(countryName('LC', 'en'), 'Saint Lucia');
    assert.strictEqual(countryName('JP', 'fr'), 'Japon');
    assert.strictEqual(countryName('DE', 'es'), 'Alemania');
  });

  it('gives back a code it does not know as written', () => {
    assert.strictEqual(countryName('XX', 'en'), 'XX');
    assert.strictEqual(countryName('Atlantis', 'en'), 'Atlantis');
  });
});
