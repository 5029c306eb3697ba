/**
 * The workspace's action forms are built from the case file's command and event shapes: a field is required,
 * whole, a choice with the shape's words, exactly as the shape says; the form refuses what the case file would.
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_SHAPES, EVENT_SHAPES } from '../../src/case/index.ts';
import { ACTIONS, buildCommand, invalidFields, missingFields } from '../../src/web/workspace/actions.ts';

const byId = (id: string) => {
  const a = ACTIONS.find((x) => x.id === id);
  if (!a) throw new Error(id);
  return a;
};
type Shape = {
  required?: string[];
  properties: Record<string, { enum?: string[]; items?: { enum?: string[] } }>;
};
const shapeOf = (a: (typeof ACTIONS)[number]): Shape =>
  (a.event
    ? EVENT_SHAPES[a.event as keyof typeof EVENT_SHAPES]
    : COMMAND_SHAPES[a.command as keyof typeof COMMAND_SHAPES]) as unknown as Shape;

describe('action forms from the shapes', () => {
  it("mark a field required exactly when the command's shape requires it (the name of a name record too)", () => {
    for (const a of ACTIONS) {
      const required = shapeOf(a).required ?? [];
      for (const f of a.fields) {
        if (f.kind === 'checkbox') continue;
        const top = f.path?.[0] ?? f.name;
        const expected = required.includes(top) && !f.path;
        expect(f.required === true, `${a.id}.${f.name}`).toBe(
          expected || (a.id === 'recordName' && f.name === 'name'),
        );
      }
    }
  });

  it("offer the shape's words, or a part of them", () => {
    for (const a of ACTIONS) {
      for (const f of a.fields.filter((x) => x.options)) {
        const s = shapeOf(a).properties[f.name];
        const words = s?.enum ?? s?.items?.enum ?? [];
        for (const o of f.options ?? []) expect(words, `${a.id}.${f.name}`).toContain(o);
      }
    }
    expect(byId('adoptPip').fields.find((f) => f.name === 'leerroute')?.options).toEqual([
      'B1',
      'onderwijs',
      'Z',
    ]);
  });

  it('refuse negative hours, more hours a week than a week has, broken meetings and dates ahead', () => {
    const pip = byId('adoptPip');
    const values = {
      dagtekening: '2026-03-02',
      leerroute: 'B1',
      kind: 'eerste',
      leerrouteHoursPerWeek: '169',
      pvtHours: '-1',
      mapHours: '',
      progressMeetings: '2.5',
    };
    expect(invalidFields(pip, values, '2026-03-01')).toEqual({
      dagtekening: 'future',
      leerrouteHoursPerWeek: 'perWeek',
      pvtHours: 'number',
      progressMeetings: 'whole',
    });
    // A summons' deadline may lie ahead.
    expect(
      invalidFields(byId('summon'), { date: '2026-03-01', deadline: '2026-04-01' }, '2026-03-01'),
    ).toEqual({});
    expect(missingFields(pip, { ...values, leerroute: '' })).toEqual(['leerroute']);
  });

  it('build the command data: nested intensities, numbers as numbers, granted sent unticked', () => {
    const pip = buildCommand(byId('adoptPip'), {
      dagtekening: '2026-03-01',
      leerroute: 'B1',
      kind: 'eerste',
      leerrouteHoursPerWeek: '12,5',
      progressMeetings: '',
    });
    expect(pip).toEqual({
      type: 'AdoptPip',
      data: {
        dagtekening: '2026-03-01',
        leerroute: 'B1',
        kind: 'eerste',
        intensities: { leerrouteHoursPerWeek: 12.5 },
      },
    });
    const ext = buildCommand(byId('decideExtension'), {
      date: '2026-03-01',
      ground: 'ambtshalve',
      granted: false,
      months: '',
    });
    expect(ext.data).toEqual({ date: '2026-03-01', ground: 'ambtshalve', granted: false });
    const hours = buildCommand(byId('hours'), { from: '2026-01-01', to: '2026-02-01', nt2: '10' });
    expect(hours).toEqual({
      type: 'RecordFact',
      data: { event: 'LessonHoursRegistered', data: { from: '2026-01-01', to: '2026-02-01', nt2: 10 } },
    });
  });
});
