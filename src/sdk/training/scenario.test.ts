import { describe, expect, it } from 'vitest';
import { shippedScenarios } from './library';
import { parseScenario, parseScenarioText } from './scenario';

const valid = () => structuredClone(shippedScenarios().find((s) => s.id === 'avvisat-meddelande')) as Record<string, unknown> & { timeline: Record<string, unknown>[]; exercises: Record<string, unknown>[] };

describe('scenario schema', () => {
  it('ships six valid scenarios with distinct ids, for both audiences', () => {
    const scenarios = shippedScenarios();
    expect(scenarios).toHaveLength(6);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(6);
    expect(new Set(scenarios.map((s) => s.audience))).toEqual(new Set(['caseworker', 'superuser']));
  });

  it('names the field of a wrong value by its path', () => {
    const bad = valid();
    (bad.timeline[0] as Record<string, unknown>).atMinute = -3;
    bad.audience = 'student';
    expect(parseScenario(bad)).toEqual({
      ok: false,
      errors: expect.arrayContaining([
        { field: 'timeline.0.atMinute', message: 'får inte vara negativt' },
        { field: 'audience', message: 'måste vara caseworker eller superuser' },
      ]),
    });
  });

  it('keeps participants to their own mailbox unless the scenario says shared, and names a wrong visibility', () => {
    const own = valid();
    delete own.visibility;
    expect(parseScenario(own)).toMatchObject({ ok: true, scenario: { visibility: 'own' } });
    expect(parseScenario({ ...valid(), visibility: 'shared' })).toMatchObject({ ok: true, scenario: { visibility: 'shared' } });
    expect(parseScenario({ ...valid(), visibility: 'alla' })).toEqual({
      ok: false,
      errors: [{ field: 'visibility', message: 'måste vara own (deltagarna ser bara sin egen brevlåda) eller shared (de ser varandras)' }],
    });
  });

  it('names a missing field and an unknown one', () => {
    const bad = valid();
    delete bad.title;
    bad.titel = 'stavfel';
    const result = parseScenario(bad);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['title', 'titel']));
    expect(result.ok ? [] : result.errors.find((e) => e.field === 'title')?.message).toBe('saknas (obligatoriskt fält)');
  });

  it('refuses a message from an unknown counterpart and a reply check to an unknown message', () => {
    const bad = valid();
    bad.timeline[0]!.from = 'skolan';
    bad.exercises[0]!.check = { kind: 'reply', to: 'finns-inte' };
    expect(parseScenario(bad)).toEqual({
      ok: false,
      errors: [
        { field: 'timeline.0.from', message: 'namnger ingen motpart i counterparts (mottagning)' },
        { field: 'exercises.0.check.to', message: 'namnger inget meddelande i tidslinjen' },
      ],
    });
  });

  it('refuses an address outside the practice organisations (nothing can reach a real service)', () => {
    const bad = valid();
    bad.exercises[1]!.check = { kind: 'resend', failedTo: 'sdk:ifo-gammal:0203:ovning.sdk.se', to: 'sdk:registrator:0203:malmo.se' };
    expect(parseScenario(bad)).toEqual({
      ok: false,
      errors: [{ field: 'exercises.1.check.to', message: 'måste vara en funktionsadress i en övningsorganisation (…ovning.sdk.se)' }],
    });
  });

  it('reports a file that is not JSON as a whole', () => {
    const result = parseScenarioText('{ "format": ');
    expect(result.ok ? '' : result.errors[0]?.field).toBe('(hela filen)');
  });

  it('reads back what it exports', () => {
    const scenario = shippedScenarios()[0];
    expect(parseScenarioText(JSON.stringify(scenario))).toEqual({ ok: true, scenario });
  });
});
