// A content folder of hostile input for xss.test.js: about 80 payloads from the well-known classes (OWASP's XSS filter
// evasion cheat sheet: script and event-handler tags, javascript:/data: URLs with entities, case and whitespace,
// SVG/MathML, broken and nested tags, attribute and context breaking, template injection), placed in every spot an
// author controls: Markdown text, raw HTML, MDX component attributes, admonition titles, tab labels, link and image
// URLs, code fence info strings, front matter, lectern.yml and file names. Every payload that runs calls alert(n) or
// requests a URL on 127.0.0.1:9 (the "beacon", which the test watches); n identifies the payload.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const js = (n) => `alert(${n})`;
const beacon = (n) => `http://127.0.0.1:9/xss-beacon-${n}`;

/** HTML payloads (raw HTML in Markdown, MDX, titles): n → markup. */
const HTML = [
  (n) => `<script>${js(n)}</script>`,
  (n) => `<SCRIPT SRC=${beacon(n)}.js></SCRIPT>`,
  (n) => `<img src=x onerror=${js(n)}>`,
  (n) => `<img src="x" onerror="${js(n)}"/>`,
  (n) => `<IMG SRC=x OnErRoR=${js(n)}>`,
  (n) => `<img/src=x/onerror=${js(n)}>`,
  (n) => `<img src=x\nonerror=${js(n)}>`,
  (n) => `<img src=x onerror=&#97;lert(${n})>`,
  (n) => `<img src=x onerror=${js(n)}//`,
  (n) => `<svg onload=${js(n)}>`,
  (n) => `<svg><script>${js(n)}</script></svg>`,
  (n) => `<svg><a xlink:href="javascript:${js(n)}"><text y="20">svg link</text></a></svg>`,
  (n) => `<svg><animate onbegin=${js(n)} attributeName=x dur=1s>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${js(n)}>`,
  (n) => `<math href="javascript:${js(n)}">math link</math>`,
  (n) => `<iframe src="javascript:${js(n)}"></iframe>`,
  (n) => `<iframe srcdoc="<script>parent.${js(n)}</script>"></iframe>`,
  (n) => `<object data="javascript:${js(n)}"></object>`,
  (n) => `<embed src="javascript:${js(n)}">`,
  (n) => `<details open ontoggle=${js(n)}><summary>toggle</summary>x</details>`,
  (n) => `<body onload=${js(n)}>`,
  (n) => `<input autofocus onfocus=${js(n)}>`,
  (n) => `<video><source onerror=${js(n)}></video>`,
  (n) => `<audio src=x onerror=${js(n)}></audio>`,
  (n) => `<marquee onstart=${js(n)}>m</marquee>`,
  (n) => `<div onmouseover="${js(n)}" style="position:fixed;inset:0">cover</div>`,
  (n) => `<a href="javascript:${js(n)}">plain js link</a>`,
  (n) => `<a href="JaVaScRiPt:${js(n)}">case link</a>`,
  (n) => `<a href=" javascript:${js(n)}">space link</a>`,
  (n) => `<a href="jav&#x09;ascript:${js(n)}">tab entity link</a>`,
  (n) => `<a href="java\tscript:${js(n)}">tab link</a>`,
  (n) => `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${js(n)}">decimal entities</a>`,
  (n) => `<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;${js(n)}">hex entities</a>`,
  (n) => `<a href="&#0000106avascript:${js(n)}">padded entity</a>`,
  (n) => `<a href="javascript&colon;${js(n)}">named colon</a>`,
  (n) => `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link ${n}</a>`,
  (n) => `<a href="vbscript:msgbox(${n})">vbscript</a>`,
  (n) => `<img src="javascript:${js(n)}">`,
  (n) => `<img srcset="javascript:${js(n)} 1x">`,
  (n) => `<picture><source srcset="javascript:${js(n)}"><img src=x onerror=${js(n)}></picture>`,
  (n) => `<form action="javascript:${js(n)}"><button>go</button></form>`,
  (n) => `<button formaction="javascript:${js(n)}">go</button>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:${js(n)}">`,
  (n) => `<base href="javascript:${js(n)}//">`,
  (n) => `<link rel="stylesheet" href="javascript:${js(n)}">`,
  (n) => `<style>@import '${beacon(n)}.css';</style>`,
  (n) => `<div style="background:url(${beacon(n)}.png)">styled</div>`,
  (n) => `<!--<img src="--><img src=x onerror=${js(n)}//">`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=${js(n)}>"></noscript>`,
  (n) => `<textarea><img src=x onerror=${js(n)}></textarea>`,
  (n) => `<template><img src=x onerror=${js(n)}></template>`,
  (n) => `<scr<script>ipt>${js(n)}</scr</script>ipt>`,
  (n) => `<<script>script>${js(n)}<</script>/script>`,
  (n) => `"><img src=x onerror=${js(n)}>`,
  (n) => `'><script>${js(n)}</script>`,
  (n) => `</title><script>${js(n)}</script>`,
  (n) => `</script><script>${js(n)}</script>`,
  (n) => `</textarea></style></noscript><img src=x onerror=${js(n)}>`,
  (n) => `<div id="LecternSearch"><img src=x id=x onerror=${js(n)}></div>`,
  (n) => `<x onclick=${js(n)}>custom tag</x>`,
  (n) => `<Note onClick={() => ${js(n)}}>mdx handler</Note>`,
];

/** Markdown payloads: links, images, autolinks, references, code fences. */
const MARKDOWN = [
  (n) => `[md link](javascript:${js(n)})`,
  (n) => `[md link](JAVASCRIPT:${js(n)})`,
  (n) => `[md link](<javascript:${js(n)}>)`,
  (n) => `[md link](&#106;avascript:${js(n)})`,
  (n) => `[md link](java%0ascript:${js(n)})`,
  (n) => `[md link](data:text/html,<script>${js(n)}</script>)`,
  (n) => `[md ref][r${n}]\n\n[r${n}]: javascript:${js(n)}`,
  (n) => `![md image](javascript:${js(n)})`,
  (n) => `![md image](x" onerror="${js(n)})`,
  (n) => `[md title](https://example.org "t\\" onmouseover=\\"${js(n)}")`,
  (n) => `<javascript:${js(n)}>`,
  (n) => `\`<img src=x onerror=${js(n)}>\` in code`,
  (n) => `{{ 7*7 }} {% set x = "<img src=x onerror=${js(n)}>" %}{{ x | raw }}`,
  (n) => `{{ "<script>${js(n)}</script>" | raw }}`,
  (n) => `"}]}; ${js(n)}; //\u2028\u2029 </script><script>${js(n)}</script>`,
];

/** Code fence info strings: n → opening fence line. */
const FENCES = [
  (n) => '```js" onmouseover="' + js(n) + '" x="',
  (n) => '```<img src=x onerror=' + js(n) + '>',
  (n) => '```python title="<script>' + js(n) + '</script>"',
  (n) => '```js title="\\" onload=\\"' + js(n) + '" showLineNumbers',
];

/**
 * Payloads per question. Every question is a page of its own, loaded once over HTTP and once from file://: grouping the
 * payloads keeps each in every spot it had (a title, an answer's text and blocks, metadata, admonition and tab titles)
 * with a fifth of the page loads. Each payload still has blocks of its own, so none is parsed inside another.
 */
const GROUP = 5;
const inGroups = (list) => Array.from({ length: Math.ceil(list.length / GROUP) }, (_, g) => list.slice(g * GROUP, (g + 1) * GROUP));

let counter = 0;
const next = () => ++counter;
const one = (make) => make(next());
const oneLine = (s) => s.replace(/\n/g, ' ');

function github() {
  const parts = ['# GitHub payloads <img src=x onerror=' + js(next()) + '>', '', 'The description ' + one(HTML[0]), ''];
  parts.push('## Raw HTML', '');
  inGroups(HTML).forEach((group, g) => {
    parts.push(`### Q${g + 1}: Does payload ${group.map((make) => oneLine(make(next()))).join(' or ')} run?`, '');
    group.forEach((make) => parts.push(`Inline ${make(next())} in text.`, '', make(next()), ''));
  });
  parts.push('## Markdown', '');
  inGroups(MARKDOWN).forEach((group, g) => {
    parts.push(`### Q${g + 100}: Markdown ${g}?`, '');
    group.forEach((make) => parts.push(make(next()), ''));
  });
  parts.push('## Fences', '');
  parts.push('### Q200: Fences?', '');
  FENCES.forEach((make) => parts.push(make(next()), '<script>' + js(next()) + '</script>', '```', ''));
  parts.push('> [!NOTE]', '> ' + one(HTML[2]), '', '<details><summary>Why ' + one(HTML[9]) + '?</summary>', '', 'Body', '', '</details>', '');
  parts.push('| Question | Answer |', '|---|---|', `| What ${oneLine(one(HTML[2]))}? | ${oneLine(one(HTML[26]))} |`, '');
  return parts.join('\n');
}

function mkdocs() {
  const p = ['---', `title: "MkDocs </title><script>${js(next())}</script>"`, `description: "<img src=x onerror=${js(next())}>"`, 'dialect: mkdocs', '---', '',
    '# MkDocs payloads', '', '## Admonitions', ''];
  inGroups(HTML.slice(0, 20)).forEach((group, g) => {
    const tags = group.map((make) => `\`${oneLine(make(next())).replace(/`/g, '')}\``).join(', ');
    p.push(`### What is admonition ${g}?`, '', `**Difficulty:** Easy | **Tags:** ${tags} | **Asked by:** ${group.map((make) => oneLine(make(next()))).join(', ')}`, '');
    group.forEach((make) => p.push(
      `??? success "${oneLine(make(next())).replace(/"/g, "'")}"`, '', '    ' + make(next()), '',
      `!!! note "${oneLine(make(next())).replace(/"/g, "'")}"`, '    body', '',
      `=== "${oneLine(make(next())).replace(/"/g, "'")}"`, '', '    tab body ' + make(next()), ''));
  });
  p.push('### Fence?', '', '??? success "View Answer"', '', '    ```python linenums="1" title="<img src=x onerror=' + js(next()) + '>"', '    x = 1', '    ```', '');
  return p.join('\n');
}

function mintlify() {
  const p = ['---', `title: '<svg onload=${js(next())}>'`, '---', '', '# Mintlify payloads', '', '<AccordionGroup>'];
  inGroups(HTML.slice(0, 25)).forEach((group, g) => {
    const attr = group.map((make) => oneLine(make(next())).replace(/"/g, '&quot;')).join(' or ');
    p.push(`<Accordion title="${g + 1}. Why ${attr}?">`);
    group.forEach((make) => p.push('  ' + make(next()), ''));
    p.push('</Accordion>');
  });
  p.push('</AccordionGroup>', '', '<Tabs>', `<Tab title="${oneLine(one(HTML[2])).replace(/"/g, "'")}">`, 'tab ' + one(HTML[9]), '</Tab>', '</Tabs>', '',
    `<Card title="card" href="javascript:${js(next())}">card</Card>`, '', `<Note title="<img src=x onerror=${js(next())}>">note ${one(HTML[0])}</Note>`, '',
    `<Steps><Step title="<img src=x onerror=${js(next())}>">step</Step></Steps>`, '');
  return p.join('\n');
}

function docusaurus() {
  const p = ['---', `title: "Docusaurus {{ 7*7 }} <img src=x onerror=${js(next())}>"`, `description: '"><script>${js(next())}</script>'`, '---',
    "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", '', '# Docusaurus payloads', '', '## Admonitions', ''];
  inGroups(HTML.slice(20, 45)).forEach((group, g) => {
    p.push(`### Why docusaurus ${g}?`, '');
    group.forEach((make) => p.push(`:::note[${oneLine(make(next())).replace(/[\[\]]/g, '')}]`, '', make(next()), '', ':::', '',
      `:::danger ${oneLine(make(next()))}`, 'body', ':::', ''));
  });
  p.push('<Tabs>', `  <TabItem value="a" label="${oneLine(one(HTML[2])).replace(/"/g, "'")}" default>`, '', 'item ' + one(HTML[10]), '', '  </TabItem>', '</Tabs>', '');
  return p.join('\n');
}

function plainText() {
  return ['Plain payloads', '', `What is ${oneLine(one(HTML[0]))}?`, `It is ${oneLine(one(HTML[2]))}.`, '',
    `Explain ${oneLine(one(HTML[26]))}.`, `Answer ${oneLine(one(MARKDOWN[0]))}.`, ''].join('\n');
}

/** Writes the content folder; returns the number of payloads placed. */
function write(dir) {
  counter = 0;
  fs.mkdirSync(dir, { recursive: true });
  const files = {
    'lectern.yml': `title: "Site </title><script>${js(next())}</script> {{ 7*7 }}"\ndescription: "<img src=x onerror=${js(next())}> \\u2028 \\"}</script>"\n` +
      'base_url: "https://example.org/x/?a=\\"><script>alert(0)</script>"\n',
    'github.md': github(),
    'mkdocs.md': mkdocs(),
    'mintlify.mdx': mintlify(),
    'docusaurus.mdx': docusaurus(),
    'plain.txt': plainText(),
    [`"><img src=x onerror=${js(next())}>.md`]: '# File name payload\n\n## S\n\n### Is the file name inert?\n\nYes.\n',
    [`javascript:${js(next())}.md`]: '# Scheme file name\n\n## S\n\n### Is it a link?\n\nNo.\n',
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return counter;
}

module.exports = { write, HTML, MARKDOWN, FENCES };
