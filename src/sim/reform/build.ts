// Builds the engine's overrides from a reform: each changed parameter becomes a full dated table in which the
// reform's values replace the law's on their dates and the law's own values (with their sources) stay elsewhere.
import {
  type DatedValue,
  type Day,
  format,
  overrideParameter,
  PARAMETERS,
  type Parameter,
  parse,
  source,
} from '../../law/index.ts';
import type { Scenario } from '../cohort/facts.ts';
import type { ParameterChange, ReformSpec } from './spec.ts';

const FOREVER = Number.MAX_SAFE_INTEGER;

interface Span {
  readonly from: Day;
  readonly to: Day;
}

/** `span` minus every span in `holes`, as the pieces that remain. */
function subtract(span: Span, holes: readonly Span[]): Span[] {
  let pieces: Span[] = [span];
  for (const h of holes) {
    pieces = pieces.flatMap((p) => {
      if (h.to < p.from || h.from > p.to) return [p];
      const out: Span[] = [];
      if (h.from > p.from) out.push({ from: p.from, to: h.from - 1 });
      if (h.to < p.to) out.push({ from: h.to + 1, to: p.to });
      return out;
    });
  }
  return pieces;
}

/** The parameter's table with the reform's changes laid over it. */
export function overlay(
  base: Parameter<unknown>,
  changes: readonly ParameterChange[],
  reformId: string,
): Parameter<unknown> {
  const holes = changes.map((c) => ({ from: parse(c.from), to: c.to ? parse(c.to) : FOREVER }));
  const values: DatedValue<unknown>[] = [];
  base.values.forEach((v, i) => {
    const { to: _to, ...rest } = v;
    for (const piece of subtract(base.bounds[i]!, holes)) {
      values.push({
        ...rest,
        from: format(piece.from),
        ...(piece.to >= FOREVER ? {} : { to: format(piece.to) }),
      });
    }
  });
  for (const c of changes) {
    values.push({
      from: c.from,
      ...(c.to ? { to: c.to } : {}),
      value: c.value,
      source: source(c.source, c.url ?? `reform:${reformId}`),
      confidence: 'I',
      note: `reform ${reformId}`,
    });
  }
  values.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return overrideParameter(base, values);
}

/** The scenario a reform defines: overrides for its parameters and its interpretations. Takes milliseconds. */
export function buildReform(spec: ReformSpec): Scenario {
  const byId = new Map<string, ParameterChange[]>();
  for (const c of spec.parameters) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  const overrides = new Map<string, Parameter<unknown>>();
  for (const [id, changes] of byId) {
    const base = PARAMETERS.find((p) => p.id === id);
    if (!base) throw new Error(`reform ${spec.id}: unknown parameter ${id}`);
    overrides.set(id, overlay(base, changes, spec.id));
  }
  return {
    id: spec.id,
    ...(overrides.size ? { overrides } : {}),
    ...(Object.keys(spec.interpretations).length ? { interpretations: spec.interpretations } : {}),
  };
}
