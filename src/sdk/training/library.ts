/**
 * The shipped scenario library (issue 11): six scenarios as data files, each validated against
 * the schema when the library is read, so a broken file fails the tests, not a course.
 */
import avvisatMeddelande from './scenarios/avvisat-meddelande.json';
import forstaMeddelandet from './scenarios/forsta-meddelandet.json';
import orosanmalan from './scenarios/orosanmalan.json';
import sandlista from './scenarios/sandlista.json';
import superanvandare from './scenarios/superanvandare.json';
import uteblivetKvitto from './scenarios/uteblivet-kvitto.json';
import { parseScenario, type Scenario } from './scenario';

const FILES: readonly unknown[] = [forstaMeddelandet, orosanmalan, avvisatMeddelande, uteblivetKvitto, sandlista, superanvandare];

export function shippedScenarios(): Scenario[] {
  return FILES.map((file) => {
    const result = parseScenario(file);
    if (!result.ok) throw new Error(`Shipped scenario is invalid: ${result.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    return result.scenario;
  });
}
