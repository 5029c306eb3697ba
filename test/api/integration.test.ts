/** The integration file (INBURGERING_INTEGRATION): a gemeente's IdP, DigiD broker and contact, checked at start. */
import { describe, expect, it } from 'vitest';
import { parseIntegration } from '../../src/api/integration.ts';

const EXAMPLE = `
oidc:
  issuers:
    - issuer: https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0
      audience: api://inburgering
      role:
        claim: roles
        values: { Inburgering.Privacy: privacy_officer, Inburgering.Klantmanager: klantmanager }
      gemeente: { fixed: "0363" }
citizen:
  gemeente: "0363"
  broker: { issuer: https://broker.example, audience: inburgering, jwksUri: https://broker.example/jwks }
register:
  "0363": { regie: "https://register.gemeente.example/verwerkingen/17" }
contact: { name: Team Inburgering, email: inburgering@example.org, url: https://example.org }
`;

describe('integration file', () => {
  it('reads the documented example (YAML)', () => {
    const f = parseIntegration(EXAMPLE, 'integration.yaml');
    expect(f.oidc?.issuers[0]?.role.values['Inburgering.Klantmanager']).toBe('klantmanager');
    expect(f.citizen?.gemeente).toBe('0363');
    expect(f.register?.['0363']?.regie).toBe('https://register.gemeente.example/verwerkingen/17');
  });

  it('refuses a citizen role for staff, a bad gemeente code and unknown keys, naming the field', () => {
    expect(() => parseIntegration(EXAMPLE.replace('klantmanager }', 'burger }'), 'i.yaml')).toThrow(
      /role\/values/,
    );
    expect(() => parseIntegration(EXAMPLE.replace('fixed: "0363"', 'fixed: "363"'), 'i.yaml')).toThrow(
      /gemeente/,
    );
    expect(() => parseIntegration(`${EXAMPLE}\nsecret: x\n`, 'i.yaml')).toThrow(/additional/);
    expect(() => parseIntegration(EXAMPLE.replace('{ regie:', '{ onbekend:'), 'i.yaml')).toThrow(/register/);
    expect(() =>
      parseIntegration(
        EXAMPLE.replace(
          'audience: api://inburgering\n',
          'audience: api://inburgering\n      algorithms: [HS256]\n',
        ),
        'i.yaml',
      ),
    ).toThrow(/algorithms/);
  });
});
