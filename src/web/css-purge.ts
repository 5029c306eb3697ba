/**
 * Build-time trimming of the style sheet to what the built UI can use (vite.config.ts). The NL Design System CSS
 * brings every component (≈400 kB) and the theme every design token (≈200 kB, ≈3,000 custom properties), and a
 * style sheet blocks the first paint: on a slow mobile network its bytes are paid before anything shows, and the
 * browser resolves every token on the root element. Two passes over the built CSS, with lightningcss:
 * - a style rule stays (whole) when one of its selectors can match: every class named at its top level (not inside
 *   `:not()`, `:is()`, ...) occurs in the built JavaScript or HTML as a word, or starts with a word there that ends
 *   in a dash (a class composed at run time, `utrecht-alert--${type}`); selectors without classes always stay;
 * - a custom property stays when something that stays reads it: `var(--x)` in an ordinary declaration, in a kept
 *   custom property (transitively), or `--x` anywhere in the JavaScript (a style set from code).
 * Everything else (at-rules, keyframes, font faces) is kept as it is.
 */
import {
  browserslistToTargets,
  type CustomProperty,
  type Selector,
  type SelectorComponent,
  type Targets,
  transform,
} from 'lightningcss';

/**
 * The browsers the rewritten sheet must still work in: those of the build's `target: 'es2022'`, as Vite maps it for
 * its own CSS minifier (without them lightningcss writes the newest syntax, such as media ranges).
 */
export const ES2022_BROWSERS: Targets = browserslistToTargets([
  'chrome 94',
  'edge 94',
  'firefox 93',
  'safari 16.4',
  'ios_saf 16.4',
  'opera 80',
]);

const WORD = /[A-Za-z0-9_-]+/g;
const QUOTED_DASHED = /"(--[A-Za-z0-9_-]+)"/g;
const DASHED = /--[A-Za-z0-9_-]+/g;

/** The words of the built code, and those that end in a dash (prefixes of classes composed at run time). */
export function vocabulary(code: string): { words: Set<string>; prefixes: string[] } {
  const words = new Set(code.match(WORD) ?? []);
  const prefixes = [...words].filter(
    (w) => w.length >= 6 && w.endsWith('-') && /[a-z]-/.test(w.slice(0, -1)),
  );
  return { words, prefixes };
}

function topLevelClasses(selector: Selector): string[] {
  return selector.flatMap((c: SelectorComponent) => (c.type === 'class' ? [c.name] : []));
}

/** The built CSS trimmed to the rules and custom properties the built code (`code`: JavaScript and HTML) can use. */
export function purgeCss(css: string, code: string, targets: Targets = ES2022_BROWSERS): string {
  const { words, prefixes } = vocabulary(code);
  const known = (cls: string) => words.has(cls) || prefixes.some((p) => cls.startsWith(p));
  const rules = transform({
    filename: 'purge-rules.css',
    code: Buffer.from(css),
    minify: true,
    targets,
    visitor: {
      Rule: {
        style(rule) {
          // Kept whole when one selector can match (lightningcss cannot take back a rule whose list was cut).
          return rule.value.selectors.some((s) => topLevelClasses(s).every(known)) ? undefined : [];
        },
      },
    },
  }).code.toString();

  // Which custom property reads which: `--a: var(--b)` makes --b live when --a is. A declaration's parsed value
  // names each custom property it reads as a JSON string "--b".
  const reads = new Map<string, Set<string>>();
  const live = new Set<string>(code.match(DASHED) ?? []);
  transform({
    filename: 'purge-vars.css',
    code: Buffer.from(rules),
    minify: true,
    targets,
    visitor: {
      Declaration(property) {
        const text = JSON.stringify(property);
        if (property.property === 'custom') {
          const name = (property.value as CustomProperty).name;
          const r = reads.get(name) ?? new Set<string>();
          reads.set(name, r);
          for (const m of text.matchAll(QUOTED_DASHED)) if (m[1] !== name) r.add(m[1] as string);
        } else {
          for (const m of text.matchAll(QUOTED_DASHED)) live.add(m[1] as string);
        }
      },
    },
  });
  const queue = [...live];
  while (queue.length > 0) {
    for (const n of reads.get(queue.pop() as string) ?? []) {
      if (!live.has(n)) {
        live.add(n);
        queue.push(n);
      }
    }
  }
  return transform({
    filename: 'purge-vars.css',
    code: Buffer.from(rules),
    minify: true,
    targets,
    visitor: {
      Declaration: {
        custom(property) {
          return live.has(property.name) ? undefined : [];
        },
      },
    },
  }).code.toString();
}
