/** The build's style sheet trim (src/web/css-purge.ts): what the built code can use stays, the rest goes. */
import { describe, expect, it } from 'vitest';
import { purgeCss } from '../../src/web/css-purge.ts';

const THEME = `.theme {
  --color-ink: #111;
  --color-brand: var(--color-ink);
  --button-bg: var(--color-brand);
  --table-border: 1px solid red;
  --from-code: 4px;
  --unused-chain-a: var(--unused-chain-b);
  --unused-chain-b: 2px;
}`;
const COMPONENTS = `
.button { background: var(--button-bg); }
.button--primary:hover { color: var(--color-ink); }
.table { border: var(--table-border); }
.alert--info, .alert--warning { color: red; }
.used:not(.never-set) { margin: 0; }
.unused, .used.also-unused { padding: 1px; }
h1 { font-size: 2rem; }
@media (min-width: 40em) { .table { width: 100%; } .button { width: auto; } }
@keyframes spin { from { rotate: 0deg } to { rotate: 360deg } }
`;
// As the minified bundle spells it: class names as words, one composed at run time from a prefix.
const CODE = `className:clsx("button",p&&"button--primary","used"),a="alert--".concat(t),style:{"--from-code":"1px"}`;

describe('purgeCss', () => {
  const out = purgeCss(THEME + COMPONENTS, `theme ${CODE}`);

  it('keeps the rules whose classes the code names, composed ones by their prefix, and class-less rules', () => {
    expect(out).toContain('.button{');
    expect(out).toContain('.button--primary:hover');
    expect(out).toMatch(/\.alert--info,\s*\.alert--warning/);
    expect(out).toContain('.used:not(.never-set)');
    expect(out).toContain('h1{');
    expect(out).toContain('@keyframes spin');
    expect(out).toMatch(/@media \([^)]*40em\)\{\.button\{width:auto\}\}/);
  });

  it('drops rules no selector of which can match', () => {
    expect(out).not.toContain('.table');
    expect(out).not.toContain('.unused');
    expect(out).not.toContain('also-unused');
  });

  it('keeps the custom properties that something kept reads, through var() chains and from code', () => {
    for (const kept of ['--button-bg:', '--color-brand:', '--color-ink:', '--from-code:'])
      expect(out).toContain(kept);
    for (const gone of ['--table-border', '--unused-chain-a', '--unused-chain-b'])
      expect(out).not.toContain(gone);
  });
});
